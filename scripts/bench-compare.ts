/**
 * `npm run bench:compare -- --base DIR [--data DIR] [--rounds N]`: how much slower or faster this checkout's built
 * scanner is than another build of lurescan (DIR holds its dist/, e.g. a worktree of an earlier commit, built). Both
 * score the same difraud-jobs ads in one process, in alternating rounds, so that both see the same machine load: on
 * a shared machine, that ratio is the figure to trust, not either speed alone. Prints each round's median and the
 * ratio of the medians, in CPU time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    data: { type: 'string', default: '../shared/data' },
    rounds: { type: 'string', default: '9' },
  },
});
if (values.base === undefined) {
  console.error('bench:compare: --base DIR is required (a checkout of the version to compare with, built with npm run build)');
  process.exit(2);
}
const dataFile = join(values.data, 'difraud-jobs/validation.jsonl');
if (!existsSync(dataFile)) {
  console.error(`bench:compare: skipped: ${dataFile} not found (pass --data DIR).`);
  process.exit(0);
}
const texts = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

type ScannerModule = typeof import('../src/index');
const load = async (root: string): Promise<ReturnType<ScannerModule['createScanner']>> => {
  const module = (await import(pathToFileURL(join(resolve(root), 'dist/index.js')).href)) as ScannerModule;
  return module.createScanner();
};
const scanners = { base: await load(values.base), this: await load('.') };
for (const scanner of Object.values(scanners)) for (const text of texts.slice(0, 100)) scanner.score(text);

const microsPerVerdict: Record<keyof typeof scanners, number[]> = { base: [], this: [] };
for (let round = 0; round < Number(values.rounds); round++) {
  for (const name of round % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const)) {
    // CPU time, not wall time: on a shared machine the wall clock also counts the other processes' turns.
    const started = process.cpuUsage();
    for (const text of texts) scanners[name].score(text);
    const used = process.cpuUsage(started);
    microsPerVerdict[name].push((used.user + used.system) / texts.length);
  }
}
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
const base = median(microsPerVerdict.base);
const current = median(microsPerVerdict.this);
console.log(`${texts.length} difraud-jobs ads, ${values.rounds} alternating rounds, median CPU time per verdict:`);
console.log(`  base (${values.base}): ${base.toFixed(1)} µs   (${Math.round(1e6 / base)} verdicts/s)`);
console.log(`  this checkout:        ${current.toFixed(1)} µs   (${Math.round(1e6 / current)} verdicts/s)`);
console.log(`  this / base: ${(current / base).toFixed(3)} (${current > base ? `${((current / base - 1) * 100).toFixed(1)}% slower` : `${((1 - current / base) * 100).toFixed(1)}% faster`})`);
