import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, median } from './common';

export interface ColdStart {
  /** Import and first verdict, wall time, median. */
  median: number;
  importMedian: number;
  /** `createScanner()` alone, then the first verdict alone, medians. */
  createMedian: number;
  firstVerdictMedian: number;
  /** CPU time of the import and first verdict (process.cpuUsage): steadier than wall time on a shared machine. */
  cpuMedian: number;
}

/**
 * Spawns fresh processes that import the built library, build a scanner and score one ad; times each step inside
 * the child (what `score` does on first use is the same `createScanner()` and verdict).
 */
export function measureColdStart(ad: string, runs: number): ColdStart {
  const url = pathToFileURL(join(distDir, 'index.js')).href;
  const script = `
    const cpu = process.cpuUsage();
    const started = performance.now();
    const lurescan = await import(${JSON.stringify(url)});
    const imported = performance.now();
    const scanner = lurescan.createScanner();
    const created = performance.now();
    scanner.score(${JSON.stringify(ad)});
    const scored = performance.now();
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ total: scored - started, importing: imported - started, creating: created - imported, scoring: scored - created, cpu: (used.user + used.system) / 1000 }));`;
  const samples: { total: number; importing: number; creating: number; scoring: number; cpu: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout) as (typeof samples)[number]);
  }
  return {
    median: median(samples.map((sample) => sample.total)),
    importMedian: median(samples.map((sample) => sample.importing)),
    createMedian: median(samples.map((sample) => sample.creating)),
    firstVerdictMedian: median(samples.map((sample) => sample.scoring)),
    cpuMedian: median(samples.map((sample) => sample.cpu)),
  };
}
