import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalReport } from '../../../src/cli/evaluate/eval-report';
import { evaluate, RISK_LEVELS, type LabelledExample, type Verdict } from '../../../src/index';
import { makeTempFiles, parseJsonLines, runCli, type TempFiles } from '../run-cli';

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));
const JSONL_FIXTURE = fixture('labelled-ads.jsonl');
const CSV_FIXTURE = fixture('labelled-ads.csv');

const LURE =
  'URGENT HIRING customer service in Sihanoukville, Cambodia. Salary $1,500/month, no experience needed. Free flight ticket, visa and housing provided. Contact Telegram @hr_asia_jobs88';
const NURSE = 'Staff nurse for a 40-bed medical ward in Manila. PRC licence required; HMO and 13th-month pay.';
const BARISTA = 'Barista, part time, Portland. $17.50 an hour plus tips. Apply in person at 412 Oak Street.';

let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

async function evalJson(args: readonly string[], stdin?: string): Promise<{ status: number; report: EvalReport; stderr: string }> {
  const run = await runCli(['eval', ...args, '--format', 'json'], stdin === undefined ? {} : { stdin });
  return { status: run.status, report: JSON.parse(run.stdout) as EvalReport, stderr: run.stderr };
}

/** What eval must agree with: `lurescan score` on the same file, judged by the library's `evaluate`. */
async function expectedFromScore(file: string, isPositive: (index: number) => boolean, bootstrap: { resamples: number; seed: number }) {
  const scored = parseJsonLines((await runCli(['score', file])).stdout) as unknown as Verdict[];
  const examples: LabelledExample[] = scored.map((verdict, index) => ({
    score: verdict.score,
    risk: verdict.risk,
    positive: isPositive(index),
    fired: [...verdict.fired.rules, ...verdict.fired.patterns],
  }));
  return evaluate(examples, { bootstrap });
}

