/**
 * Where a verdict's CPU time goes, stage by stage (issue 11): each stage of the pipeline is run alone over every
 * ad of a JSONL file (difraud-jobs by default), on inputs the earlier stages made beforehand, and timed in CPU time
 * (process.cpuUsage: the machine is shared, wall time counts other processes' turns), best of N rounds. The stages
 * do not add up exactly to a whole verdict (caches warm differently when a stage runs alone), so the whole verdict
 * is measured too.
 *
 *   tsx scripts/profile-stages.ts [file.jsonl] [rounds, default 7]
 */
import { readFileSync } from 'node:fs';
import { createScanner, scannerLexicon } from '../src/scanner';
import { BUILTIN_RULE_SET } from '../src/rules/builtin/builtin-rule-set';
import { builtinRuleSetImage } from '../src/rules/builtin/engine-image';
import { compileRuleSet } from '../src/rules/compile-rule-set';
import { parsePosting } from '../src/posting/parse-posting';
import { foldText } from '../src/normalise/folded-text';
import { guessLanguage } from '../src/normalise/guess-language';
import { stemText } from '../src/normalise/stemmed-text';
import { extractAges } from '../src/extract/ages/extract-ages';
import { extractContactsWithin } from '../src/extract/contacts/extract-contacts';
import { extractDisguisesWithin } from '../src/extract/disguises/extract-disguises';
import { FACT_LIMIT } from '../src/extract/facts';
import { extractPayWithin } from '../src/extract/pay/extract-pay';
import { extractPlaces } from '../src/extract/places/extract-places';
import { extractFacts } from '../src/extract/extract-facts';
import { matchBaseRules } from '../src/match/match-base-rules';
import { evaluatePatterns } from '../src/match/evaluate-patterns';
import { prepareBuiltinClassifier } from '../src/classify/builtin/builtin-model';
import { scoreClassifier } from '../src/classify/score-classifier';
import { classifierEvidence } from '../src/classify/classifier-evidence';
import { combineScore } from '../src/combine/combine-score';
import { buildVerdict } from '../src/explain/build-verdict';
import { postingTextLength } from '../src/posting/field-text';
import { stemFolded } from '../src/normalise/stemmed-text';

const file = process.argv[2] ?? '../shared/data/difraud-jobs/validation.jsonl';
const rounds = Number(process.argv[3] ?? 7);
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);
const characters = texts.reduce((sum, text) => sum + text.length, 0);

const scanner = createScanner();
const lexicon = scannerLexicon(BUILTIN_RULE_SET.rules);
const ruleSet = compileRuleSet(BUILTIN_RULE_SET.version, BUILTIN_RULE_SET.rules, { safeRegexes: () => true, image: builtinRuleSetImage() });
const classifier = prepareBuiltinClassifier();
const parsed = texts.map((text) => {
  const result = parsePosting(text, { fold: { lexicon } });
  if (!result.success) throw result.error;
  return result.parsed;
});
const fields = parsed.flatMap((posting) => posting.fields);
const facts = parsed.map((posting) => extractFacts(posting.fields));
const fired = parsed.map((posting, index) => matchBaseRules(ruleSet, posting, facts[index] as (typeof facts)[number]));

/** Best-of-rounds CPU microseconds per ad of `work` run over every ad. */
function perAd(work: () => void): number {
  work();
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / texts.length);
  }
  return best;
}

