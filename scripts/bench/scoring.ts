import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, percentile } from './common';

// The classifier of issue 3 (src/classify) is not merged yet: once it is, the default scanner runs it and these
// figures include it; compare with `createScanner({ ... })` without the model to check its "within 20%" target.

/** Scores each text `rounds` times with the built library, one verdict at a time, with full explanations. */
export async function measureScoring(texts: readonly string[], rounds: number) {
  const { createScanner } = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof import('../../src/index');
  const scanner = createScanner();
  for (const text of texts.slice(0, 50)) scanner.score(text); // warm-up: compile the rules, let V8 optimise
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) {
      const before = performance.now();
      scanner.score(text);
      latencies.push(performance.now() - before);
    }
  }
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: (latencies.length / elapsed) * 1000,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

/** Postings of about the given sizes, made by joining ads end to end. */
export function longPostings(texts: readonly string[], sizes: readonly number[]): { kb: number; text: string }[] {
  return sizes.map((size) => {
    const parts: string[] = [];
    let length = 0;
    for (let index = 0; length < size; index = (index + 1) % texts.length) {
      const text = texts[index] ?? '';
      parts.push(text);
      length += text.length + 2;
    }
    const text = parts.join('\n\n').slice(0, size);
    return { kb: text.length / 1000, text };
  });
}
