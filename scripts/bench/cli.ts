import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixturePostings, syntheticPostings, writeJsonl } from './cli-input';
import { distDir, type BenchRow } from './common';

/** Distinct postings the CLI input cycles through: enough that the stem cache and the output are not one ad's. */
const VARIETY = 1_000;

export interface CliRun {
  perSecond: number;
  maxRssMb: number;
  /** The 1-minute load average when the run started, and when it ended: the machine is shared. */
  loadBefore: number;
  loadAfter: number;
}

/**
 * Runs the built CLI on a JSONL file of `lines` postings (made in the OS temporary folder and deleted after), its
 * output discarded; reports lines per second and the process's peak resident memory, every thread included.
 */
export function measureCli(postings: readonly string[], lines: number, workers: number | undefined): CliRun {
  const folder = mkdtempSync(join(tmpdir(), 'lurescan-bench-'));
  try {
    const file = join(folder, 'postings.jsonl');
    writeJsonl(file, postings, lines);
    // The CLI runs as it is installed; the wrapper only reports the peak memory of the whole process.
    const cli = pathToFileURL(join(distDir, 'cli.js')).href;
    // A file, not `node -e`: worker threads inherit the process's flags, and `--input-type` would stop them.
    const wrapper = join(folder, 'measure-cli.mjs');
    writeFileSync(wrapper, `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(cli)});\n`);
    const args = [wrapper, 'score', file, ...(workers === undefined ? [] : ['--workers', String(workers)])];
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const started = performance.now();
    const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 2 ** 26 });
    const elapsed = performance.now() - started;
    const rss = /MAXRSS (\d+)/.exec(child.stderr ?? '');
    // Any status but 0 means the run did not go through as it should: every bench posting is valid.
    if (rss === null || child.status !== 0) throw new Error(`CLI run failed (status ${child.status}): ${child.stderr?.slice(0, 500)}`);
    return { perSecond: (lines / elapsed) * 1000, maxRssMb: Number(rss[1]) / 1024, loadBefore, loadAfter: loadavg()[0] ?? Number.NaN };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Issue 11 item 4: `lurescan score` with `--workers 1` and `--workers 2` on `lines` synthetic ads (made from the
 * repository's fixtures, about 1,250 characters each), the speed-up of two over one, and the peak RSS of a default
 * run (one scorer per core) on `rssLines`. Each row says the load average around its run.
 */
export function benchCli(fixturesDir: string, lines: number, rssLines: number, log: (message: string) => void): BenchRow[] {
  const postings = syntheticPostings(fixturePostings(fixturesDir), VARIETY);
  const load = (run: CliRun): string => `load ${run.loadBefore.toFixed(1)}-${run.loadAfter.toFixed(1)}`;
  log(`CLI on ${lines} synthetic ads with --workers 1 and 2...`);
  const one = measureCli(postings, lines, 1);
  const two = measureCli(postings, lines, 2);
  const scaling = two.perSecond / one.perSecond;
  log(`CLI peak RSS on ${rssLines} synthetic ads (default workers: ${availableParallelism()} scorers)...`);
  const big = measureCli(postings, rssLines, undefined);
  return [
    { measure: `CLI score, ${lines} lines, --workers 1 (${load(one)})`, value: one.perSecond, unit: 'lines/s', target: '', met: null },
    { measure: `CLI score, ${lines} lines, --workers 1: peak RSS`, value: one.maxRssMb, unit: 'MB', target: '', met: null },
    { measure: `CLI score, ${lines} lines, --workers 2 (${load(two)})`, value: two.perSecond, unit: 'lines/s', target: '', met: null },
    { measure: `CLI score, ${lines} lines, --workers 2: peak RSS`, value: two.maxRssMb, unit: 'MB', target: '', met: null },
    { measure: 'CLI scaling, 2 scorers vs 1', value: scaling, unit: 'x', target: '>= 1.8x', met: scaling >= 1.8 },
    { measure: `CLI peak RSS, ${rssLines} lines, default workers (${load(big)})`, value: big.maxRssMb, unit: 'MB', target: '< 200 MB', met: big.maxRssMb < 200 },
    { measure: `CLI score, ${rssLines} lines, default workers`, value: big.perSecond, unit: 'lines/s', target: '', met: null },
  ];
}
