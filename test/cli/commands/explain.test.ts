import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFiles, runCli, type TempFiles } from '../run-cli';

const LURE = 'URGENT: customer service job in Sihanoukville, Cambodia. $1,500/month, no experience needed, free flight, visa and housing. Contact Telegram @hr_asia_jobs88';

describe('lurescan explain', () => {
  let files: TempFiles;
  beforeAll(async () => {
    files = await makeTempFiles();
  });
  afterAll(() => files.remove());

  it('prints the pretty report for the ad given as arguments, the words joined by spaces', async () => {
    const run = await runCli(['explain', ...LURE.split(' ')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ {2}Risk: (LOW|MEDIUM|HIGH|CRITICAL) {3}score \d\.\d\d {3}\d+ red flags? {3}action: (allow|review|block)\n/);
    expect(run.stdout).toContain('[[');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reads the ad from --file or standard input, and gives the verdict as JSON with --format json', async () => {
    const path = await files.write('ad.txt', `${LURE}\n`);
    const fromArgs = await runCli(['explain', '--format', 'json', LURE]);
    const fromFile = await runCli(['explain', '--format', 'json', '--file', path]);
    const fromStdin = await runCli(['explain', '-f', 'json'], { stdin: `${LURE}\n` });
    const verdict = JSON.parse(fromArgs.stdout) as { score: number; flags: { id: string }[] };
    expect(verdict.flags.length).toBeGreaterThan(0);
    // The file and stdin keep the final newline; the verdict is about the same words.
    for (const run of [fromFile, fromStdin]) {
      expect(run.status).toBe(0);
      const other = JSON.parse(run.stdout) as typeof verdict;
      expect(other.flags.map((flag) => flag.id)).toEqual(verdict.flags.map((flag) => flag.id));
    }
  });

  it('exits 1 on an empty ad and 2 on a missing file or TEXT given with --file', async () => {
    expect(await runCli(['explain'], { stdin: '  \n' })).toEqual({
      status: 1,
      stdout: '',
      stderr: 'lurescan explain: empty posting: there is no text to score\n',
    });
    const missing = await runCli(['explain', '--file', `${files.dir}/nope.txt`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect((await runCli(['explain', '--file', 'x.txt', 'some text'])).status).toBe(2);
  });
});
