import { BUILTIN_MODEL, prepareBuiltinClassifier } from './classify/builtin/builtin-model';
import { LurescanModelSchema, type LurescanModel } from './classify/classifier-model';
import { classifierEvidence } from './classify/classifier-evidence';
import { ModelError } from './classify/model-error';
import { prepareClassifier, scoreClassifier, type PreparedClassifier } from './classify/score-classifier';
import { combineScore } from './combine/combine-score';
import { toIssuePath } from './posting/issue-path';
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from './combine/scoring-policy';
import { buildVerdict } from './explain/build-verdict';
import type { Verdict } from './explain/verdict';
import { extractFacts } from './extract/extract-facts';
import { CONTACT_CHANNELS, type Facts } from './extract/facts';
import { postingTextLength } from './posting/field-text';
import { GAZETTEER } from './extract/places/gazetteer';
import { evaluatePatterns } from './match/evaluate-patterns';
import { matchBaseRules } from './match/match-base-rules';
import { createLexicon, type Lexicon } from './normalise/lexicon';
import { DEFAULT_READ_LIMITS, parsePosting, type ParsedPosting, type ReadLimits } from './posting/parse-posting';
import type { PostingInput } from './posting/posting-schema';
import { PostingValidationError } from './posting/posting-validation-error';
import { BUILTIN_RULE_SET } from './rules/builtin/builtin-rule-set';
import { BUILTIN_SCANNER_RULES } from './rules/builtin/builtin-scanner-rules';
import { builtinRuleSetImage } from './rules/builtin/engine-image';
import { compileRuleSet } from './rules/compile-rule-set';
import type { CompiledRuleSet } from './rules/compiled-rule';
import { linearRegex } from './rules/linear-regex';
import { RuleSetError } from './rules/rule-set-error';
import type { Rule, ScannerRule } from './rules/rule-schema';
import { ruleVocabulary } from './rules/rule-vocabulary';
import { validateRules } from './rules/validate-rules';
import { AllowlistSchema, type Allowlist, type AllowlistInput } from './rules/allowlist-schema';
import { applyAllowlist } from './allowlist/apply-allowlist';
import { ScoreContextSchema, type PosterIdentity, type ScoreContext } from './allowlist/poster-identity';
import { checkScannerOptionKeys } from './scanner-options';
import { ENGINE_VERSION } from './version';

export interface ScannerOptions {
  /** Extra rules (or a job board's own), validated with the same schema as the built-in ones. */
  rules?: readonly unknown[];
  /** Set to false to run only `rules`. Default true. */
  builtinRules?: boolean;
  /**
   * A trained model (the classifier and the weights that combine it with the rules), as `lurescan train` writes
   * it. Default: the built-in model. `null` scores with the rules alone, at their declared weights.
   */
  model?: unknown;
  /**
   * A job board's verified employers. A posting that proves it comes from one (a contact on the employer's own
   * domain, no other company named) loses its low and medium employer, link and contact flags; patterns and
   * everything about the offer itself still count, and the verdict says what was dropped under `allowlisted`.
   */
  allowlist?: AllowlistInput;
  /** Overrides parts of the scoring policy (bias, weights, thresholds, actions), applied over the model's. */
  scoring?: Partial<ScoringPolicy>;
  /**
   * Visible characters (UTF-16 code units; zero-width and format characters and repeated blanks are free) read of
   * each text field; the rest is cut before scoring, the verdict lists the field under `truncated`, and the flag
   * `evasion.text-cut` keeps the posting at `review` at least. Default 32,768: about four times the longest field seen
   * in real corpora, and it bounds the time hostile input can take (raw reading stops at four times the limits).
   */
  maxFieldLength?: number;
  /**
   * Visible characters read of all text fields together, shared fairly (padding in one field cannot starve another);
   * the rest is cut likewise. Default 65,536.
   */
  maxPostingLength?: number;
}

export type SafeScoreResult = { success: true; verdict: Verdict } | { success: false; error: PostingValidationError };

/** The facts of a posting without scoring it: the same `extracted` its verdict would carry, at a fifth of the cost. */
export type SafeExtractResult = { success: true; facts: Facts } | { success: false; error: PostingValidationError };

export interface Scanner {
  /**
   * Scores one posting. Throws `PostingValidationError` for an object that is not a valid posting. `context` holds
   * what the board knows and the ad cannot forge: the poster's verified account or domain, for the allowlist.
   */
  score(input: PostingInput, context?: ScoreContext): Verdict;
  /** Like `score`, but returns the validation error instead of throwing it; accepts any value. */
  safeScore(input: unknown, context?: ScoreContext): SafeScoreResult;
  /** Validates a posting and extracts its facts (contacts, pay, places, ages, disguises), as `score` would. */
  safeExtract(input: unknown): SafeExtractResult;
  readonly rules: readonly ScannerRule[];
  readonly versions: Verdict['versions'];
  /** The scoring policy in force: the defaults, then the model's learned weights, then `options.scoring`. */
  readonly policy: ScoringPolicy;
}

