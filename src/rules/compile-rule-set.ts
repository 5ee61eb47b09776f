import { createLiteralAutomaton } from './literal-automaton';
import { createWordPhraseIndex } from './word-phrase-index';
import {
  byCodeUnits,
  createPhraseIndex,
  literalsOfImage,
  phraseIndexFromImage,
  phraseIndexImage,
  withoutSeparators,
  type ImageEntry,
  type PhraseIndexImage,
} from './phrase-index';
import { createFirstCharAlternation, type FirstCharAlternation } from './first-char-alternation';
import { foldedPhrasePattern, phraseIndexKey } from './phrase-pattern';
import { foldPhrase } from '../normalise/fold-phrase';
import requiredLiterals from '../generated/pattern-literals.generated.json';
import { WORD_START, type LiteralClause } from './required-literal';
import { escapeRegex, foldKoreanLettersInRegex } from '../normalise/folded-regex';
import { stemPhrase } from '../normalise/stemmed-text';
import { ruleVocabulary } from './rule-vocabulary';
import type { CompiledBaseRule, CompiledPattern, CompiledRuleSet, GateLiteral } from './compiled-rule';
import type { TextMatcher } from './text-matcher';
import { RuleSetError, type RuleIssue } from './rule-set-error';
import type { ScannerRule, RuleCondition } from './rule-schema';

export interface CompileRuleSetOptions {
  /**
   * Rules whose regexes may run on V8's backtracking engine: the built-in ones, audited for catastrophic
   * backtracking by the test suite. Every other rule's regexes run on the linear-time engine (`linearRegex`).
   */
  safeRegexes?: (rule: ScannerRule) => boolean;
  /**
   * The linear-time engine the other rules' regexes run on (`linearRegex`), passed in so that code which compiles
   * only vouched-for rules (the default scanner) does not bundle it. Without it, such a regex is refused.
   */
  linearRegex?: (source: string, flags: string) => TextMatcher;
  /**
   * What compiling exactly these rules builds from their phrases, written at build time by `ruleSetImage` (the
   * built-in rules' image): the phrase indexes are read instead of built, and each rule's phrase regexes are made
   * on the first text that may hold one of its phrases, which together were most of what `createScanner` cost.
   */
  image?: RuleSetImage;
}

/**
 * The rule set's character-level phrase indexes as plain data (see `PhraseIndexImage`), and each base rule's phrase
 * shape. The stem index (by whole words) and the literal automaton are built at start: they cost little.
 *
 * The phrase index holds each rule's phrases whole (folded), so it is also where a scanner reads them: rules
 * compiled with an image need no `match.phrases` (the built-in rules' runtime copy has none), and the phrases ship
 * once.
 */
export interface RuleSetImage {
  /** The phrases of each base rule (owner: its place in `baseRules`) and the gate literals that must start a word. */
  phraseIndex: PhraseIndexImage;
  literalIndex: PhraseIndexImage;
  /** By rule id: PHRASES | INDEXABLE | STEMS, the bits the scanner needs before it reads a rule's phrases. */
  shapes: Record<string, number>;
  /**
   * By rule id, the Porter stems of its English phrases (each rule with STEMS): the stem index is built at start,
   * and stemming every English phrase for it was most of what createScanner cost.
   */
  stems: Record<string, string[]>;
  /** By rule id, the folded phrases of a rule the phrase index cannot hold (one starts with a separator). */
  unindexed: Record<string, string[]>;
}

const PHRASES = 1;
const INDEXABLE = 2;
const STEMS = 4;

/** What `compileRuleSet` would build from the phrases of `rules`, as an image to write at build time. */
export function ruleSetImage(rules: readonly ScannerRule[], options: CompileRuleSetOptions = {}): RuleSetImage {
  const { baseRules, ...parts } = compileParts('image', rules, { safeRegexes: options.safeRegexes });
  const { entries } = parts;
  const shapes: Record<string, number> = {};
  const stems: Record<string, string[]> = {};
  const unindexed: Record<string, string[]> = {};
  const phrases: ImageEntry[] = [];
  for (const [owner, compiled] of baseRules.entries()) {
    const id = compiled.rule.id;
    shapes[id] = (compiled.phraseRegex !== null ? PHRASES : 0) | (compiled.phraseAt !== null ? INDEXABLE : 0) | (compiled.stemAt !== null ? STEMS : 0);
    if (compiled.stemAt !== null) stems[id] = compiled.stemLiterals;
    const folded = foldedPhrases(compiled.rule.match);
    // Whole phrases, keyed as `phraseLiterals` keys them (a Korean phrase by its first word).
    if (compiled.phraseLiterals === null) {
      if (folded.length > 0) unindexed[id] = folded;
    } else for (const literal of folded) phrases.push({ owner, literal, keyEnd: phraseIndexKey(literal).length });
  }
  phrases.push(...entries.phrase().filter(({ owner }) => owner >= parts.gateOwnerBase));
  return { phraseIndex: phraseIndexImage(phrases), literalIndex: phraseIndexImage(entries.literal()), shapes, stems, unindexed };
}

