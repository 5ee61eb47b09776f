/**
 * `tsx scripts/eval/feature-experiments.ts [--data DIR] [--configs a,b]`: the classifier alone, on the same
 * campaign-grouped 5 folds as `eval:cv`, with one feature set per config. Out-of-fold average precision at EMSCAD's
 * base rate, for choosing features before the (slow) whole-pipeline cross-validation. Not part of `npm test`.
 * `--combined` also fits the combiner (`trainCombiner`) on inner out-of-fold classifier readings plus the rule hits,
 * without floors, caps or coverage trust; `FPC=` and `PRIOR=` override its false-positive cost and prior pull,
 * `CGP=` weighs the combiner's examples by campaign share (size^-CGP), `NORULES=1` / `NOEMSCAD=1` leave out all rule
 * hits or the emscad.* ones, and `LITE=1` (with `boardFields`) keeps only the blank-field terms.
 * The figures of each config are in the README (issue 10 item 8).
 */
import { parseArgs } from 'node:util';
import { parsePosting } from '../../src/posting/parse-posting';
import { createScanner, scannerLexicon } from '../../src/scanner';
import { stemFolded } from '../../src/normalise/stemmed-text';
import { classifierToken } from '../../src/classify/classifier-tokens';
import { CLASSIFIER_FIELDS } from '../../src/classify/posting-features';
import { metadataTerms } from '../../src/classify/metadata-terms';
import { templateGroups } from '../../src/classify/train/template-groups';
import { assignGroupFolds } from '../../src/classify/train/group-folds';
import { trainClassifier, type ClassifierExample } from '../../src/classify/train/train-classifier';
import { baseRateWeights } from '../../src/classify/train/base-rate-weights';
import { averagePrecision } from '../../src/evaluate/average-precision';
import { rankScores } from '../../src/evaluate/score-ranking';
import type { PostingInput } from '../../src/index';
import { loadDatasets } from './datasets';
import { EMSCAD_BASE_RATE } from './cv-measures';
import { trainCombiner, type FiredForTraining } from '../../src/classify/train/train-combiner';
import { DEFAULT_TRAINING, LURE_WEIGHT_FLOOR_SHARE } from '../../src/classify/train/train-model';
import { DEFAULT_SCORING_POLICY } from '../../src/combine/scoring-policy';
import { rankWithinCategory } from '../../src/combine/rank-within-category';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, configs: { type: 'string', default: '' }, combined: { type: 'boolean', default: false } } });
const postings = loadDatasets(values.data)
  .filter((set) => set.name === 'emscad-partial' || set.name === 'difraud-jobs')
  .flatMap((set) => set.postings);
const positives = postings.map(({ positive }) => positive);
const rulesOnly = createScanner({ model: null });
const lexicon = scannerLexicon(rulesOnly.rules);

