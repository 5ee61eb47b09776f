import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, percentile } from './common';
import { grownRules, packableRules } from './lexicon-growth';

/**
 * Scores each text `rounds` times with the built library, one verdict at a time, with full explanations; with
 * `grow`, the built-in rules' lexicons grown that many times (see lexicon-growth.ts), run as a rule pack.
 */
export async function measureScoring(texts: readonly string[], rounds: number, grow?: number) {
  const { createScanner } = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof import('../../src/index');
  // With `grow` (1 included), the built-in rules are passed as a pack, so that the plain and the grown lexicons go
  // through the same engine: a pack's regexes run on RE2, which takes no lookaround (see packableRules).
  // A pack's rules carry their examples; the scanner's do not, so the built-in ones are joined back.
  const { withBuiltinExamples } = (await import(pathToFileURL(join(distDir, 'rule-examples.js')).href)) as typeof import('../../src/entry/rule-examples');
  const scanner = grow === undefined ? createScanner() : createScanner({ builtinRules: false, rules: grownRules(packableRules(withBuiltinExamples(createScanner().rules)), grow).rules });
  for (const text of texts.slice(0, 50)) scanner.score(text); // warm-up: compile the rules, let V8 optimise
  const latencies: number[] = [];
  // CPU time per round as well as wall time: on a shared machine, wall time counts the other processes' turns.
  const cpuPerVerdict: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const cpuBefore = process.cpuUsage();
    for (const text of texts) {
      const before = performance.now();
      scanner.score(text);
      latencies.push(performance.now() - before);
    }
    const cpu = process.cpuUsage(cpuBefore);
    cpuPerVerdict.push((cpu.user + cpu.system) / texts.length);
  }
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: (latencies.length / elapsed) * 1000,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    /** Median over the rounds of CPU microseconds per verdict. */
    cpuUs: percentile([...cpuPerVerdict].sort((a, b) => a - b), 0.5),
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

/**
 * What the trained classifier costs: CPU time per verdict of the default scanner against a rules-only one
 * (`model: null`), in alternating rounds so that both see the same machine load; the median of the rounds.
 */
export async function measureClassifierCost(texts: readonly string[], rounds: number) {
  const { createScanner } = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof import('../../src/index');
  const withModel = createScanner();
  const rulesOnly = createScanner({ model: null });
  const cpuPerVerdict = (scanner: typeof withModel): number => {
    const before = process.cpuUsage();
    for (const text of texts) scanner.score(text);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / texts.length;
  };
  cpuPerVerdict(withModel);
  cpuPerVerdict(rulesOnly);
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  for (let round = 0; round < Math.max(3, rounds); round++) {
    withTimes.push(cpuPerVerdict(withModel));
    withoutTimes.push(cpuPerVerdict(rulesOnly));
  }
  const median = (values: number[]): number => percentile([...values].sort((a, b) => a - b), 0.5);
  const withClassifier = median(withTimes);
  const rulesAlone = median(withoutTimes);
  return { withClassifierUs: withClassifier, rulesOnlyUs: rulesAlone, costPercent: (withClassifier / rulesAlone - 1) * 100 };
}

/**
 * The floor issue 11 measures the engine against: lower-casing each text and splitting it into words, in the same
 * process on the same texts, the least any reading of the text costs.
 */
export function measureSplitFloor(texts: readonly string[], rounds: number): { perSecond: number; cpuUs: number } {
  let words = 0;
  for (const text of texts.slice(0, 50)) words += text.toLowerCase().split(/\s+/u).length;
  const cpuPerText: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const cpuBefore = process.cpuUsage();
    for (const text of texts) words += text.toLowerCase().split(/\s+/u).length;
    const cpu = process.cpuUsage(cpuBefore);
    cpuPerText.push((cpu.user + cpu.system) / texts.length);
  }
  const elapsed = performance.now() - started;
  if (words < 0) console.error(words); // keeps the work from being optimised away
  return { perSecond: ((texts.length * rounds) / elapsed) * 1000, cpuUs: percentile([...cpuPerText].sort((a, b) => a - b), 0.5) };
}
