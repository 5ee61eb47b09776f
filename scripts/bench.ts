/**
 * `npm run bench [-- --data DIR] [--json] [--rounds N] [--cli-lines N] [--rss-lines N] [--skip-cli]
 * [--only campaigns|cli|size] [--campaign-lines N] [--campaign-small N] [--skip-campaigns]`: measures the
 * built library (dist, so run `npm run build` first) and CLI against issue 4's targets, in one process, and prints
 * a table (or JSON). Timings on a shared machine are noisy: natural's BayesClassifier is measured on the same texts
 * as a reference, so the ratio is the figure to compare between machines. Reads ../shared/data by default and
 * skips with a message when it is missing; writes only temporary files, deleted afterwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCli } from './bench/cli';
import { measureColdStart } from './bench/cold-start';
import { measureBayesReference } from './bench/bayes-reference';
import { campaignBases, campaignRows, measureCampaigns } from './bench/campaigns';
import { distDir, formatTable, type BenchRow } from './bench/common';
import { measureBrowserBundle, measureInstalledSize } from './bench/package-size';
import { measureClassifierCost, measureScoring, measureSplitFloor, longPostings } from './bench/scoring';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
    'cli-lines': { type: 'string', default: '100000' },
    'rss-lines': { type: 'string', default: '1000000' },
    'skip-cli': { type: 'boolean', default: false },
    only: { type: 'string' },
    'campaign-lines': { type: 'string', default: '1000000' },
    'campaign-small': { type: 'string', default: '100000' },
    'skip-campaigns': { type: 'boolean', default: false },
  },
});
if (values.only !== undefined && values.only !== 'campaigns' && values.only !== 'cli' && values.only !== 'size') {
  console.error(`bench: --only takes 'campaigns', 'cli' or 'size' (got '${values.only}')`);
  process.exit(2);
}

if (values.only === 'cli') {
  // The CLI part needs no corpus: its input is made from the repository's fixtures.
  if (!existsSync(join(distDir, 'cli.js'))) {
    console.error('bench: dist/cli.js not found: run `npm run build` first.');
    process.exit(2);
  }
  const progress = (message: string): void => {
    if (!values.json) console.error(message);
  };
  const rows = benchCli(join(distDir, '../fixtures'), Number(values['cli-lines']), Number(values['rss-lines']), progress);
  console.log(values.json ? JSON.stringify({ results: rows }, null, 2) : formatTable(rows));
  process.exit(0);
}

const dataFile = join(values.data, 'difraud-jobs/validation.jsonl');
if (!existsSync(dataFile)) {
  console.error(`bench: skipped: ${dataFile} not found (pass --data DIR with difraud-jobs/validation.jsonl in it).`);
  process.exit(0);
}
if (!existsSync(join(distDir, 'index.js'))) {
  console.error('bench: dist/index.js not found: run `npm run build` first.');
  process.exit(2);
}

const rows = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { text: string; fraudulent: number });
const texts = rows.map((row) => row.text);
const rounds = Number(values.rounds);

const results: BenchRow[] = [];
const log = (message: string): void => {
  if (!values.json) console.error(message);
};

if (values.only === 'size') {
  await benchSize();
  printResults();
  process.exit(0);
}

if (values.only === 'campaigns') {
  await benchCampaigns();
  printResults();
  process.exit(0);
}

log(`scoring ${texts.length} difraud-jobs ads x ${rounds} rounds...`);
const scoring = await measureScoring(texts, rounds);
results.push(
  { measure: 'verdicts/s, single thread, full explanations (difraud-jobs)', value: scoring.perSecond, unit: '/s', target: '>= 20,000', met: scoring.perSecond >= 20_000 },
  { measure: 'p50 latency', value: scoring.p50, unit: 'ms', target: '', met: null },
  { measure: 'p99 latency', value: scoring.p99, unit: 'ms', target: '<= 0.5 ms', met: scoring.p99 <= 0.5 },
  { measure: 'CPU per verdict (median of rounds)', value: scoring.cpuUs, unit: 'µs', target: '', met: null },
  { measure: 'heap used after scoring', value: scoring.heapMb, unit: 'MB', target: '', met: null },
);

log('lower-case-and-split floor, and the lexicons grown tenfold...');
const floor = measureSplitFloor(texts, rounds * 4);
const floorRatio = floor.perSecond / scoring.perSecond;
// The same rules as a pack, plain and grown, plain measured before and after so both see the same machine load.
const asPack = await measureScoring(texts, rounds, 1);
const grown = await measureScoring(texts, rounds, 10);
const again = await measureScoring(texts, rounds, 1);
const plainPerSecond = (asPack.perSecond + again.perSecond) / 2;
const slowdown = (plainPerSecond / grown.perSecond - 1) * 100;
const cpuSlowdown = (grown.cpuUs / ((asPack.cpuUs + again.cpuUs) / 2) - 1) * 100;
results.push(
  { measure: 'lower-case-and-split floor (same ads)', value: floor.perSecond, unit: '/s', target: '', met: null },
  { measure: 'floor / full verdicts', value: floorRatio, unit: 'x', target: '<= 4x', met: floorRatio <= 4 },
  { measure: 'floor CPU per text (median of rounds)', value: floor.cpuUs, unit: 'µs', target: '', met: null },
  { measure: 'full verdict CPU / floor CPU (load-proof)', value: scoring.cpuUs / floor.cpuUs, unit: 'x', target: '<= 4x', met: scoring.cpuUs / floor.cpuUs <= 4 },
  { measure: 'verdicts/s, lexicons grown 10x (synthetic phrases)', value: grown.perSecond, unit: '/s', target: '', met: null },
  { measure: 'slowdown with lexicons grown 10x', value: slowdown, unit: '%', target: '<= 20%', met: slowdown <= 20 },
  { measure: 'slowdown with lexicons grown 10x, CPU time', value: cpuSlowdown, unit: '%', target: '<= 20%', met: cpuSlowdown <= 20 },
);

log('classifier cost (with vs without the model, alternating rounds)...');
const cost = await measureClassifierCost(texts, Math.max(5, rounds));
results.push(
  { measure: 'CPU per verdict, rules only (model: null)', value: cost.rulesOnlyUs, unit: 'µs', target: '', met: null },
  { measure: 'CPU per verdict, rules + classifier (default)', value: cost.withClassifierUs, unit: 'µs', target: '', met: null },
  { measure: 'classifier cost over rules alone', value: cost.costPercent, unit: '%', target: '<= 20%', met: cost.costPercent <= 20 },
);

log('long postings...');
for (const posting of longPostings(texts, [20_000, 100_000])) {
  const long = await measureScoring([posting.text], Math.max(3, Math.round(20_000 / posting.kb / 10)));
  results.push({ measure: `${posting.kb} KB posting: time per verdict`, value: long.p50, unit: 'ms', target: 'linear in length', met: null });
  results.push({ measure: `${posting.kb} KB posting: µs per KB`, value: (long.p50 * 1000) / posting.kb, unit: 'µs/KB', target: '', met: null });
}
const perKb = (scoring.p50 * 1000) / (texts.reduce((sum, text) => sum + text.length, 0) / texts.length / 1000);
results.push({ measure: 'difraud-jobs ad: µs per KB (p50)', value: perKb, unit: 'µs/KB', target: '', met: null });

await benchSize();

log('natural BayesClassifier reference...');
const bayes = measureBayesReference(rows, rounds);
results.push(
  { measure: "natural BayesClassifier classifications/s (same texts, trained on them)", value: bayes.perSecond, unit: '/s', target: 'reference', met: null },
  { measure: 'lurescan / BayesClassifier speed ratio', value: scoring.perSecond / bayes.perSecond, unit: 'x', target: '>= 40x', met: scoring.perSecond / bayes.perSecond >= 40 },
);

if (!values['skip-cli']) results.push(...benchCli(join(distDir, '../fixtures'), Number(values['cli-lines']), Number(values['rss-lines']), log));

if (!values['skip-campaigns']) await benchCampaigns();
printResults();

/** Issue 11: cold start, what a web page that scores ships, and what installing lurescan puts on disk. */
async function benchSize(): Promise<void> {
  log('cold start...');
  const cold = measureColdStart(texts[0] ?? 'hello', 7);
  results.push(
    { measure: 'cold start: import + first verdict (median of 7)', value: cold.median, unit: 'ms', target: '<= 30 ms', met: cold.median <= 30 },
    { measure: '  import alone (median)', value: cold.importMedian, unit: 'ms', target: '', met: null },
    { measure: '  createScanner() alone (median)', value: cold.createMedian, unit: 'ms', target: '', met: null },
    { measure: '  first verdict alone (median)', value: cold.firstVerdictMedian, unit: 'ms', target: '', met: null },
    { measure: '  CPU time of all three (median)', value: cold.cpuMedian, unit: 'ms', target: '', met: null },
  );
  log('browser bundle and installed size...');
  const bundle = await measureBrowserBundle();
  const kb = (bytes: number): number => bytes / 1024;
  results.push(
    { measure: 'browser bundle, gzipped: loaded before the first verdict', value: kb(bundle.initialGzipped), unit: 'KB', target: '<= 150 KB', met: bundle.initialGzipped <= 150 * 1024 },
    { measure: 'browser bundle, gzipped: with the lazy chunks', value: kb(bundle.totalGzipped), unit: 'KB', target: '', met: null },
    ...bundle.parts.slice(0, 14).map(({ part, bytes, gzipped }) => ({ measure: `  of which ${part}: gzipped alone (minified ${kb(bytes).toFixed(1)} KB)`, value: kb(gzipped), unit: 'KB', target: '', met: null })),
  );
  const installed = measureInstalledSize(join(distDir, '..'));
  results.push(
    { measure: 'installed size (npm install --omit=dev of the packed package)', value: installed.installedBytes / 1024 / 1024, unit: 'MB', target: '<= 3 MB', met: installed.installedBytes <= 3 * 1024 * 1024 },
    { measure: 'packed tarball', value: kb(installed.packedBytes), unit: 'KB', target: '', met: null },
  );
}