type IndexEntries = { owner: number; literal: string }[];

/** What each index of the rule set holds, each list made on request. */
interface IndexEntryLists {
  phrase: () => IndexEntries;
  stem: () => IndexEntries;
  literal: () => IndexEntries;
  automaton: () => IndexEntries;
}

/**
 * Compiles validated rules into matchers once per scanner, so that scoring allocates no regexes. Checks what the
 * schema cannot: unique ids, patterns that name existing rules, no cycles among patterns, and regexes that compile
 * (unless `options.safeRegexes` vouches for them, on the linear-time engine, so that no regex can stall a scan).
 */
export function compileRuleSet(version: string, rules: readonly ScannerRule[], options: CompileRuleSetOptions = {}): CompiledRuleSet {
  const { entries, imagePhrases, ...parts } = compileParts(version, rules, options);
  const image = options.image;
  return {
    ...parts,
    // Folded phrases: the lexicon folds what it reads, so they give the words the rules' own phrases would.
    vocabulary: () => [...ruleVocabulary(rules), ...(imagePhrases?.() ?? [])],
    phraseIndex: image ? phraseIndexFromImage(image.phraseIndex, 'inside-ascii-word') : createPhraseIndex(entries.phrase(), 'inside-ascii-word'),
    stemIndex: createWordPhraseIndex(entries.stem()),
    literalIndex: image ? phraseIndexFromImage(image.literalIndex, 'none') : createPhraseIndex(entries.literal(), 'none'),
    literalAutomaton: createLiteralAutomaton(entries.automaton()),
  };
}

/** The compiled rule set but its phrase indexes, and what each index holds. */
function compileParts(
  version: string,
  rules: readonly ScannerRule[],
  options: CompileRuleSetOptions,
): Omit<CompiledRuleSet, 'phraseIndex' | 'stemIndex' | 'literalIndex' | 'literalAutomaton' | 'vocabulary'> & {
  entries: IndexEntryLists;
  /** Every phrase the image holds for the rules, when compiled with one. */
  imagePhrases: (() => string[]) | null;
} {
  const safeRegexes = options.safeRegexes ?? (() => false);
  const issues: RuleIssue[] = [];
  const byId = new Map<string, ScannerRule>();
  for (const [index, rule] of rules.entries()) {
    if (byId.has(rule.id)) issues.push({ ruleId: rule.id, path: ['id'], message: `duplicate rule id (rule #${index + 1})` });
    byId.set(rule.id, rule);
  }

  const baseRules: CompiledBaseRule[] = [];
  const gates: GatedLiterals[] = [];
  const patternRules: ScannerRule[] = [];
  const image = options.image;
  // The image's phrases by rule id, read from it on the first rule that needs its phrases. Owners are places in
  // `ordered`, which is only known once every rule is compiled (hence the lazy lookup).
  let phrasesByRule: Map<string, readonly string[]> | undefined;
  const phrasesInImage = (id: string): readonly string[] => {
    phrasesByRule ??= image && phrasesById(image, ordered);
    return phrasesByRule?.get(id) ?? [];
  };
  for (const rule of rules) {
    if (rule.when !== undefined) {
      for (const id of referencedIds(rule.when)) {
        if (!byId.has(id)) issues.push({ ruleId: rule.id, path: ['when'], message: `names unknown rule "${id}"` });
      }
      patternRules.push(rule);
    } else if (rule.match !== undefined) {
      const untrusted = safeRegexes(rule) ? null : (options.linearRegex ?? refuseRegex);
      const fromImage = image && { shape: image.shapes[rule.id], stems: image.stems[rule.id], phrases: () => phrasesInImage(rule.id) };
      const compiled = compileBaseRule(rule, issues, gates, untrusted, fromImage);
      if (compiled) baseRules.push(compiled);
    }
  }

  const patterns = orderPatterns(patternRules, issues);
  if (issues.length > 0) throw new RuleSetError(issues);
  const ordered = readersOfHitsLast(baseRules);
  const gateLiterals = gates.flatMap(({ owner, literals }) => literals.map(([text, boundaries]) => gateLiteral(owner, text, boundaries)));
  // Literals are numbered by their place in `gateLiterals`. One that must start a word is looked up in the walk of
  // the phrase index, which starts only at word starts anyway (as owner `gateOwnerBase` + its number); the others
  // need a walk from every offset of their own.
  const startsWord = (literal: GateLiteral): boolean => (literal.boundaries & WORD_START) !== 0;
  const gateOwnerBase = ordered.length;
  // Functions: with an image, the rules' phrases are not read here at all.
  // Gate literals that may start anywhere, inside a word too: those that begin with an ASCII character are found by
  // an automaton that reads each code unit once; the rest (Han, kana, Hangul, Thai...) start at few offsets of most
  // text, and the phrase index walks from those.
  const inAutomaton = (literal: GateLiteral): boolean => literal.text.charCodeAt(0) < 0x80;
  const entries: IndexEntryLists = {
    phrase: () => [
      ...ordered.flatMap((compiled, owner) => (compiled.phraseLiterals ?? []).map((literal) => ({ owner, literal }))),
      ...gateLiterals.flatMap((literal, number) => (startsWord(literal) ? [{ owner: gateOwnerBase + number, literal: literal.text }] : [])),
    ],
    stem: () => ordered.flatMap((compiled, owner) => compiled.stemLiterals.map((literal) => ({ owner, literal }))),
    literal: () => gateLiterals.flatMap((literal, owner) => (startsWord(literal) || inAutomaton(literal) ? [] : [{ owner, literal: literal.text }])),
    automaton: () => gateLiterals.flatMap((literal, owner) => (startsWord(literal) || !inAutomaton(literal) ? [] : [{ owner, literal: literal.text }])),
  };
  return {
    version,
    rules,
    baseRules: ordered,
    patterns,
    gateLiterals,
    gateOwnerBase,
    gateCount: gates.length,
    entries,
    imagePhrases: image ? () => ordered.flatMap((compiled) => phrasesInImage(compiled.rule.id)) : null,
  };
}

