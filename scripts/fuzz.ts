/**
 * The hostile-input properties of test/fuzz over many cases (default 100,000: half arbitrary strings, half arbitrary
 * values). CI runs a few hundred of them in vitest. Prints the seed, so that a failure can be replayed:
 *
 *   npm run fuzz                       FUZZ_RUNS=20000 npm run fuzz      FUZZ_SEED=123 npm run fuzz
 */
import fc from 'fast-check';
import { createScanner } from '../src/index';
import { hostileText, hostileValue } from '../test/fuzz/hostile-arbitraries';
import { checkHostileInput } from '../test/fuzz/scoring-invariants';

const runs = Number(process.env['FUZZ_RUNS'] ?? 100_000);
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const scanner = createScanner();

const started = performance.now();
const properties = [
  ['arbitrary strings', fc.property(hostileText, (text) => checkHostileInput(scanner, text))],
  ['arbitrary values', fc.property(hostileValue, (value) => checkHostileInput(scanner, value))],
] as const;
let failed = false;
for (const [name, property] of properties) {
  const numRuns = Math.ceil(runs / properties.length);
  const partStarted = performance.now();
  const details = fc.check(property, { numRuns, seed });
  const seconds = ((performance.now() - partStarted) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${details.numRuns} cases (seed ${seed}, path ${details.counterexamplePath ?? '-'})`);
    console.log(fc.defaultReportMessage(details));
  } else {
    console.log(`${name}: ${details.numRuns} cases passed in ${seconds} s`);
  }
}
console.log(`seed ${seed}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
process.exitCode = failed ? 1 : 0;