/** Builds a scanner: rules are validated and compiled once, here, never per posting. */
export function createScanner(options: ScannerOptions = {}): Scanner {
  checkScannerOptionKeys(options);
  const validated = validateRules(options.rules ?? []);
  if (validated.issues.length > 0) throw new RuleSetError(validated.issues);
  // A scanner holds no examples (`scanner.rules` is the same shape for every rule): a pack's ran when it loaded.
  const extraRules = validated.rules.map(withoutExamples);
  const allowlist = parseAllowlist(options.allowlist);
  const withBuiltin = options.builtinRules !== false;
  const custom = `custom.${extraRules.length}`;
  const limits: ReadLimits = {
    maxFieldLength: positiveInteger(options, 'maxFieldLength'),
    maxPostingLength: positiveInteger(options, 'maxPostingLength'),
  };
  // The built-in rules alone: scored from their runtime copy and image, while `scanner.rules` reads them whole.
  const builtinOnly = withBuiltin && extraRules.length === 0 ? builtinRuleSet() : null;
  if (builtinOnly !== null) {
    const exposed = (): readonly ScannerRule[] => BUILTIN_RULE_SET.rules;
    return assembleScanner(builtinOnly, loadModel(options.model), allowlist, options.scoring, limits, exposed);
  }
  const version = !withBuiltin ? custom : `${BUILTIN_RULE_SET.version}+${custom}`;
  const builtinRules = withBuiltin ? BUILTIN_RULE_SET.rules : [];
  const vouched = new Set(builtinRules);
  const ruleSet = compileRuleSet(version, [...builtinRules, ...extraRules], { safeRegexes: (rule) => vouched.has(rule), linearRegex });
  return assembleScanner(ruleSet, loadModel(options.model), allowlist, options.scoring, limits);
}

/**
 * The built-in rules compiled from their runtime copy, which has no phrases, and their image, which holds them (what
 * they compile to was built at build time); every regex is audited. Both are written by the same build step, and
 * test/rules/engine-image-fresh.test.ts checks that they are of the rules compile-rules wrote.
 */
function builtinRuleSet(): CompiledRuleSet {
  const image = builtinRuleSetImage();
  if (image === undefined) throw new Error('the engine image is of another rule set than the built-in rules: run `npm run rules:compile`');
  return compileRuleSet(BUILTIN_SCANNER_RULES.version, BUILTIN_SCANNER_RULES.rules, { safeRegexes: () => true, image });
}

/**
 * `createScanner()` with no options, as `score` and `safeScore` use it: the same scanner, built without the code
 * that only options need (validating rules, models and allowlists, and the linear-time engine for a pack's
 * regexes), so that a web page that only scores does not ship it.
 */
export function createDefaultScanner(): Scanner {
  return assembleScanner(builtinRuleSet(), BUILTIN_LOADED_MODEL, null, undefined, DEFAULT_READ_LIMITS);
}

/**
 * A scanner from its compiled rules, model, allowlist, scoring overrides and read limits; `rules` gives what
 * `scanner.rules` reads, on first read (default: the compiled rules).
 */
function assembleScanner(
  ruleSet: CompiledRuleSet,
  loaded: LoadedModel | null,
  allowlist: Allowlist | null,
  scoring: Partial<ScoringPolicy> | undefined,
  limits: ReadLimits,
  rules: () => readonly ScannerRule[] = () => ruleSet.rules,
): Scanner {
  const model = loaded?.model ?? null;
  const policy: ScoringPolicy = {
    ...DEFAULT_SCORING_POLICY,
    ...(model && { bias: model.combiner.bias, ruleWeights: model.combiner.ruleWeights, thresholds: model.combiner.thresholds }),
    ...scoring,
  };
  const classifier: { prepared: PreparedClassifier; weight: number } | null = loaded && {
    prepared: loaded.prepare(),
    weight: loaded.model.combiner.classifierWeight,
  };
  const versions = { engine: ENGINE_VERSION, ruleSet: ruleSet.version, ...(model && { model: model.hash }) };
  const lexicon = lexiconOf(() => ruleSet.vocabulary());

  const engine: ScoringEngine = { ruleSet, allowlist, classifier, policy, versions };
  const safeScore = (input: unknown, context?: ScoreContext): SafeScoreResult => {
    const parsed = readPosting(input, { limits, fold: { lexicon } });
    return parsed.success ? { success: true, verdict: scorePosting(engine, parsed.parsed, context) } : parsed;
  };

  const safeExtract = (input: unknown): SafeExtractResult => {
    const parsed = readPosting(input, { limits, fold: { lexicon } });
    return parsed.success ? { success: true, facts: extractFacts(parsed.parsed.fields) } : parsed;
  };

  return {
    score(input, context) {
      const result = safeScore(input, context);
      if (!result.success) throw result.error;
      return result.verdict;
    },
    safeScore,
    safeExtract,
    get rules() {
      return rules();
    },
    versions,
    policy,
  };
}

/** What one scanner scores with, fixed when it is created. */
interface ScoringEngine {
  ruleSet: CompiledRuleSet;
  allowlist: Allowlist | null;
  classifier: { prepared: PreparedClassifier; weight: number } | null;
  policy: ScoringPolicy;
  versions: Verdict['versions'];
}