/** The folded phrases an image holds, by rule id (`ordered`: the base rules in owner order). */
function phrasesById(image: RuleSetImage, ordered: readonly CompiledBaseRule[]): Map<string, readonly string[]> {
  const byId = new Map<string, readonly string[]>(Object.entries(image.unindexed));
  for (const [owner, literals] of literalsOfImage(image.phraseIndex)) {
    const compiled = ordered[owner];
    if (compiled !== undefined) byId.set(compiled.rule.id, literals);
  }
  return byId;
}

/**
 * A gate literal as the runtime checks it. Leading spaces and hyphens are dropped (the index keys a literal from its
 * first other character): " a day" becomes "a day" at a word start, which any text holding " a day" satisfies.
 */
function gateLiteral(gate: number, written: string, boundaries: number): GateLiteral {
  const text = written.replace(/^[ -]+/u, '');
  const startsAfterSeparator = text.length < written.length && /^[A-Za-z0-9_]/u.test(text);
  return { gate, text, boundaries: startsAfterSeparator ? boundaries | WORD_START : boundaries };
}

/** One clause of a gated rule regex: its number in `gateLiterals`' `gate`, and the literals one of which it needs. */
interface GatedLiterals {
  owner: number;
  literals: LiteralClause;
}

// By built-in rule id, the clauses of each of its regexes in order (null: none). Only built-in rules read it.
const LITERALS_BY_RULE = requiredLiterals as unknown as Readonly<Record<string, readonly (readonly LiteralClause[] | null)[] | undefined>>;

/** What compiles a regex no one vouched for when no linear-time engine is given: a refusal. */
function refuseRegex(): never {
  throw new SyntaxError('no linear-time regex engine was given to run a regex the built-in rules do not hold');
}

/**
 * Compiles one base rule; its regexes on V8 when `untrusted` is null (audited rules), else on `untrusted`.
 * With its `shape` from an image, the rule's phrases are read (folded, stemmed, turned into regexes) only when a
 * text first needs them: the image already holds the indexes they would feed.
 */