interface Parsed {
  title: string[];
  words: string[][];
  meta: string[];
  location?: string;
  salary?: string;
  profile: boolean;
  posting: import('../../src/index').JobPosting;
  fired: string[];
  firedForTraining: FiredForTraining[];
}
const declaredWeight = new Map(
  rulesOnly.rules.map((rule) => {
    const weight = rule.weight ?? DEFAULT_SCORING_POLICY.severityWeights[rule.severity];
    return [rule.id, { category: rule.category, weight, minimum: rule.element === undefined ? 0 : weight * LURE_WEIGHT_FLOOR_SHARE }];
  }),
);
const started = performance.now();
const parsed: Parsed[] = postings.map(({ input }) => {
  const result = parsePosting(input, { fold: { lexicon } });
  if (!result.success) throw result.error;
  const title = result.parsed.fields.filter((field) => field.field === 'title').flatMap((field) => stemFolded(field.text).words.map(classifierToken));
  const words = result.parsed.fields.filter((field) => CLASSIFIER_FIELDS.has(field.field)).map((field) => stemFolded(field.text).words.map(classifierToken));
  const verdict = rulesOnly.score(input as PostingInput);
  return {
    title,
    words,
    meta: metadataTerms(result.parsed.posting).map(({ term }) => term),
    location: result.parsed.posting.location,
    salary: result.parsed.posting.salary,
    profile: result.parsed.posting.companyProfile !== undefined,
    posting: result.parsed.posting,
    fired: [...verdict.fired.rules, ...verdict.fired.patterns].filter((id) => !id.startsWith('__')),
    firedForTraining: [...verdict.fired.rules, ...verdict.fired.patterns]
      .filter((id) => !id.startsWith('__') && process.env.NORULES === undefined && !(process.env.NOEMSCAD !== undefined && id.startsWith('emscad.')))
      .map((id) => {
        const rule = declaredWeight.get(id);
        return { id, category: rule?.category ?? id, declaredWeight: rule?.weight ?? 0, minimumWeight: rule?.minimum ?? 0 };
      }),
  };
});
const fieldsOf = postings.map(({ input }) => {
  const result = parsePosting(input);
  if (!result.success) throw result.error;
  return result.parsed.fields;
});
const groups = templateGroups(fieldsOf);
const folds = assignGroupFolds(groups, positives, 5, 1);
console.log(`parsed ${postings.length} in ${((performance.now() - started) / 1000).toFixed(0)} s`);

type Config = { name: string; l2: number; groupPower?: number; minWeight?: number; features: (p: Parsed) => Set<string>; topK?: number; maxTerms?: number };
const base = (p: Parsed, pairs = true, meta = true): Set<string> => {
  const features = new Set<string>();
  for (const field of p.words) {
    field.forEach((token, i) => {
      features.add(token);
      if (pairs && i > 0) features.add(`${field[i - 1]} ${token}`);
    });
  }
  if (meta) for (const term of p.meta) features.add(term);
  return features;
};
const charGrams = (p: Parsed, features: Set<string>, low: number, high: number): void => {
  for (const field of p.words) {
    for (const token of field) {
      const marked = `<${token}>`;
      for (let n = low; n <= high; n++) for (let i = 0; i + n <= marked.length; i++) {
        const gram = marked.slice(i, i + n);
        if (gram !== marked) features.add(`~${gram}`);
      }
    }
  }
};
const location = (p: Parsed, features: Set<string>): void => {
  if (p.location === undefined) return;
  const parts = p.location.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (parts[0]) features.add(`@country=${parts[0]}`);
  if (parts[1]) features.add(`@region=${parts[0]},${parts[1]}`);
  if (parts[2]) features.add(`@city=${parts[2]}`);
};
const rules = (p: Parsed, features: Set<string>): void => {
  for (const id of p.fired) features.add(`!${id}`);
};

