import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, median } from './common';

/** Spawns fresh processes that import the built library and score one ad; times both inside the child. */
export function measureColdStart(ad: string, runs: number): { median: number; importMedian: number } {
  const url = pathToFileURL(join(distDir, 'index.js')).href;
  const script = `
    const started = performance.now();
    const lurescan = await import(${JSON.stringify(url)});
    const imported = performance.now();
    lurescan.score(${JSON.stringify(ad)});
    console.log(JSON.stringify({ total: performance.now() - started, importing: imported - started }));`;
  const totals: number[] = [];
  const imports: number[] = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
    const { total, importing } = JSON.parse(child.stdout) as { total: number; importing: number };
    totals.push(total);
    imports.push(importing);
  }
  return { median: median(totals), importMedian: median(imports) };
}
