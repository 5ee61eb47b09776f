/**
 * `npm run eval [-- --data DIR] [--json] [--show N] [--model FILE]`: scores the labelled development sets and prints, per set, the
 * risk levels given to honest and fraudulent postings, the false "high or critical" rate on honest ads, every
 * lure's risk, and per-rule hit counts on honest vs fraudulent postings. Reads ../shared/data by default.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScanner, RISK_LEVELS, type RiskLevel, type Verdict } from '../src/index';
import { loadDatasets } from './eval/datasets';
import { formatLureLines, formatLureReport, type ScoredPosting } from './eval/lure-report';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    json: { type: 'boolean', default: false },
    show: { type: 'string', default: '0' },
    /** Print each lure of the part built on (never the held-out part) with its risk and flags. */
    lures: { type: 'boolean', default: false },
    /** A model file (`lurescan train`, `npm run train -- --out FILE`) instead of the built-in one, to judge it before it ships. */
    model: { type: 'string' },
  },
});

const scanner = createScanner(values.model === undefined ? {} : { model: JSON.parse(readFileSync(values.model, 'utf8')) as unknown });
const datasets = loadDatasets(values.data);
if (datasets.length === 0) {
  console.error(`No data sets found under ${values.data}; pass --data DIR.`);
  process.exit(2);
}

type Counts = Record<RiskLevel, number>;
const emptyCounts = (): Counts => ({ low: 0, medium: 0, high: 0, critical: 0 });
const ruleHits = new Map<string, { honest: number; fraud: number }>();
// Per set: rule id -> hits on honest and fraudulent postings of that set.
const ruleHitsBySet = new Map<string, Map<string, { honest: number; fraud: number }>>();
let honestTotal = 0;
let fraudTotal = 0;
const report: Record<string, unknown>[] = [];
const showFalseAlarms = Number(values.show);
const scored: ScoredPosting[] = [];

for (const set of datasets) {
  const honest = emptyCounts();
  const fraud = emptyCounts();
  const lures: { id: string; risk: RiskLevel; flags: string[] }[] = [];
  const falseAlarms: { id: string; risk: RiskLevel; flags: string[]; verdict: Verdict }[] = [];
  const setHits = new Map<string, { honest: number; fraud: number }>();
  ruleHitsBySet.set(set.name, setHits);
  for (const posting of set.postings) {
    const verdict = scanner.score(posting.input);
    scored.push({ set: set.name, posting, verdict });
    (posting.positive ? fraud : honest)[verdict.risk]++;
    if (posting.positive) fraudTotal++;
    else honestTotal++;
    for (const id of [...verdict.fired.rules, ...verdict.fired.patterns]) {
      const hits = ruleHits.get(id) ?? { honest: 0, fraud: 0 };
      hits[posting.positive ? 'fraud' : 'honest']++;
      ruleHits.set(id, hits);
      const inSet = setHits.get(id) ?? { honest: 0, fraud: 0 };
      inSet[posting.positive ? 'fraud' : 'honest']++;
      setHits.set(id, inSet);
    }
    const flags = verdict.flags.map((flag) => flag.id);
    if (set.name.includes('lures') && !posting.lure?.heldOut) lures.push({ id: posting.id, risk: verdict.risk, flags });
    if (!posting.positive && (verdict.risk === 'high' || verdict.risk === 'critical')) {
      falseAlarms.push({ id: posting.id, risk: verdict.risk, flags, verdict });
    }
  }
  const honestCount = RISK_LEVELS.reduce((sum, level) => sum + honest[level], 0);
  const fraudCount = RISK_LEVELS.reduce((sum, level) => sum + fraud[level], 0);
  const falseHighRate = honestCount > 0 ? (honest.high + honest.critical) / honestCount : null;
  const fraudAtLeastMedium = fraudCount > 0 ? (fraudCount - fraud.low) / fraudCount : null;
  report.push({ set: set.name, honest, fraud, falseHighRate, fraudAtLeastMedium, lures });

  if (!values.json) {
    const pct = (value: number | null): string => (value === null ? '-' : `${(100 * value).toFixed(1)}%`);
    console.log(`\n## ${set.name} (${set.language}): ${honestCount} honest, ${fraudCount} fraudulent`);
    console.log(`  honest     ${RISK_LEVELS.map((level) => `${level} ${honest[level]}`).join(', ')}`);
    console.log(`  fraudulent ${RISK_LEVELS.map((level) => `${level} ${fraud[level]}`).join(', ')}`);
    console.log(`  false high-or-critical rate on honest ads: ${pct(falseHighRate)}; fraud at >= medium: ${pct(fraudAtLeastMedium)}`);
    for (const lure of lures) console.log(`  ${lure.id.padEnd(10)} ${lure.risk.padEnd(8)} ${lure.flags.join(', ')}`);
    for (const alarm of falseAlarms.slice(0, showFalseAlarms)) {
      console.log(`  FALSE ALARM ${alarm.id} ${alarm.risk}: ${alarm.flags.join(', ')}`);
      for (const flag of alarm.verdict.flags) {
        console.log(`     ${flag.id}: ${flag.evidence.map((e) => JSON.stringify(e.text)).join(' ')}`);
      }
    }
  }
}

const rows = [...ruleHits.entries()].sort((a, b) => a[0].localeCompare(b[0]));
if (values.json) {
  const bySet = Object.fromEntries([...ruleHitsBySet].map(([name, hits]) => [name, Object.fromEntries(hits)]));
  console.log(
    JSON.stringify({ versions: scanner.versions, sets: report, ruleHits: Object.fromEntries(rows), ruleHitsBySet: bySet, honestTotal, fraudTotal }, null, 2),
  );
} else {
  console.log(`\n## Per-rule hits (all sets): ${honestTotal} honest, ${fraudTotal} fraudulent postings`);
  console.log(`  ${'rule'.padEnd(36)} ${'honest'.padStart(7)} ${'fraud'.padStart(7)}   honest%  fraud%`);
  for (const [id, hits] of rows) {
    console.log(
      `  ${id.padEnd(36)} ${String(hits.honest).padStart(7)} ${String(hits.fraud).padStart(7)}   ${((100 * hits.honest) / honestTotal).toFixed(2).padStart(6)}  ${((100 * hits.fraud) / fraudTotal).toFixed(2).padStart(6)}`,
    );
  }
  const names = [...ruleHitsBySet.keys()];
  console.log(`\n## Per-rule hits per set, as honest/fraudulent postings that fired the rule`);
  console.log(`  ${'rule'.padEnd(36)} ${names.map((name) => name.slice(0, 13).padStart(13)).join(' ')}`);
  for (const [id] of rows) {
    const cells = names.map((name) => {
      const hits = ruleHitsBySet.get(name)?.get(id);
      return (hits ? `${hits.honest}/${hits.fraud}` : '.').padStart(13);
    });
    console.log(`  ${id.padEnd(36)} ${cells.join(' ')}`);
  }
  if (values.lures) console.log(`\n## Lures built on, one by one\n${formatLureLines(scored)}`);
  console.log(formatLureReport(scored));
  console.log(`\nengine ${scanner.versions.engine}, rule set ${scanner.versions.ruleSet}`);
}