describe('lurescan eval: labelled files', () => {
  it('judges a JSON-lines file exactly as scoring it and evaluating the verdicts would', async () => {
    const { status, report, stderr } = await evalJson([JSONL_FIXTURE, '--label', 'fraudulent', '--bootstrap', '200', '--seed', '5']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(report).toMatchObject({
      input: JSONL_FIXTURE,
      labelField: 'fraudulent',
      records: { read: 14, evaluated: 14, skipped: 0 },
      skipped: [],
      positives: 6,
      negatives: 8,
      bootstrap: { resamples: 200, seed: 5, confidence: 0.95, stratified: true },
    });
    // The fixture's first six ads are the fraudulent ones.
    const expected = await expectedFromScore(JSONL_FIXTURE, (index) => index < 6, { resamples: 200, seed: 5 });
    expect(report).toMatchObject(JSON.parse(JSON.stringify(expected)) as object);
  });

  it('reads an EMSCAD-style CSV with t/f in the fraudulent column', async () => {
    const { status, report } = await evalJson([CSV_FIXTURE, '--label', 'fraudulent', '--bootstrap', '0']);
    expect(status).toBe(0);
    expect(report).toMatchObject({ records: { read: 14, evaluated: 14, skipped: 0 }, positives: 6, negatives: 8, bootstrap: null });
    const expected = await expectedFromScore(CSV_FIXTURE, (index) => index < 6, { resamples: 1, seed: 1 });
    expect(report.rocAuc).toEqual({ value: expected.rocAuc.value, interval: null });
    expect(report.levels.map((level) => level.confusion)).toEqual(expected.levels.map((level) => level.confusion));
    expect(report.rules).toEqual(expected.rules);
  });

  it('reads 0/1 CSV labels and a column named as written, with --positive for word labels', async () => {
    const csv = ['title,description,fraudulent,rubric_label', `Lure,"${LURE}",1,Fraud`, `Nurse,"${NURSE}",0,Not Fraud`, `Barista,"${BARISTA}",0,Not Fraud`].join('\n');
    const file = await files.write('zero-one.csv', `${csv}\n`);
    const byNumber = await evalJson([file, '--label', 'fraudulent']);
    const byWord = await evalJson([file, '--label', 'rubric_label', '--positive', 'Fraud']);
    for (const { status, report } of [byNumber, byWord]) {
      expect(status).toBe(0);
      expect(report).toMatchObject({ records: { evaluated: 3, skipped: 0 }, positives: 1, negatives: 2 });
      expect(report.rocAuc.value).toBe(1);
    }
  });

  it('takes the data from standard input with -', async () => {
    const input = [JSON.stringify({ text: LURE, y: 1 }), JSON.stringify({ text: NURSE, y: 0 })].join('\n');
    const { status, report } = await evalJson(['-', '--label', 'y', '--bootstrap', '0'], input);
    expect(status).toBe(0);
    expect(report).toMatchObject({ input: '-', records: { read: 2, evaluated: 2 }, rocAuc: { value: 1 } });
  });
});

describe('lurescan eval: records that cannot be evaluated', () => {
  const MIXED = [
    JSON.stringify({ id: 'a', text: LURE, fraudulent: 1 }),
    JSON.stringify({ id: 'b', text: NURSE }),
    JSON.stringify({ id: 'c', text: BARISTA, fraudulent: 'maybe' }),
    JSON.stringify({ id: 'd', title: 5, fraudulent: 0 }),
    '{"id":"e","text":',
    JSON.stringify(NURSE),
    JSON.stringify({ id: 'g', text: NURSE, fraudulent: 0 }),
    '',
    JSON.stringify({ id: 'i', text: BARISTA, fraudulent: 'f' }),
  ].join('\n');

  it('skips each one loudly with its line and reason, evaluates the rest, and exits 1', async () => {
    const { status, report, stderr } = await evalJson(['-', '--label', 'fraudulent', '--bootstrap', '0'], MIXED);
    expect(status).toBe(1);
    expect(report.records).toEqual({ read: 9, evaluated: 3, skipped: 6 });
    expect(report.skipped).toEqual([
      { line: 2, id: 'b', reason: `no label: 'fraudulent' is missing or empty` },
      { line: 3, id: 'c', reason: expect.stringContaining(`unreadable label: 'fraudulent' is "maybe"`) },
      { line: 4, id: 'd', reason: expect.stringMatching(/^Invalid posting: title: /) },
      { line: 5, reason: expect.stringMatching(/^invalid JSON: /) },
      { line: 6, reason: expect.stringContaining('bare ad text') },
      { line: 8, reason: 'empty posting: the line is blank' },
    ]);
    expect(report).toMatchObject({ positives: 1, negatives: 2 });
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, 6).map((line) => line.match(/^lurescan eval: line (\d+)/)?.[1])).toEqual(['2', '3', '4', '5', '6', '8']);
    expect(lines[0]).toBe(`lurescan eval: line 2 (id b): skipped: no label: 'fraudulent' is missing or empty`);
    expect(lines.at(-1)).toBe('lurescan eval: 6 of 9 records were SKIPPED (listed above); the metrics cover only the other 3');
  });

  it('says so at the top of the text report too', async () => {
    const run = await runCli(['eval', '-', '--label', 'fraudulent', '--bootstrap', '0'], { stdin: MIXED });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Records: 9 read, 3 evaluated, 6 skipped\n');
    expect(run.stdout).toContain('WARNING: 6 records were skipped');
  });

  it('skips values that are neither --positive nor --negative', async () => {
    const input = ['fake', 'real', 'disputed', 'real'].map((label, i) => JSON.stringify({ text: i === 0 ? LURE : NURSE, label })).join('\n');
    const { status, report } = await evalJson(['-', '--label', 'label', '--positive', 'fake', '--negative', 'real', '--bootstrap', '0'], input);
    expect(status).toBe(1);
    expect(report).toMatchObject({ records: { evaluated: 3, skipped: 1 }, positives: 1, negatives: 2, skipped: [{ line: 3 }] });
  });

  it('never lets the label reach the scanner', async () => {
    // With --label title the title is the label: a posting whose only text is its title has nothing left to score.
    const input = [JSON.stringify({ title: '1', description: LURE }), JSON.stringify({ title: '0' })].join('\n');
    const { report } = await evalJson(['-', '--label', 'title', '--bootstrap', '0'], input);
    expect(report.records).toEqual({ read: 2, evaluated: 1, skipped: 1 });
    expect(report.skipped[0]).toMatchObject({ line: 2, reason: expect.stringContaining('at least one text field') });
  });

  it('exits 1 and says why when one class is missing', async () => {
    const input = [NURSE, BARISTA].map((text) => JSON.stringify({ text, fraudulent: 0 })).join('\n');
    const { status, report, stderr } = await evalJson(['-', '--label', 'fraudulent'], input);
    expect(status).toBe(1);
    expect(report).toMatchObject({ positives: 0, negatives: 2, prAuc: { value: null }, rocAuc: { value: null, interval: null } });
    expect(stderr).toContain('no positive record was evaluated');
  });
});