function compileBaseRule(
  rule: ScannerRule,
  issues: RuleIssue[],
  gates: GatedLiterals[],
  untrusted: ((source: string, flags: string) => TextMatcher) | null,
  fromImage?: { shape: number | undefined; stems: readonly string[] | undefined; phrases: () => readonly string[] },
): CompiledBaseRule | null {
  const shape = fromImage?.shape;
  const regexesChecked = untrusted === null;
  const match = rule.match;
  if (match === undefined) return null;
  const patternRegexes: TextMatcher[] = [];
  const patternGates: (readonly number[] | null)[] = [];
  for (const [index, pattern] of (match.patterns ?? []).entries()) {
    const flags = `gu${pattern.flags ?? ''}`;
    const path = ['match', 'patterns', index, 'regex'];
    try {
      // Folded like the text it runs on, where the Korean initials of slang (ㅌㄹ, ㄱㄱ) are conjoining jamo.
      const source = foldKoreanLettersInRegex(pattern.regex);
      patternRegexes.push(untrusted === null ? new RegExp(source, flags) : untrusted(source, flags));
      const clauses = regexesChecked ? LITERALS_BY_RULE[rule.id]?.[index] : undefined;
      if (clauses === undefined || clauses === null) patternGates.push(null);
      else {
        // Every clause must hold for the regex to run: one gate number per clause.
        patternGates.push(clauses.map((literals) => {
          gates.push({ owner: gates.length, literals });
          return gates.length - 1;
        }));
      }
    } catch (error) {
      issues.push({ ruleId: rule.id, path, message: `regex /${pattern.regex}/ refused: ${(error as Error).message}` });
    }
  }
  const common = {
    kind: 'rule' as const,
    rule,
    patternRegexes,
    patternGates,
    facts: match.facts ?? [],
    negatable: match.negatable ?? false,
    fields: match.fields ? new Set(match.fields) : null,
  };
  if (shape === undefined) {
    const phrases = phrasesOf(foldedPhrases(match));
    const stems = ruleStems(match);
    return {
      ...common,
      phraseRegex: phrases.phraseRegex(),
      phraseAt: phrases.phraseAt,
      phraseLiterals: phrases.phraseLiterals,
      stemRegex: stems.stemRegex(),
      stemAt: stems.stemAt,
      stemLiterals: stems.stemLiterals,
    };
  }
  // Phrases and stems apart: most texts that reach a rule's phrases never reach its stems, or the reverse.
  let phrases: RulePhrases | undefined;
  let stems: RuleStems | undefined;
  // With an image, the phrases are the image's (the rule itself may carry none).
  const readPhrases = (): RulePhrases => (phrases ??= phrasesOf(fromImage === undefined ? foldedPhrases(match) : fromImage.phrases()));
  // A rule the image lists no stems for has none (the image lists every rule whose English phrases stem).
  const imageStems = fromImage === undefined ? undefined : (fromImage.stems ?? []);
  const readStems = (): RuleStems => (stems ??= imageStems === undefined ? ruleStems(match) : stemsOf([...imageStems]));
  let phraseRegex: RegExp | null | undefined;
  let stemRegex: RegExp | null | undefined;
  return {
    ...common,
    get phraseRegex() {
      return (phraseRegex ??= (shape & PHRASES) !== 0 ? readPhrases().phraseRegex() : null);
    },
    phraseAt: (shape & INDEXABLE) !== 0 ? lazyAlternation(() => readPhrases().phraseAt) : null,
    get phraseLiterals() {
      return readPhrases().phraseLiterals;
    },
    get stemRegex() {
      return (stemRegex ??= (shape & STEMS) !== 0 ? readStems().stemRegex() : null);
    },
    stemAt: (shape & STEMS) !== 0 ? lazyAlternation(() => readStems().stemAt) : null,
    get stemLiterals() {
      return readStems().stemLiterals;
    },
  };
}

/** What a rule's phrases compile to; the regex over all of them is made on request. */
interface RulePhrases {
  phraseRegex(): RegExp | null;
  phraseAt: FirstCharAlternation | null;
  phraseLiterals: string[] | null;
}

/**
 * A rule's phrases folded, each once, ordered by index key (without separators) and then by phrase in code unit
 * order: the order an image lists them in, so that a rule compiled from its image and one compiled from its own
 * phrases try the same alternatives in the same order.
 */
function foldedPhrases(match: ScannerRule['match']): string[] {
  const folded = [...new Set(Object.values(match?.phrases ?? {}).flat().map(foldPhrase))];
  const keyed = folded.map((phrase) => ({ phrase, key: withoutSeparators(phraseIndexKey(phrase)) }));
  return keyed.sort((a, b) => byCodeUnits(a.key, b.key) || byCodeUnits(a.phrase, b.phrase)).map(({ phrase }) => phrase);
}

