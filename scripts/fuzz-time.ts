/**
 * The time fuzzer's full search (issue 12): every class representative alone, FUZZ_TIME_CASES random units of 1-12
 * characters and as many pairs of units, each repeated into a description of 8, 16, 32 and 64 KiB (read whole: the
 * limits are raised to 64 KiB). Times are CPU time (see test/fuzz/time-growth.ts), best of 3 runs, measured again
 * up to twice when a case fails. Fails on a case that grows faster than size^1.35 from 8 to 64 KiB (above a 10 ms
 * noise floor), or that takes over FUZZ_TIME_MAX_MS (default 250) at 64 KiB; prints how many cases are over the
 * issue's 5 ms target, the slowest and the steepest.
 *
 *   npm run fuzz:time          FUZZ_TIME_CASES=500 FUZZ_TIME_SEED=7 npm run fuzz:time
 */
import { writeFileSync } from 'node:fs';
import { createScanner } from '../src/index';
import { judgeGrowth, type GrowthLimits } from '../test/fuzz/time-growth';
import { randomCases, singleCases } from '../test/fuzz/time-units';

const KIB = 1024;
const SIZES = [8 * KIB, 16 * KIB, 32 * KIB, 64 * KIB];
const TARGET_MS = 5;
const cases = Number(process.env['FUZZ_TIME_CASES'] ?? 150);
const seed = Number(process.env['FUZZ_TIME_SEED'] ?? Date.now() % 2 ** 31);
const limits: GrowthLimits = { maxExponent: 1.35, floorMs: 10, maxMs: Number(process.env['FUZZ_TIME_MAX_MS'] ?? 250) };

const scanner = createScanner({ maxFieldLength: 64 * KIB, maxPostingLength: 64 * KIB });
scanner.score('Warm-up: customer service in Cambodia, $1,500/month, free visa, Telegram @hr');

const started = performance.now();
const results = [...singleCases(), ...randomCases(seed, cases)].map(({ name, unit }) => ({
  name,
  unit,
  ...judgeGrowth(scanner, unit, SIZES, 3, limits, 3),
}));
const failed = results.filter((result) => result.problem !== null);
const overTarget = results.filter((result) => (result.growth.times[3] ?? 0) > TARGET_MS);
const show = ({ name, growth }: (typeof results)[number]): string =>
  `${growth.times.map((time) => time.toFixed(1).padStart(7)).join(' ')} ms  ^${growth.exponent.toFixed(2)}  ${name.slice(0, 70)}`;

console.log(`${results.length} cases (seed ${seed}), times at ${SIZES.map((size) => `${size / KIB}`).join('/')} KiB:`);
console.log('slowest at 64 KiB:');
for (const result of [...results].sort((a, b) => (b.growth.times[3] ?? 0) - (a.growth.times[3] ?? 0)).slice(0, 12)) console.log(`  ${show(result)}`);
console.log('steepest growth (above the noise floor):');
const steep = results.filter((result) => (result.growth.times[3] ?? 0) > limits.floorMs).sort((a, b) => b.growth.exponent - a.growth.exponent);
for (const result of steep.slice(0, 8)) console.log(`  ${show(result)}`);
console.log(`${overTarget.length} of ${results.length} cases over the ${TARGET_MS} ms target at 64 KiB`);
for (const result of failed) console.log(`FAILED ${result.problem}: ${show(result)}`);
console.log(`${failed.length} failed; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
// FUZZ_TIME_JSON=path writes every case's times, to group the slow ones by stage (scripts/fuzz-time-stages.ts).
const jsonPath = process.env['FUZZ_TIME_JSON'];
if (jsonPath !== undefined) writeFileSync(jsonPath, JSON.stringify(results.map(({ name, unit, growth }) => ({ name, unit, ...growth })), null, 1));
process.exitCode = failed.length > 0 ? 1 : 0;