describe('lurescan eval: the report', () => {
  it('prints ranking metrics, each level, and the rule table as text', async () => {
    const run = await runCli(['eval', JSONL_FIXTURE, '--label', 'fraudulent', '--bootstrap', '100']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^lurescan eval: .*labelled-ads\.jsonl, label 'fraudulent' \(engine /);
    expect(run.stdout).toContain('Classes: 6 positive, 8 negative (base rate 42.9%)');
    expect(run.stdout).toContain('from 100 bootstrap resamples, stratified by class, seed 1');
    expect(run.stdout).toMatch(/PR-AUC \(average precision\) +\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]/);
    expect(run.stdout).toMatch(/ROC-AUC +\d\.\d{3} \[/);
    for (const level of RISK_LEVELS.slice(1)) expect(run.stdout).toMatch(new RegExp(`^  ${level} +\\d+ +\\d+ +\\d+ +\\d+ `, 'm'));
    expect(run.stdout).toMatch(/^ {2}RULE +POS +POS% +NEG +NEG% +S\/O +OVERLAP$/m);
    expect(run.stdout).toMatch(/^ {2}pattern\.compound-lure +\d+ +\d+\.\d% +0 +0\.0% +1\.000 /m);
  });

  it('reproduces with the same seed and moves with another', async () => {
    const args = [JSONL_FIXTURE, '--label', 'fraudulent', '--bootstrap', '300'];
    const first = await evalJson([...args, '--seed', '9']);
    const again = await evalJson([...args, '--seed', '9']);
    const other = await evalJson([...args, '--seed', '10']);
    expect(again.report).toEqual(first.report);
    expect(other.report.rocAuc.value).toBe(first.report.rocAuc.value);
    expect(other.report.levels.map((level) => level.f1.interval)).not.toEqual(first.report.levels.map((level) => level.f1.interval));
  });
});

describe('lurescan eval: usage', () => {
  it('refuses plain text, which holds no labels', async () => {
    const file = await files.write('ads.txt', `${LURE}\n${NURSE}\n`);
    const byName = await runCli(['eval', file, '--label', 'fraudulent']);
    expect(byName.status).toBe(2);
    expect(byName.stderr).toContain('reads as plain text, one ad per line, which has no labels');
    const sniffed = await runCli(['eval', await files.write('ads.dat', `${LURE}\n${NURSE}\n`), '--label', 'fraudulent']);
    expect(sniffed.status).toBe(2);
    expect(sniffed.stderr).toContain('reads as plain text');
    const fromStdin = await runCli(['eval', '-', '--label', 'fraudulent'], { stdin: `${LURE}\n` });
    expect(fromStdin.status).toBe(2);
    expect(fromStdin.stderr).toContain('- reads as plain text');
    const byOption = await runCli(['eval', file, '--label', 'fraudulent', '--input', 'text']);
    expect(byOption.status).toBe(2);
    expect(byOption.stderr).toContain('--input must be one of jsonl, csv');
  });

  it('requires --label and one FILE, and whole numbers for --bootstrap and --seed', async () => {
    const cases: [string[], string][] = [
      [[JSONL_FIXTURE], '--label FIELD is required'],
      [['--label', 'fraudulent'], 'give the labelled FILE to evaluate'],
      [[JSONL_FIXTURE, JSONL_FIXTURE, '--label', 'fraudulent'], 'give one FILE, not 2'],
      [[JSONL_FIXTURE, '--label', 'fraudulent', '--bootstrap=-1'], `--bootstrap must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got '-1')`],
      [[JSONL_FIXTURE, '--label', 'fraudulent', '--seed', 'x'], `--seed must be a whole number from 0 to 2147483647 (got 'x')`],
      [[JSONL_FIXTURE, '--label', 'fraudulent', '--seed', '4294967297'], `--seed must be a whole number from 0 to 2147483647`],
      [[JSONL_FIXTURE, '--label', 'fraudulent', '--format', 'csv'], '--format must be one of text, json'],
      [[JSONL_FIXTURE, '--label', 'y', '--positive', 'a', '--negative', 'A'], `label value 'a' is given as both --positive and --negative`],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['eval', ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain(`Run 'lurescan help eval' for usage.`);
    }
  });

  it('exits 2 on a file it cannot read', async () => {
    const run = await runCli(['eval', `${files.dir}/missing.jsonl`, '--label', 'fraudulent']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot read .*missing\.jsonl: no such file; nothing was evaluated/);
  });

  it('has help', async () => {
    const run = await runCli(['help', 'eval']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: lurescan eval FILE --label FIELD/);
    expect((await runCli(['eval', '--help'])).stdout).toBe(run.stdout);
    expect((await runCli(['--help'])).stdout).toContain('  eval      Score a labelled file');
  });
});
