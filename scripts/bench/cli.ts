import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir } from './common';

/**
 * Runs the built CLI on a JSONL file of `lines` postings (the ads repeated, made in the OS temporary folder and
 * deleted after), its output discarded; reports lines per second and the process's peak resident memory.
 */
export function measureCli(texts: readonly string[], lines: number, workers: number | undefined): { perSecond: number; maxRssMb: number } {
  const folder = mkdtempSync(join(tmpdir(), 'lurescan-bench-'));
  try {
    const file = join(folder, 'postings.jsonl');
    const chunk: string[] = [];
    const encoded = texts.map((text, index) => JSON.stringify({ id: `ad-${index}`, text }));
    writeFileSync(file, '');
    for (let line = 0; line < lines; line++) {
      chunk.push(encoded[line % encoded.length] ?? '{}');
      if (chunk.length === 10_000 || line === lines - 1) {
        writeFileSync(file, `${chunk.join('\n')}\n`, { flag: 'a' });
        chunk.length = 0;
      }
    }
    // The CLI runs as it is installed; the wrapper only reports the peak memory of the whole process.
    const cli = pathToFileURL(join(distDir, 'cli.js')).href;
    // A file, not `node -e`: worker threads inherit the process's flags, and `--input-type` would stop them.
    const wrapper = join(folder, 'measure-cli.mjs');
    writeFileSync(wrapper, `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(cli)});\n`);
    const args = [wrapper, 'score', file, ...(workers === undefined ? [] : ['--workers', String(workers)])];
    const started = performance.now();
    const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 2 ** 26 });
    const elapsed = performance.now() - started;
    const rss = /MAXRSS (\d+)/.exec(child.stderr ?? '');
    // Status 1 only says some record failed; anything else means the run itself did not go through.
    if (rss === null || (child.status !== 0 && child.status !== 1)) {
      throw new Error(`CLI run failed (status ${child.status}): ${child.stderr?.slice(0, 500)}`);
    }
    return { perSecond: (lines / elapsed) * 1000, maxRssMb: Number(rss[1]) / 1024 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
