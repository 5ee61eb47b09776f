import type { FirstCharAlternation } from './first-char-alternation';
import type { LiteralAutomaton } from './literal-automaton';
import type { WordPhraseIndex } from './word-phrase-index';
import type { PhraseIndex } from './phrase-index';
import type { TextField } from '../posting/posting-schema';
import type { TextMatcher } from './text-matcher';
import type { FactCondition, ScannerRule, RuleCondition } from './rule-schema';

/** A base rule ready to run: its phrases and patterns compiled once into global regexes. */
export interface CompiledBaseRule {
  kind: 'rule';
  rule: ScannerRule;
  /** Every phrase of every language in one global regex over folded text; hits are checked for word boundaries. */
  phraseRegex: RegExp | null;
  /** `phraseRegex` as a sticky regex, run only where the rule set's phrase index says a phrase may start. */
  phraseAt: FirstCharAlternation | null;
  /** The phrases as they appear in folded text, for the rule set's phrase index; null when one cannot be indexed. */
  phraseLiterals: string[] | null;
  /** The rule's own regexes over folded text: V8's for built-in rules, the linear-time engine's for the others. */
  patternRegexes: TextMatcher[];
  /**
   * For each of `patternRegexes`, the gate numbers of its literal clauses (see `CompiledRuleSet.gateLiterals`): the
   * regex runs only on text where every one holds. Null for a regex that is always run.
   */
  patternGates: (readonly number[] | null)[];
  /** English phrases as word stems, matched on `StemmedText.stems` so inflected forms match too; null if none. */
  stemRegex: RegExp | null;
  /** `stemRegex` as a sticky regex, run only where the rule set's stem index says a stem phrase may start. */
  stemAt: FirstCharAlternation | null;
  stemLiterals: string[];
  facts: FactCondition[];
  negatable: boolean;
  /** Fields read on a structured posting; null reads them all. */
  fields: ReadonlySet<TextField> | null;
}

/** A combination pattern: a condition over the ids of rules that fired. */
export interface CompiledPattern {
  kind: 'pattern';
  rule: ScannerRule;
  when: RuleCondition;
  /** Ids the condition names positively: their evidence becomes the pattern's evidence. */
  evidenceFrom: string[];
}

export interface CompiledRuleSet {
  version: string;
  rules: readonly ScannerRule[];
  baseRules: readonly CompiledBaseRule[];
  /**
   * Where, in folded text, the phrases of each base rule (by index in `baseRules`) may start, and the gate literals
   * that must start a word (owner `gateOwnerBase` + their index in `gateLiterals`).
   */
  phraseIndex: PhraseIndex;
  /** Where, in stemmed text, the English stem phrases of each base rule may start. */
  stemIndex: WordPhraseIndex;
  /** Where, in folded text, each other gate literal that starts with a non-ASCII character (owner: its index in `gateLiterals`) may start. */
  literalIndex: PhraseIndex;
  /** Where, in folded text, each other gate literal that starts with an ASCII character (owner: as above) occurs. */
  literalAutomaton: LiteralAutomaton;
  gateOwnerBase: number;
  /** Every literal of every gate clause: its gate number, its text and the word boundaries it needs. */
  gateLiterals: readonly GateLiteral[];
  /** How many gate numbers `patternGates` use. */
  gateCount: number;
  /** In dependency order: a pattern comes after every pattern it names. */
  patterns: readonly CompiledPattern[];
  /** Every text the rules look for (see `ruleVocabulary`), their phrases read from the image when compiled with one. */
  vocabulary(): string[];
}


/** A literal that opens gate `gate` where the folded text holds it with the `boundaries` (see required-literal.ts). */
export interface GateLiteral {
  gate: number;
  text: string;
  boundaries: number;
}
