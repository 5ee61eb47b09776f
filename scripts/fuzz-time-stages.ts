/**
 * Where the time of a slow time-fuzzer case goes (issue 12): the CPU time of each stage of a verdict on a 64 KiB
 * field, so that slow classes can be grouped by the stage that costs. Stages: folding (parsePosting), stemming,
 * each extractor (with the posting's FACT_LIMIT), and the rest of the verdict (matching, classifier, combination).
 *
 *   npm run fuzz:time -- with FUZZ_TIME_JSON=/tmp/cases.json, then
 *   tsx scripts/fuzz-time-stages.ts /tmp/cases.json [min ms, default 5]      the cases over min ms at 64 KiB
 *   tsx scripts/fuzz-time-stages.ts --unit '1,'                              one unit
 */
import { readFileSync } from 'node:fs';
import { createScanner } from '../src/index';
import { scannerLexicon } from '../src/scanner';
import { BUILTIN_RULE_SET } from '../src/rules/builtin/builtin-rule-set';
import { parsePosting } from '../src/posting/parse-posting';
import { extractAges } from '../src/extract/ages/extract-ages';
import { extractContactsWithin } from '../src/extract/contacts/extract-contacts';
import { extractDisguisesWithin } from '../src/extract/disguises/extract-disguises';
import { FACT_LIMIT } from '../src/extract/facts';
import { extractPayWithin } from '../src/extract/pay/extract-pay';
import { extractPlaces } from '../src/extract/places/extract-places';
import { stemText } from '../src/normalise/stemmed-text';
import { fieldOf } from '../test/fuzz/time-units';

const SIZE = 64 * 1024;
const RUNS = 3;
const limits = { maxFieldLength: SIZE, maxPostingLength: SIZE };
const scanner = createScanner(limits);
const lexicon = scannerLexicon(BUILTIN_RULE_SET.rules);

function cpu<T>(work: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value: T | undefined;
  for (let run = 0; run < RUNS; run++) {
    const started = process.cpuUsage();
    value = work();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, value: value as T };
}

type Stages = Record<string, number>;

function stagesOf(unit: string): Stages {
  const description = `Job: ${fieldOf(unit, SIZE)}`;
  const total = cpu(() => scanner.score({ description })).ms;
  const parsed = cpu(() => parsePosting({ description }, { limits, fold: { lexicon } }));
  if (!parsed.value.success) throw parsed.value.error;
  const [field] = parsed.value.parsed.fields;
  if (field === undefined) return { total };
  const stages: Stages = {
    fold: parsed.ms,
    stem: cpu(() => stemText(field.text.folded)).ms,
    pay: cpu(() => extractPayWithin(field, FACT_LIMIT)).ms,
    contacts: cpu(() => extractContactsWithin(field, FACT_LIMIT)).ms,
    places: cpu(() => extractPlaces(field)).ms,
    ages: cpu(() => extractAges(field)).ms,
  };
  const contacts = extractContactsWithin(field, FACT_LIMIT).facts;
  stages['disguises'] = cpu(() => extractDisguisesWithin(field, contacts, FACT_LIMIT)).ms;
  const known = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
  stages['rest'] = Math.max(0, total - known);
  stages['total'] = total;
  return stages;
}

const show = (stages: Stages): string =>
  Object.entries(stages)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join('  ');

const args = process.argv.slice(2);
if (args[0] === '--unit') {
  console.log(show(stagesOf(args[1] ?? 'a')));
} else {
  const cases = JSON.parse(readFileSync(args[0] ?? '/tmp/cases.json', 'utf8')) as { name: string; unit: string; times: number[] }[];
  const min = Number(args[1] ?? 5);
  const slow = cases.filter((item) => (item.times[3] ?? 0) > min).sort((a, b) => (b.times[3] ?? 0) - (a.times[3] ?? 0));
  const byStage = new Map<string, { name: string; stages: Stages }[]>();
  for (const item of slow) {
    const stages = stagesOf(item.unit);
    const [top] = Object.entries(stages)
      .filter(([name]) => name !== 'total')
      .sort((a, b) => b[1] - a[1]);
    const key = top?.[0] ?? 'none';
    byStage.set(key, [...(byStage.get(key) ?? []), { name: item.name, stages }]);
    console.log(`${key.padEnd(9)} ${show(stages)}  ${item.name.slice(0, 60)}`);
  }
  console.log(`\n${slow.length} cases over ${min} ms, by costliest stage:`);
  for (const [stage, items] of [...byStage].sort((a, b) => b[1].length - a[1].length)) {
    const worst = items[0];
    console.log(`  ${stage.padEnd(9)} ${String(items.length).padStart(4)} cases; worst: ${worst?.name.slice(0, 50)} (${show(worst?.stages ?? {})})`);
  }
}
