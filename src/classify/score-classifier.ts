import type { FieldText } from '../extract/field-text';
import type { LurescanModel } from './classifier-model';
import { stemFolded } from '../normalise/stemmed-text';
import { numberToken } from './classifier-tokens';
import { CLASSIFIER_FIELDS } from './posting-features';

export interface ClassifierTerm {
  term: string;
  weight: number;
}

/**
 * A model's classifier ready to score: one Map entry per word (so a term such as "constructor" is never an
 * inherited key) holding the word's own term and the pairs it starts, so that scoring needs one lookup per word
 * and never builds a pair string.
 */
export interface PreparedClassifier {
  bias: number;
  readonly words: ReadonlyMap<string, WordTerms>;
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  /** Per term, the number of the last scoring that counted it: a term counts once per posting, with no Set to build. */
  readonly seenIn: Uint32Array;
  scorings: number;
}

/** What the model knows of one word: its own term (an index into `terms`), and the pairs it starts, by second word. */
interface WordTerms {
  term: number | undefined;
  pairs: Map<string, number> | undefined;
}

export function prepareClassifier(classifier: LurescanModel['classifier']): PreparedClassifier {
  const terms = Object.keys(classifier.terms);
  const weights = Float64Array.from(terms, (term) => classifier.terms[term] as number);
  const words = new Map<string, WordTerms>();
  const entry = (word: string): WordTerms => {
    let found = words.get(word);
    if (found === undefined) {
      found = { term: undefined, pairs: undefined };
      words.set(word, found);
    }
    return found;
  };
  terms.forEach((term, index) => {
    const space = term.indexOf(' ');
    if (space < 0) {
      entry(term).term = index;
      return;
    }
    const first = entry(term.slice(0, space));
    (first.pairs ??= new Map()).set(term.slice(space + 1), index);
  });
  return { bias: classifier.bias, words, terms, weights, seenIn: new Uint32Array(terms.length), scorings: 0 };
}

export interface ClassifierResult {
  /** The classifier's own log-odds of fraud at the training base rate. */
  logOdds: number;
  /** The terms present in the posting that moved the score most, either way, strongest first. */
  terms: ClassifierTerm[];
}

/**
 * Scores the posting's text with the model's term weights: a sum in log space, so no length can underflow it.
 * The same features as `postingFeatures` (each unigram and bigram once), found in one pass over the words.
 */
export function scoreClassifier(model: PreparedClassifier, fields: readonly FieldText[], topTerms = 5): ClassifierResult {
  // Scoring is synchronous, so one counter per model tells this posting's terms from the last one's.
  model.scorings = model.scorings === 0xffffffff ? 1 : model.scorings + 1;
  if (model.scorings === 1) model.seenIn.fill(0);
  const tally: Tally = { scoring: model.scorings, logOdds: model.bias, present: [] };

  for (const field of fields) {
    if (!CLASSIFIER_FIELDS.has(field.field)) continue;
    // The matcher has already stemmed this field: its stems are the classifier's words, and they are the stem
    // cache's own strings, whose hashes V8 has already computed, so each lookup is cheap.
    let pairsFromPrevious: ReadonlyMap<string, number> | undefined;
    for (const stem of stemFolded(field.text).words) {
      const token = numberToken(stem) ?? stem;
      if (pairsFromPrevious !== undefined) countTerm(model, tally, pairsFromPrevious.get(token));
      const known = model.words.get(token);
      if (known === undefined) {
        pairsFromPrevious = undefined;
        continue;
      }
      countTerm(model, tally, known.term);
      pairsFromPrevious = known.pairs;
    }
  }

  const strongestTerms = strongest(tally.present, model, topTerms);
  return { logOdds: tally.logOdds, terms: strongestTerms.map((index) => ({ term: model.terms[index] as string, weight: model.weights[index] as number })) };
}

interface Tally {
  scoring: number;
  logOdds: number;
  present: number[];
}

/** Adds a term present in the posting, once per posting. */
function countTerm(model: PreparedClassifier, tally: Tally, index: number | undefined): void {
  if (index === undefined || model.seenIn[index] === tally.scoring) return;
  model.seenIn[index] = tally.scoring;
  tally.logOdds += model.weights[index] as number;
  tally.present.push(index);
}

/** The `k` terms of largest absolute weight, ties by term, strongest first; a partial insertion, as k is small. */
function strongest(present: readonly number[], model: PreparedClassifier, k: number): number[] {
  const { weights, terms } = model;
  const before = (a: number, b: number): boolean => {
    const difference = Math.abs(weights[a] as number) - Math.abs(weights[b] as number);
    return difference > 0 || (difference === 0 && (terms[a] as string) < (terms[b] as string));
  };
  const top: number[] = [];
  for (const index of present) {
    if (top.length === k && !before(index, top[k - 1] as number)) continue;
    let position = Math.min(top.length, k - 1);
    top[position] = index;
    while (position > 0 && before(index, top[position - 1] as number)) {
      top[position] = top[position - 1] as number;
      top[position - 1] = index;
      position--;
    }
  }
  return top;
}