/** What a rule's folded phrases (see `foldedPhrases`) compile to. */
function phrasesOf(folded: readonly string[]): RulePhrases {
  // Longest first, so that alternation prefers "free flight ticket" over "free flight".
  const alternatives = phraseAlternatives(folded);
  const phraseSource = alternatives.map(({ source }) => source).join('|');
  const literals = [...new Set(folded.map(phraseIndexKey))];
  // A phrase that starts with a separator would be keyed one character late: such a rule keeps the plain scan.
  const indexable = literals.every((literal) => /^[^ -]/u.test(literal));
  return {
    phraseRegex: () => (alternatives.length > 0 ? new RegExp(phraseSource, 'gu') : null),
    phraseAt: alternatives.length > 0 && indexable ? createFirstCharAlternation(alternatives) : null,
    phraseLiterals: indexable ? literals : null,
  };
}

/** What a rule's English phrases compile to as word stems; the regex over all of them is made on request. */
interface RuleStems {
  stemRegex(): RegExp | null;
  stemAt: FirstCharAlternation | null;
  stemLiterals: string[];
}

function ruleStems(match: NonNullable<ScannerRule['match']>): RuleStems {
  return stemsOf([...new Set((match.phrases?.en ?? []).map(stemPhrase).filter((stem) => stem !== null))]);
}

/** What a rule's stemmed English phrases (each once, in phrase order) compile to. */
function stemsOf(stemmed: string[]): RuleStems {
  const stemAlternatives = stemmed.map((stem) => ({ source: escapeRegex(stem), literal: stem })).sort((a, b) => b.source.length - a.source.length);
  const stemSource = stemAlternatives.map(({ source }) => source).join('|');
  return {
    stemRegex: () => (stemmed.length > 0 ? new RegExp(stemSource, 'gu') : null),
    stemAt: stemmed.length > 0 ? createFirstCharAlternation(stemAlternatives) : null,
    stemLiterals: stemmed,
  };
}

/** A first-character alternation made on its first use, from a rule's phrases read then. */
function lazyAlternation(make: () => FirstCharAlternation | null): FirstCharAlternation {
  let made: FirstCharAlternation | null | undefined;
  return {
    at(code) {
      made ??= make();
      return made?.at(code);
    },
  };
}

/**
 * The folded phrases' regex sources in the order of the rule's phrase alternation (each source once, longest first), with
 * the folded phrase each comes from.
 */
function phraseAlternatives(folded: readonly string[]): { source: string; literal: string }[] {
  const bySource = new Map<string, string>();
  for (const literal of folded) {
    const source = foldedPhrasePattern(literal);
    if (!bySource.has(source)) bySource.set(source, literal);
  }
  return [...bySource].map(([source, literal]) => ({ source, literal })).sort((a, b) => b.source.length - a.source.length);
}

/**
 * A disguise condition reads the evidence of the rules that fired before it (a disguised word counts inside a
 * hit), so rules with one run after all others, in their own order.
 */
function readersOfHitsLast(baseRules: readonly CompiledBaseRule[]): CompiledBaseRule[] {
  const readsHits = (compiled: CompiledBaseRule): boolean => compiled.facts.some((condition) => condition.fact === 'disguise');
  return [...baseRules.filter((compiled) => !readsHits(compiled)), ...baseRules.filter(readsHits)];
}

/** Every id a condition names; with `positiveOnly`, leaves out the ids under `not`. */
export function referencedIds(condition: RuleCondition, positiveOnly = false): string[] {
  const collect = (part: RuleCondition): string[] => referencedIds(part, positiveOnly);
  if (typeof condition === 'string') return [condition];
  if ('all' in condition) return condition.all.flatMap(collect);
  if ('any' in condition) return condition.any.flatMap(collect);
  if ('not' in condition) return positiveOnly ? [] : collect(condition.not);
  return condition.of.flatMap(collect);
}

function orderPatterns(patternRules: readonly ScannerRule[], issues: RuleIssue[]): CompiledPattern[] {
  const byId = new Map(patternRules.map((rule) => [rule.id, rule]));
  const ordered: CompiledPattern[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (rule: ScannerRule, trail: string[]): void => {
    const seen = state.get(rule.id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      issues.push({ ruleId: rule.id, path: ['when'], message: `patterns form a cycle: ${[...trail, rule.id].join(' -> ')}` });
      return;
    }
    state.set(rule.id, 'visiting');
    const when = rule.when as RuleCondition;
    for (const id of referencedIds(when)) {
      const dependency = byId.get(id);
      if (dependency) visit(dependency, [...trail, rule.id]);
    }
    state.set(rule.id, 'done');
    ordered.push({ kind: 'pattern', rule, when, evidenceFrom: [...new Set(referencedIds(when, true))] });
  };

  for (const rule of patternRules) visit(rule, []);
  return ordered;
}
