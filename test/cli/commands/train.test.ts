import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LurescanModelSchema } from '../../../src/classify/classifier-model';
import { modelHash as modelHashOf } from '../../../src/classify/model-hash';
import { makeTempFiles, parseJsonLines, runCli, type TempFiles } from '../run-cli';

// Twelve work-from-home and money-mule scams and twelve ordinary vacancies, varied by town, pay and contact.
const TOWNS = ['Leeds', 'Austin', 'Cebu', 'Perth', 'Dublin', 'Denver', 'Bristol', 'Tampa', 'Auckland', 'Calgary', 'Durban', 'Galway'];
const scam = (town: string, index: number) =>
  `Data entry clerk, work from home in ${town}. Earn $${300 + index * 10} per day, no experience needed, weekly pay. ` +
  `Part time, flexible hours, start today. Receive payments into your account and forward them to our clients. ` +
  `Send your bank details to hiring${index}@gmail.com or message us on Telegram @easyjobs${index}.`;
const honest = (town: string, index: number) =>
  `Maintenance technician for our ${town} plant. You will service packaging lines, read electrical drawings and keep ` +
  `maintenance logs. Requires an NVQ level 3 or equivalent and ${2 + (index % 4)} years of industrial experience. ` +
  `Salary ${38 + index}k a year, pension, 25 days holiday. Apply with your CV through our careers page.`;

const lines = TOWNS.flatMap((town, index) => [
  JSON.stringify({ id: `s${index}`, text: scam(town, index), fraudulent: 1 }),
  JSON.stringify({ id: `h${index}`, text: honest(town, index), fraudulent: 0 }),
]);

let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

describe('lurescan train', () => {
  it('trains a model that score, eval and workers then use, and writes the same file twice', async () => {
    const data = await files.write('train.jsonl', `${lines.join('\n')}\n`);
    const out = `${files.dir}/model.json`;
    const run = await runCli(['train', data, '--label', 'fraudulent', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/24 postings \(12 positive\), 0 skipped/);
    const model = LurescanModelSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(model.hash).toBe(modelHashOf(model));
    expect(Object.keys(model.classifier.terms).length).toBeGreaterThan(10);
    // Weights only: no term is longer than a word pair, and the training addresses never appear.
    expect(Object.keys(model.classifier.terms).every((term) => term.split(' ').length <= 2)).toBe(true);
    expect(JSON.stringify(model)).not.toContain('easyjobs');

    const again = `${files.dir}/model-again.json`;
    await runCli(['train', data, '--label', 'fraudulent', '--out', again]);
    expect(await readFile(again, 'utf8')).toBe(await readFile(out, 'utf8'));

    const ads = await files.write('ads.jsonl', `${[scam('Oslo', 40), honest('Oslo', 40)].map((text) => JSON.stringify({ text })).join('\n')}\n`);
    const scored = parseJsonLines((await runCli(['score', ads, '--model', out])).stdout);
    expect(scored.map((verdict) => (verdict.versions as { model: string }).model)).toEqual([model.hash, model.hash]);
    const [scamVerdict, honestVerdict] = scored as { score: number; classifier: { contribution: number } }[];
    expect(scamVerdict!.classifier.contribution).toBeGreaterThan(honestVerdict!.classifier.contribution);

    const withWorkers = await runCli(['score', ads, '--model', out, '--workers', '2']);
    expect(parseJsonLines(withWorkers.stdout)).toEqual(scored);
  });

  it('refuses too few examples of a class, and a missing --out, without writing anything', async () => {
    const data = await files.write('few.jsonl', `${lines.slice(0, 6).join('\n')}\n`);
    const few = await runCli(['train', data, '--label', 'fraudulent', '--out', `${files.dir}/few.json`]);
    expect(few.status).toBe(2);
    expect(few.stderr).toMatch(/at least 10 postings of each class; got 3 positive and 3 negative/);
    await expect(readFile(`${files.dir}/few.json`)).rejects.toThrow();
    const noOut = await runCli(['train', data, '--label', 'fraudulent']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out MODEL is required/);
  });

  it('skips records without a readable label or a valid posting, names their lines, and still trains on the rest', async () => {
    const data = await files.write('gaps.jsonl', `${[...lines, '{"text": "Cook wanted", "fraudulent": "maybe"}', 'not json', '{"title": 5, "fraudulent": 0}'].join('\n')}\n`);
    const run = await runCli(['train', data, '--label', 'fraudulent', '--out', `${files.dir}/gaps.json`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/line 25: skipped/);
    expect(run.stderr).toMatch(/line 26: skipped/);
    expect(run.stderr).toMatch(/line 27: skipped: Invalid posting: title: /);
    expect(run.stderr).toMatch(/24 postings \(12 positive\), 3 skipped/);
  });

  it('refuses a model file that is not a lurescan model, naming the file', async () => {
    const bad = await files.write('bad-model.json', '{"format": "lurescan-model/1", "classifier": {"bias": 0}}');
    const run = await runCli(['score', '--model', bad], { stdin: '{"text": "Cook wanted"}\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad-model.json');
    expect(run.stderr).toContain('classifier.terms');
  });
});