/**
 * The pipeline, stage by stage in the order of src/'s layers: facts are extracted from the parsed posting, rules
 * matched on its text and facts, patterns on the rules that fired; the allowlist takes back what the board's verified
 * poster disproves; the classifier reads the text; the combination turns it all into one score and risk; the verdict
 * explains it.
 */
function scorePosting(engine: ScoringEngine, posting: ParsedPosting, context: ScoreContext | undefined): Verdict {
  const { ruleSet, allowlist, classifier, policy, versions } = engine;
  const facts = extractFacts(posting.fields);
  const firedRules = matchBaseRules(ruleSet, posting, facts);
  const allFired = [...firedRules, ...evaluatePatterns(ruleSet.patterns, firedRules)];
  const { fired, hit } = allowlist === null ? { fired: allFired, hit: null } : applyAllowlist(allFired, posting.posting, facts, allowlist, posterOf(context));
  let classified: Verdict['classifier'];
  if (classifier) {
    const result = scoreClassifier(classifier.prepared, posting.fields, posting.posting);
    // Measured against a typical honest ad, and shrunk where the classifier cannot read the text.
    const contribution = classifier.weight * classifierEvidence(result.logOdds, result, classifier.prepared);
    classified = { contribution, logOdds: result.logOdds, terms: result.terms };
  }
  const combined = combineScore(fired, policy, classified?.contribution ?? 0, postingTextLength(posting.fields));
  const verdict = buildVerdict({
    posting: posting.posting,
    fired,
    combined,
    facts,
    bias: policy.bias,
    action: policy.actions[combined.risk],
    classifier: classified,
    versions,
    language: posting.language,
  });
  return {
    ...verdict,
    ...(posting.truncated.length > 0 ? { truncated: posting.truncated } : {}),
    ...(hit === null ? {} : { allowlisted: hit }),
  };
}

/**
 * `parsePosting`, which never throws: validating a value reads its properties, and a getter or a proxy trap may
 * throw. Such a value is an invalid posting. Only the fact is reported, never the thrown value, whose own
 * `message` or `toString` could throw again.
 */
function readPosting(input: unknown, options: Parameters<typeof parsePosting>[1]): ReturnType<typeof parsePosting> {
  try {
    return parsePosting(input, options);
  } catch {
    return { success: false, error: new PostingValidationError([{ path: [], message: 'reading the posting threw an error (a getter or a proxy)' }]) };
  }
}

/** The poster's identity from a score context; a context that does not validate verifies nothing (fails closed). */
function posterOf(context: unknown): PosterIdentity | undefined {
  if (context === undefined) return undefined;
  try {
    const parsed = ScoreContextSchema.safeParse(context);
    return parsed.success ? parsed.data.poster : undefined;
  } catch {
    return undefined;
  }
}

/** The model a scanner scores with: the built-in one (compact, checked at build time), a caller's, or none. */
interface LoadedModel {
  model: Pick<LurescanModel, 'hash' | 'combiner'>;
  prepare: () => PreparedClassifier;
}

/** The built-in model, prepared on first need. */
const BUILTIN_LOADED_MODEL: LoadedModel = { model: BUILTIN_MODEL, prepare: prepareBuiltinClassifier };

function loadModel(option: unknown): LoadedModel | null {
  if (option === undefined) return BUILTIN_LOADED_MODEL;
  if (option === null) return null;
  const model = validateModel(option);
  return { model, prepare: () => prepareClassifier(model.classifier) };
}

function validateModel(candidate: unknown): LurescanModel {
  const result = LurescanModelSchema.safeParse(candidate);
  if (!result.success) {
    throw new ModelError(result.error.issues.map((issue) => ({ path: toIssuePath(issue.path), message: issue.message })));
  }
  return result.data;
}

function withoutExamples({ examples: _examples, ...rule }: Rule): ScannerRule {
  return rule;
}

/** The words worth disguising, whose digit swaps are read back: what the rules look for, messengers and places. */
export function scannerLexicon(rules: readonly ScannerRule[]): Lexicon {
  return lexiconOf(() => ruleVocabulary(rules));
}

/** The lexicon of the texts the rules look for (listed on first need), with messengers and places. */
function lexiconOf(ruleTexts: () => Iterable<string>): Lexicon {
  return createLexicon(() => [...ruleTexts(), ...CONTACT_CHANNELS, ...GAZETTEER.flatMap((entry) => entry.names)]);
}

function positiveInteger(options: ScannerOptions, name: keyof ReadLimits): number {
  const value = options[name] ?? DEFAULT_READ_LIMITS[name];
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer (got ${String(value)})`);
  return value;
}

function parseAllowlist(input: AllowlistInput | undefined): Allowlist | null {
  if (input === undefined) return null;
  const result = AllowlistSchema.safeParse(input);
  if (result.success) return result.data;
  throw new RuleSetError(result.error.issues.map((issue) => ({ ruleId: null, path: ['allowlist', ...toIssuePath(issue.path)], message: issue.message })));
}