/** Issue 14: `lurescan campaigns` on mutated copies of emscad-partial and difraud-jobs, at two sizes. */
async function benchCampaigns(): Promise<void> {
  const bases = campaignBases(values.data);
  const small = Number(values['campaign-small']);
  const large = Number(values['campaign-lines']);
  log(`campaigns on ${small} mutated postings...`);
  const smallRun = await measureCampaigns(bases, small);
  log(`campaigns on ${large} mutated postings...`);
  const largeRun = await measureCampaigns(bases, large);
  results.push(...campaignRows(smallRun, largeRun));
}

function printResults(): void {
  if (values.json) console.log(JSON.stringify({ machine: machine(), results }, null, 2));
  else console.log(`${machineLine()}\n\n${formatTable(results)}`);
}

function machine(): Record<string, string | number> {
  return { node: process.version, ...(readCpu() ?? {}) };
}

function machineLine(): string {
  const info = machine();
  return `node ${info.node}, ${String(info.cores ?? '?')} cores, ${String(info.cpu ?? 'unknown CPU')}`;
}

function readCpu(): { cpu: string; cores: number } | null {
  try {
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown';
    return { cpu: model, cores: (cpuinfo.match(/^processor\s*:/gm) ?? []).length };
  } catch {
    return null;
  }
}