let sink = 0;
const stages: [string, () => void][] = [
  ['whole verdict', () => texts.forEach((text) => (sink += scanner.score(text).score))],
  ['parsePosting (read budget, fold, language)', () => texts.forEach((text) => (sink += Number(parsePosting(text, { fold: { lexicon } }).success)))],
  ['  foldText', () => texts.forEach((text) => (sink += foldText(text, { lexicon }).folded.length))],
  ['  guessLanguage', () => texts.forEach((text) => (sink += guessLanguage([text]).length))],
  ['stemText', () => fields.forEach((field) => (sink += stemText(field.text.folded).words.length))],
  ['extract: pay', () => fields.forEach((field) => (sink += extractPayWithin(field, FACT_LIMIT).found))],
  ['extract: contacts', () => fields.forEach((field) => (sink += extractContactsWithin(field, FACT_LIMIT).found))],
  ['extract: disguises', () => fields.forEach((field) => (sink += extractDisguisesWithin(field, [], FACT_LIMIT).found))],
  ['extract: places', () => fields.forEach((field) => (sink += extractPlaces(field).length))],
  ['extract: ages', () => fields.forEach((field) => (sink += extractAges(field).length))],
  ['match: phrase index candidates', () => fields.forEach((field) => (sink += ruleSet.phraseIndex.candidates(field.text.folded).size))],
  ['match: literal index candidates', () => fields.forEach((field) => (sink += ruleSet.literalIndex.candidates(field.text.folded).size))],
  ['match: literal automaton', () => fields.forEach((field) => ruleSet.literalAutomaton.scan(field.text.folded, (owner) => (sink += owner)))],
  ['match: stem index candidates', () => fields.forEach((field) => (sink += ruleSet.stemIndex.candidates(stemText(field.text.folded).words).size))],
  ['match: matchBaseRules (all, stems cached)', () => parsed.forEach((posting, index) => (sink += matchBaseRules(ruleSet, posting, facts[index] as (typeof facts)[number]).length))],
  ['patterns', () => fired.forEach((list) => (sink += evaluatePatterns(ruleSet.patterns, list).length))],
  ['classifier (stems cached)', () => parsed.forEach((posting) => (sink += scoreClassifier(classifier, posting.fields, posting.posting).logOdds))],
];
/**
 * The pipeline of scanner.ts's scorePosting, stage by stage in one pass per ad, each stage timed with
 * performance.now() (short intervals: a preemption inside one is rare and lands in one stage), so that the stages
 * sum to the verdict and each sees the caches as a real verdict leaves them.
 */
function inPipeline(): Map<string, number> {
  const totals = new Map<string, number>();
  let last = 0;
  const lap = (name: string): void => {
    const now = performance.now();
    totals.set(name, (totals.get(name) ?? 0) + now - last);
    last = now;
  };
  const policy = scanner.policy;
  for (const text of texts) {
    last = performance.now();
    const result = parsePosting(text, { fold: { lexicon } });
    if (!result.success) throw result.error;
    const posting = result.parsed;
    lap('parse and fold');
    for (const field of posting.fields) stemFolded(field.text);
    lap('stem (natural Porter, cached per word)');
    const pay = posting.fields.map((field) => extractPayWithin(field, FACT_LIMIT));
    lap('extract pay');
    const contacts = posting.fields.map((field) => extractContactsWithin(field, FACT_LIMIT));
    lap('extract contacts');
    posting.fields.forEach((field, index) => extractDisguisesWithin(field, contacts[index]?.facts ?? [], FACT_LIMIT));
    lap('extract disguises');
    posting.fields.forEach((field) => extractPlaces(field));
    lap('extract places');
    posting.fields.forEach((field) => extractAges(field));
    lap('extract ages');
    const allFacts = extractFacts(posting.fields);
    last = performance.now(); // the facts again, whole, for the rules: not counted
    sink += pay.length;
    const firedRules = matchBaseRules(ruleSet, posting, allFacts);
    lap('match rules (indexes, gates, regexes, fact conditions)');
    const all = [...firedRules, ...evaluatePatterns(ruleSet.patterns, firedRules)];
    lap('patterns');
    const classified = scoreClassifier(classifier, posting.fields, posting.posting);
    const weight = 1;
    const contribution = weight * classifierEvidence(classified.logOdds, classified, classifier);
    lap('classifier');
    const combined = combineScore(all, policy, contribution, postingTextLength(posting.fields));
    lap('combine');
    const verdict = buildVerdict({
      posting: posting.posting,
      fired: all,
      combined,
      facts: allFacts,
      bias: policy.bias,
      action: policy.actions[combined.risk],
      classifier: { contribution, logOdds: classified.logOdds, terms: classified.terms },
      versions: scanner.versions,
      language: posting.language,
    });
    sink += verdict.score;
    lap('build verdict');
  }
  return totals;
}

inPipeline();
let best = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  const totals = inPipeline();
  if (best.size === 0) best = totals;
  else for (const [name, ms] of totals) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
}
const sum = [...best.values()].reduce((a, b) => a + b, 0);
console.log(`In the pipeline (wall us per ad, best of ${rounds} per stage):`);
for (const [name, ms] of best) console.log(`${((ms * 1000) / texts.length).toFixed(1).padStart(8)}  ${((ms / sum) * 100).toFixed(0).padStart(3)}%  ${name}`);
console.log(`${((sum * 1000) / texts.length).toFixed(1).padStart(8)}        sum`);
console.log();
console.log(`Alone: ${texts.length} ads, ${Math.round(characters / texts.length)} characters each on average; CPU us per ad, best of ${rounds}:`);
for (const [name, work] of stages) console.log(`${perAd(work).toFixed(1).padStart(8)}  ${name}`);
if (Number.isNaN(sink)) console.log(sink);