const trigrams = (p: Parsed, features: Set<string>): void => {
  for (const field of p.words) for (let i = 2; i < field.length; i++) features.add(`${field[i - 2]} ${field[i - 1]} ${field[i]}`);
};
const wholeLocation = (p: Parsed, features: Set<string>): void => {
  if (p.location !== undefined) features.add(`@location=${p.location.trim().toLowerCase()}`);
};
const length = (p: Parsed, features: Set<string>): void => {
  const count = p.words.reduce((sum, field) => sum + field.length, 0);
  features.add(`%len=${Math.floor(Math.log2(count + 1))}`);
};
const withAll = (p: Parsed, ...adders: ((p: Parsed, f: Set<string>) => void)[]): Set<string> => {
  const f = base(p);
  for (const add of adders) add(p, f);
  return f;
};
const titleTerms = (p: Parsed, features: Set<string>): void => {
  for (const token of p.title) features.add(`^${token}`);
};
const salary = (p: Parsed, features: Set<string>): void => {
  if (p.salary !== undefined) features.add('@salary');
};
const structure = (p: Parsed, features: Set<string>): void => {
  features.add(`@fields=${p.words.length}`);
};
// The fields a job board always has, as present/empty or yes/no terms (structured postings only); `lite` keeps only
// the blank-field terms.
const boardFieldTerms = (p: Parsed, features: Set<string>, lite: boolean): void => {
  const posting = p.posting;
  if (posting.text !== undefined) return;
  const flag = (name: string, value: boolean | undefined): void => {
    if (value !== undefined) features.add(`@${name}=${value ? 'yes' : 'no'}`);
  };
  if (!lite) {
    flag('logo', posting.hasCompanyLogo);
    flag('questions', posting.hasQuestions);
    flag('telecommuting', posting.telecommuting);
  }
  const has = (name: string, value: string | undefined): void => {
    features.add(`@${name}=${value !== undefined && value.trim() !== '' ? 'yes' : 'no'}`);
  };
  if (process.env.NOPROFILE === undefined && !lite) has('profile', posting.companyProfile);
  if (process.env.NOSALARY === undefined) has('salary', posting.salary);
  has('requirements', posting.requirements);
  has('benefits', posting.benefits);
  if (process.env.MOREFIELDS !== undefined) {
    has('employmentType', posting.employmentType);
    has('industry', posting.industry);
    has('function', posting.function);
    has('requiredExperience', posting.requiredExperience);
    has('requiredEducation', posting.requiredEducation);
  }
};
const boardFields = (p: Parsed, features: Set<string>): void => boardFieldTerms(p, features, process.env.LITE !== undefined);
const configs: Config[] = [
  { name: 'x-char-gp1', l2: 3, maxTerms: 20000, groupPower: 1, features: (p) => { const f = new Set<string>(); charGrams(p, f, 3, 5); return f; } },
  { name: 'x-gp1-12000', l2: 3, maxTerms: 12000, groupPower: 1, features: (p) => base(p) },
  { name: 'x-gp1.5', l2: 3, maxTerms: 8000, groupPower: 1.5, features: (p) => base(p) },
  { name: 'x-gp0.75', l2: 3, maxTerms: 8000, groupPower: 0.75, features: (p) => base(p) },
  { name: 'x-gp1-blank', l2: 3, maxTerms: 8000, groupPower: 1, features: (p) => withAll(p, (q, features) => boardFieldTerms(q, features, true)) },
  { name: 'cur-max8000', l2: 3, maxTerms: 8000, features: (p) => base(p) },
  { name: 'board-gp1', l2: 3, maxTerms: 8000, groupPower: 1, features: (p) => withAll(p, boardFields) },
  { name: 'cur-gp0.5', l2: 3, maxTerms: 8000, groupPower: 0.5, features: (p) => base(p) },
  { name: 'cur-gp1', l2: 3, maxTerms: 8000, groupPower: 1, features: (p) => base(p) },
  { name: 'board-max8000', l2: 3, maxTerms: 8000, features: (p) => withAll(p, boardFields) },
  { name: 'loc-board-max8000', l2: 3, maxTerms: 8000, features: (p) => withAll(p, location, boardFields) },
  { name: 'loc-tri-max8000', l2: 3, maxTerms: 8000, features: (p) => withAll(p, location, trigrams) },
  { name: 'loc-tri-sal-max10000', l2: 3, maxTerms: 10000, features: (p) => withAll(p, location, trigrams, salary) },
  { name: 'loc-sal-max8000', l2: 3, maxTerms: 8000, features: (p) => withAll(p, location, salary) },
  { name: 'loc-struct-max8000', l2: 3, maxTerms: 8000, features: (p) => withAll(p, location, structure) },
  { name: 'loc-max6000', l2: 3, maxTerms: 6000, features: (p) => withAll(p, location) },
  { name: 'loc-max4000', l2: 3, maxTerms: 4000, features: (p) => withAll(p, location) },
  { name: 'loc-max8000', l2: 3, maxTerms: 8000, features: (p) => withAll(p, location) },
  { name: 'loc-max12000', l2: 3, maxTerms: 12000, features: (p) => withAll(p, location) },
  { name: 'loc-l2-1-max8000', l2: 1, maxTerms: 8000, features: (p) => withAll(p, location) },
  { name: 'loc-title-l2-3', l2: 3, features: (p) => withAll(p, location, titleTerms) },
  { name: 'trigrams-l2-3', l2: 3, features: (p) => withAll(p, trigrams) },
  { name: 'loc-rules-l2-3', l2: 3, features: (p) => withAll(p, location, rules) },
  { name: 'loc-l2-1', l2: 1, features: (p) => withAll(p, location) },
  { name: 'wholeloc-l2-3', l2: 3, features: (p) => withAll(p, wholeLocation) },
  { name: 'loc-len-l2-3', l2: 3, features: (p) => withAll(p, location, length) },
  { name: 'loc-trigrams-l2-3', l2: 3, features: (p) => withAll(p, location, trigrams) },
  { name: 'loc-df3-l2-3', l2: 3, features: (p) => withAll(p, location) },
  { name: 'loc-df5-l2-3', l2: 3, features: (p) => withAll(p, location) },
  { name: 'loc-df5-l2-1', l2: 1, features: (p) => withAll(p, location) },
  { name: 'current-l2-3', l2: 3, features: (p) => base(p) },
  { name: 'current-l2-1', l2: 1, features: (p) => base(p) },
  { name: 'current-l2-10', l2: 10, features: (p) => base(p) },
  { name: 'unigrams-l2-3', l2: 3, features: (p) => base(p, false) },
  { name: 'no-meta-l2-3', l2: 3, features: (p) => base(p, true, false) },
  { name: 'location-l2-3', l2: 3, features: (p) => { const f = base(p); location(p, f); return f; } },
  { name: 'rules-l2-3', l2: 3, features: (p) => { const f = base(p); rules(p, f); return f; } },
  { name: 'char35-l2-3', l2: 3, features: (p) => { const f = base(p); charGrams(p, f, 3, 5); return f; } },
  { name: 'char35-l2-10', l2: 10, features: (p) => { const f = base(p); charGrams(p, f, 3, 5); return f; } },
  { name: 'char35-only-uni-l2-3', l2: 3, features: (p) => { const f = base(p, false); charGrams(p, f, 3, 5); return f; } },
  { name: 'all-l2-3', l2: 3, features: (p) => { const f = base(p); charGrams(p, f, 3, 5); location(p, f); rules(p, f); return f; } },
  { name: 'current-top4000', l2: 3, topK: 4000, features: (p) => base(p) },
  { name: 'current-top8000', l2: 3, topK: 8000, features: (p) => base(p) },
  { name: 'current-mw0.02', l2: 3, minWeight: 0.02, features: (p) => base(p) },
];
const wanted = values.configs === '' ? configs : configs.filter((config) => values.configs.split(',').includes(config.name));

