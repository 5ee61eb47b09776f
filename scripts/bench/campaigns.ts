import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JobPosting } from '../../src/index';
import { loadDatasets } from '../eval/datasets';
import { distDir, type BenchRow } from './common';
import { xorshiftRandom } from '../common/xorshift-random';

/** Made-up employer names and places: each copy of an ad is given a new pair, as campaigns do. */
const NAME_WORDS = ['Golden', 'Star', 'Bright', 'Asia', 'Global', 'Pacific', 'Lucky', 'Dragon', 'Sun', 'Ocean', 'Prime', 'Royal', 'Summit', 'Harbor', 'Crystal', 'Unity'];
const SUFFIXES = ['Ltd', 'Group', 'Co', 'Holdings', 'Partners', 'Solutions', 'Agency', 'International'];
const PLACES = ['Phnom Penh', 'Bavet', 'Poipet', 'Sihanoukville', 'Bangkok', 'Manila', 'Jakarta', 'Kuala Lumpur', 'Dubai', 'Lagos', 'Nairobi', 'Houston', 'Leeds', 'Toronto', 'Sydney', 'Pune'];
/** Copies of one ad that keep one contact handle: a recruiter reuses a handle for a while, then changes it. */
const COPIES_PER_HANDLE = 25;


/** The bases: every ad of emscad-partial and difraud-jobs, read from the data folder at run time. */
export function campaignBases(dataDir: string): JobPosting[] {
  return loadDatasets(dataDir)
    .filter((set) => set.name === 'emscad-partial' || set.name === 'difraud-jobs')
    .flatMap((set) => set.postings.map((posting, index) => (typeof posting.input === 'string' ? { id: `${set.name}-${index}`, text: posting.input } : { ...posting.input, id: `${set.name}-${index}` })));
}

/**
 * Copy `copy` of a base ad: a new employer name and place, every digit changed (phone numbers, pay, dates) and a
 * Telegram handle that changes every `COPIES_PER_HANDLE` copies.
 */
export function mutate(base: JobPosting, baseIndex: number, copy: number): JobPosting {
  const next = xorshiftRandom((baseIndex + 1) * 7919 + copy * 104_729);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const digits = (text: string | undefined): string | undefined => text?.replace(/\d/g, () => String(Math.floor(next() * 10)));
  const handle = ` Contact us on Telegram @hr_${baseIndex.toString(36)}_${Math.floor(copy / COPIES_PER_HANDLE).toString(36)}.`;
  const posting: JobPosting = { ...base, id: `${String(base.id)}-${copy}`, companyName: `${pick(NAME_WORDS)} ${pick(NAME_WORDS)} ${pick(SUFFIXES)}`, location: pick(PLACES) };
  if (base.text !== undefined) posting.text = `${digits(base.text) ?? ''}${handle}`;
  if (base.description !== undefined) posting.description = `${digits(base.description) ?? ''}${handle}`;
  if (base.salary !== undefined) posting.salary = digits(base.salary);
  if (base.requirements !== undefined) posting.requirements = digits(base.requirements);
  return posting;
}

