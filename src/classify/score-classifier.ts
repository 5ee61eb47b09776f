import type { FieldText } from '../extract/field-text';
import type { LurescanModel } from './classifier-model';
import { classifierToken } from './classifier-tokens';
import { forEachWord } from './for-each-word';
import { CLASSIFIER_FIELDS } from './posting-features';

export interface ClassifierTerm {
  term: string;
  weight: number;
}

/**
 * A model's classifier ready to score. Terms live in Maps (so a term such as "constructor" is never an inherited
 * key), word pairs as a Map per first word, so that scoring never builds a pair string.
 */
export interface PreparedClassifier {
  bias: number;
  readonly unigrams: ReadonlyMap<string, number>;
  readonly bigrams: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  /** Per term, the number of the last scoring that counted it: a term counts once per posting, with no Set to build. */
  readonly seenIn: Uint32Array;
  scorings: number;
  /** What the model knows of each word seen so far, so that a word costs one lookup. */
  readonly words: Map<string, KnownWord>;
}

/** A word of a posting as the model sees it: its token, its own term, and the terms it starts as a first word. */
interface KnownWord {
  token: string;
  term: number | undefined;
  pairs: ReadonlyMap<string, number> | undefined;
}

/** Distinct words remembered per model before the memory is dropped whole. */
const MAX_WORDS = 100_000;

export function prepareClassifier(classifier: LurescanModel['classifier']): PreparedClassifier {
  const terms = Object.keys(classifier.terms);
  const weights = Float64Array.from(terms, (term) => classifier.terms[term] as number);
  const unigrams = new Map<string, number>();
  const bigrams = new Map<string, Map<string, number>>();
  terms.forEach((term, index) => {
    const space = term.indexOf(' ');
    if (space < 0) {
      unigrams.set(term, index);
      return;
    }
    const first = term.slice(0, space);
    const seconds = bigrams.get(first) ?? new Map<string, number>();
    seconds.set(term.slice(space + 1), index);
    bigrams.set(first, seconds);
  });
  return { bias: classifier.bias, unigrams, bigrams, terms, weights, seenIn: new Uint32Array(terms.length), scorings: 0, words: new Map() };
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
  const scoring = model.scorings;
  const { weights, seenIn } = model;
  let logOdds = model.bias;
  const present: number[] = [];
  const count = (index: number | undefined): void => {
    if (index === undefined || seenIn[index] === scoring) return;
    seenIn[index] = scoring;
    logOdds += weights[index] as number;
    present.push(index);
  };

  for (const field of fields) {
    if (!CLASSIFIER_FIELDS.has(field.field)) continue;
    let pairsFromPrevious: ReadonlyMap<string, number> | undefined;
    forEachWord(field.text.folded, (text) => {
      const word = knownWord(model, text);
      count(word.term);
      if (pairsFromPrevious !== undefined) count(pairsFromPrevious.get(word.token));
      pairsFromPrevious = word.pairs;
    });
  }

  return { logOdds, terms: strongest(present, model, topTerms).map((index) => ({ term: model.terms[index] as string, weight: weights[index] as number })) };
}

function knownWord(model: PreparedClassifier, text: string): KnownWord {
  let word = model.words.get(text);
  if (word === undefined) {
    const token = classifierToken(text);
    word = { token, term: model.unigrams.get(token), pairs: model.bigrams.get(token) };
    if (model.words.size >= MAX_WORDS) model.words.clear();
    model.words.set(text, word);
  }
  return word;
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