const weights = baseRateWeights(positives, EMSCAD_BASE_RATE);
for (const config of wanted) {
  const begun = performance.now();
  const minDf = Number(/df(\d+)/.exec(config.name)?.[1] ?? 2);
  const examples: ClassifierExample[] = parsed.map((p, i) => ({ features: config.features(p), words: [], positive: positives[i] as boolean, group: groups[i] as number }));
  const scores = new Array<number>(postings.length).fill(0);
  let termCount = 0;
  for (let fold = 0; fold < 5; fold++) {
    const model = trainClassifier(
      examples.filter((_, i) => folds[i] !== fold),
      { baseRate: 0.05, l2: config.l2, minDocumentFrequency: minDf, minWeight: config.minWeight ?? 0.003, maxTerms: config.maxTerms, groupPower: config.groupPower },
    );
    let terms = model.terms;
    if (config.topK !== undefined) {
      terms = Object.fromEntries(Object.entries(terms).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, config.topK));
    }
    termCount += Object.keys(terms).length / 5;
    examples.forEach(({ features }, i) => {
      if (folds[i] !== fold) return;
      let sum = model.bias;
      for (const term of features) if (Object.hasOwn(terms, term)) sum += terms[term] as number;
      scores[i] = sum;
    });
  }
  if (values.combined) {
    const combinedScores = new Array<number>(postings.length).fill(0);
    const evidenceOf = (terms: Record<string, number>, features: ReadonlySet<string>): number => {
      let sum = 0;
      for (const term of features) if (Object.hasOwn(terms, term)) sum += terms[term] as number;
      return sum;
    };
    for (let fold = 0; fold < 5; fold++) {
      const training = postings.map((_, i) => i).filter((i) => folds[i] !== fold);
      const inner = assignGroupFolds(training.map((i) => groups[i] as number), training.map((i) => positives[i] as boolean), 5, 20261130);
      const innerEvidence = new Array<number>(training.length).fill(0);
      for (let innerFold = 0; innerFold < 5; innerFold++) {
        const model = trainClassifier(training.filter((_, k) => inner[k] !== innerFold).map((i) => examples[i] as ClassifierExample), { baseRate: 0.05, l2: config.l2, minDocumentFrequency: minDf, minWeight: config.minWeight ?? 0.003, maxTerms: config.maxTerms, groupPower: config.groupPower });
        training.forEach((i, k) => { if (inner[k] === innerFold) innerEvidence[k] = evidenceOf(model.terms, (examples[i] as ClassifierExample).features) + model.bias - Math.log(0.05 / 0.95); });
      }
      const sizes = new Map<number, number>();
      for (const i of training) sizes.set(groups[i] as number, (sizes.get(groups[i] as number) ?? 0) + 1);
      const cgp = Number(process.env.CGP ?? 0);
      const combiner = trainCombiner(training.map((i, k) => ({ fired: (parsed[i] as Parsed).firedForTraining, classifierEvidence: innerEvidence[k] as number, positive: positives[i] as boolean, plain: true, weight: (sizes.get(groups[i] as number) as number) ** -cgp })), { ...DEFAULT_TRAINING.combiner, falsePositiveCost: Number(process.env.FPC ?? 4), priorStrength: Number(process.env.PRIOR ?? 1), baseRate: 0.05, repeatDecay: DEFAULT_SCORING_POLICY.repeatDecay });
      const model = trainClassifier(training.map((i) => examples[i] as ClassifierExample), { baseRate: 0.05, l2: config.l2, minDocumentFrequency: minDf, minWeight: config.minWeight ?? 0.003, maxTerms: config.maxTerms, groupPower: config.groupPower });
      postings.forEach((_, i) => {
        if (folds[i] !== fold) return;
        const fired = (parsed[i] as Parsed).firedForTraining;
        const ranks = rankWithinCategory(fired.map(({ id, category, declaredWeight }) => ({ id, category, weight: declaredWeight })));
        let z = combiner.bias + combiner.classifierWeight * (evidenceOf(model.terms, (examples[i] as ClassifierExample).features) + model.bias - Math.log(0.05 / 0.95));
        for (const [id, rank] of ranks) z += (combiner.ruleWeights[id] ?? 0) * DEFAULT_SCORING_POLICY.repeatDecay ** rank;
        combinedScores[i] = z;
      });
    }
    const combinedAp = averagePrecision(rankScores(combinedScores.map((score, i) => ({ score, positive: positives[i] as boolean })), weights));
    console.log(`${config.name.padEnd(24)} combined AP ${combinedAp?.toFixed(4)}`);
  }
  const ap = averagePrecision(rankScores(scores.map((score, i) => ({ score, positive: positives[i] as boolean })), weights));
  console.log(`${config.name.padEnd(24)} AP ${ap?.toFixed(4)}  terms ${Math.round(termCount)}  ${((performance.now() - begun) / 1000).toFixed(0)} s`);
}