/** Writes `count` postings, the bases repeated and mutated in turn, as JSON lines. */
async function writePostings(file: string, bases: readonly JobPosting[], count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let line = 0; line < count; line++) {
    const baseIndex = line % bases.length;
    const base = bases[baseIndex];
    if (base === undefined) continue;
    if (!out.write(`${JSON.stringify(mutate(base, baseIndex, Math.floor(line / bases.length)))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

export interface CampaignRun {
  postings: number;
  seconds: number;
  /** CPU time of all the process's threads: on a machine shared with other work, the figure that load does not inflate. */
  cpuSeconds: number;
  maxRssMb: number;
  campaigns: number;
  inCampaigns: number;
}

/** Runs the built `lurescan campaigns` on `count` mutated postings; reports time, peak RSS and what it found. */
export async function measureCampaigns(bases: readonly JobPosting[], count: number): Promise<CampaignRun> {
  const folder = mkdtempSync(join(tmpdir(), 'lurescan-bench-'));
  try {
    const file = join(folder, 'postings.jsonl');
    const output = join(folder, 'campaigns.jsonl');
    await writePostings(file, bases, count);
    const cli = pathToFileURL(join(distDir, 'cli.js')).href;
    const wrapper = join(folder, 'measure-cli.mjs');
    writeFileSync(wrapper, `process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('\\nMAXRSS ' + usage.maxRSS + ' CPU ' + (usage.userCPUTime + usage.systemCPUTime) + '\\n'); });\nawait import(${JSON.stringify(cli)});\n`);
    const started = performance.now();
    const child = spawnSync(process.execPath, [wrapper, 'campaigns', file], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 2 ** 30 });
    const seconds = (performance.now() - started) / 1000;
    const rss = /MAXRSS (\d+) CPU (\d+)/.exec(child.stderr ?? '');
    if (rss === null || (child.status !== 0 && child.status !== 1)) throw new Error(`campaigns run failed (status ${child.status}): ${child.stderr?.slice(0, 500)}`);
    writeFileSync(output, child.stdout ?? '');
    const lines = readFileSync(output, 'utf8').split('\n').filter((line) => line !== '');
    const inCampaigns = lines.reduce((sum, line) => sum + (JSON.parse(line) as { size: number }).size, 0);
    return { postings: count, seconds, cpuSeconds: Number(rss[2]) / 1e6, maxRssMb: Number(rss[1]) / 1024, campaigns: lines.length, inCampaigns };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Bench rows for a small and a large run, and how time and memory grow between them. */
export function campaignRows(small: CampaignRun, large: CampaignRun): BenchRow[] {
  const n = (count: number): string => count.toLocaleString('en');
  const timeGrowth = large.seconds / small.seconds;
  const rssGrowth = large.maxRssMb / small.maxRssMb;
  const scale = large.postings / small.postings;
  return [
    { measure: `campaigns, ${n(small.postings)} postings: time`, value: small.seconds, unit: 's', target: '', met: null },
    { measure: `campaigns, ${n(small.postings)} postings: CPU time, all threads`, value: small.cpuSeconds, unit: 's', target: '', met: null },
    { measure: `campaigns, ${n(small.postings)} postings: peak RSS`, value: small.maxRssMb, unit: 'MB', target: '', met: null },
    { measure: `campaigns, ${n(small.postings)} postings: campaigns found (postings in them)`, value: small.campaigns, unit: `(${n(small.inCampaigns)})`, target: '', met: null },
    { measure: `campaigns, ${n(large.postings)} postings: time`, value: large.seconds, unit: 's', target: '< 600 s', met: large.seconds < 600 },
    { measure: `campaigns, ${n(large.postings)} postings: CPU time, all threads (/2 cores)`, value: large.cpuSeconds, unit: `s (${Math.round(large.cpuSeconds / 2)} s)`, target: '', met: null },
    { measure: `campaigns, ${n(large.postings)} postings: peak RSS`, value: large.maxRssMb, unit: 'MB', target: '< 1,024 MB', met: large.maxRssMb < 1024 },
    { measure: `campaigns, ${n(large.postings)} postings: campaigns found (postings in them)`, value: large.campaigns, unit: `(${n(large.inCampaigns)})`, target: '', met: null },
    { measure: `campaigns: CPU time growth, ${scale}x postings`, value: large.cpuSeconds / small.cpuSeconds, unit: 'x', target: `~${scale}x (linear)`, met: null },
    { measure: `campaigns: time growth, ${scale}x postings`, value: timeGrowth, unit: 'x', target: `~${scale}x (linear)`, met: null },
    { measure: `campaigns: peak RSS growth, ${scale}x postings`, value: rssGrowth, unit: 'x', target: `< ${scale}x`, met: rssGrowth < scale },
  ];
}
