import { type FieldText } from '../posting/field-text';
import { evidenceAt } from '../extract/evidence-at';
import type { Evidence } from '../posting/evidence';
import type { LurescanModel } from './classifier-model';
import type { JobPosting } from '../posting/posting-schema';
import { metadataTerms, type MetadataField } from './metadata-terms';
import { stemFolded } from '../normalise/stemmed-text';
import { classifierToken } from './classifier-tokens';
import { CLASSIFIER_FIELDS } from './posting-features';

/** A word or word pair the classifier weighed, as the ad writes it. */
export interface ClassifierTerm {
  /** The words as written in the ad, at their first occurrence (e.g. "Front Office" for the stems `front offic`). */
  text: string;
  /** Log-odds the term adds to the classifier's own log-odds: positive reads as fraud, negative as honest. */
  weight: number;
  /**
   * Where the words are: `posting[field].slice(start, end) === text`; for a metadata value (an industry, a
   * function...), the field it fills: `posting[field] === text`.
   */
  evidence: Evidence | MetadataEvidence;
}

/** A whole metadata value the classifier weighed. */
export interface MetadataEvidence {
  field: MetadataField;
  text: string;
}

/**
 * A model's classifier ready to score, in compact arrays: the pipeline around the classifier churns through the CPU
 * caches, and a Map of objects per word cost three times as much there as on its own.
 * - `wordIds` numbers each word that occurs in a term (a Map, so "constructor" is never an inherited key);
 * - `wordTerm[id]` is the word's own term, or -1;
 * - pairs live in an open-addressing table keyed by `firstId * wordCount + secondId`, so no pair string is built.
 */
export interface PreparedClassifier {
  bias: number;
  reference: number;
  fullCoverage: number;
  fullWords: number;
  readonly wordIds: ReadonlyMap<string, number>;
  readonly wordTerm: Int32Array;
  readonly pairKeys: Float64Array;
  readonly pairTerms: Int32Array;
  /** Metadata terms (`@field=value`), by term. */
  readonly metadataTerms: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  /** Per term, the number of the last scoring that counted it: a term counts once per posting, with no Set to build. */
  readonly seenIn: Uint32Array;
  /**
   * Per term, where the last scoring first saw it, to quote it: the field's index (-1 for a metadata term) and the
   * first word's (the metadata position). Typed arrays written only on a first sighting: nothing to allocate.
   */
  readonly seenField: Int16Array;
  readonly seenWord: Int32Array;
  /** 1 for a word pair, whose span ends one word later. */
  readonly isPair: Uint8Array;
  scorings: number;
}

export function prepareClassifier(classifier: LurescanModel['classifier']): PreparedClassifier {
  const terms = Object.keys(classifier.terms);
  const weights = Float64Array.from(terms, (term) => classifier.terms[term] as number);
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return id;
  };
  const unigrams: [number, number][] = [];
  const pairs: [number, number, number][] = [];
  const metadata = new Map<string, number>();
  terms.forEach((term, index) => {
    if (term.startsWith('@')) {
      metadata.set(term, index);
      return;
    }
    const space = term.indexOf(' ');
    if (space < 0) unigrams.push([idOf(term), index]);
    else pairs.push([idOf(term.slice(0, space)), idOf(term.slice(space + 1)), index]);
  });
  return preparedOf(classifier, { terms, weights, wordIds, unigrams, pairs, metadata });
}

/**
 * A classifier's terms already split into words and numbered (`wordIds` in order of first appearance, as
 * `prepareClassifier` numbers them): what a compact model stores, so that loading it splits and hashes nothing.
 */
export interface ClassifierTermIds {
  terms: readonly string[];
  weights: Float64Array;
  wordIds: ReadonlyMap<string, number>;
  /** [word id, term index] */
  unigrams: readonly (readonly [number, number])[];
  /** [first word id, second word id, term index] */
  pairs: readonly (readonly [number, number, number])[];
  metadata: ReadonlyMap<string, number>;
}

export function preparedOf(scale: Omit<LurescanModel['classifier'], 'terms'>, ids: ClassifierTermIds): PreparedClassifier {
  const { terms, weights, wordIds, unigrams, pairs, metadata } = ids;
  const wordTerm = new Int32Array(wordIds.size).fill(-1);
  for (const [id, index] of unigrams) wordTerm[id] = index;
  const size = tableSize(pairs.length);
  const pairKeys = new Float64Array(size).fill(-1);
  const pairTerms = new Int32Array(size);
  const isPair = new Uint8Array(terms.length);
  for (const [first, second, index] of pairs) {
    const key = first * wordIds.size + second;
    let slot = pairSlot(key, size);
    while ((pairKeys[slot] as number) !== -1) slot = (slot + 1) & (size - 1);
    pairKeys[slot] = key;
    pairTerms[slot] = index;
    isPair[index] = 1;
  }
  return { bias: scale.bias, reference: scale.reference, fullCoverage: scale.fullCoverage, fullWords: scale.fullWords, wordIds, wordTerm, pairKeys, pairTerms, metadataTerms: metadata, terms, weights, seenIn: new Uint32Array(terms.length),
    seenField: new Int16Array(terms.length), seenWord: new Int32Array(terms.length), isPair, scorings: 0 };
}

/** A power of two at least twice `count`, so that probes stay short. */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

function pairSlot(key: number, size: number): number {
  return Math.imul(key | 0, 0x9e3779b1) >>> 0 & (size - 1);
}

/** The term of the pair (first, second), or -1. */
function pairTerm(model: PreparedClassifier, first: number, second: number): number {
  const key = first * model.wordIds.size + second;
  const size = model.pairKeys.length;
  for (let slot = pairSlot(key, size); ; slot = (slot + 1) & (size - 1)) {
    const found = model.pairKeys[slot] as number;
    if (found === key) return model.pairTerms[slot] as number;
    if (found === -1) return -1;
  }
}

export interface ClassifierResult {
  /** The classifier's own log-odds of fraud at the training base rate. */
  logOdds: number;
  /**
   * Share of the text the classifier knows, in [0, 1]: letters and digits of words in its vocabulary over those of
   * all words it read (0 for no words). English ads are mostly known; Chinese or Indonesian text mostly is not.
   */
  coverage: number;
  /** How many words (repeats included) are in its vocabulary. */
  knownWords: number;
  /** The terms present in the posting that moved the score most, either way, strongest first. */
  terms: ClassifierTerm[];
}

/**
 * Scores the posting's text with the model's term weights: a sum in log space, so no length can underflow it.
 * The same features as `postingFeatures` (each unigram and bigram once), found in one pass over the words.
 */
export function scoreClassifier(model: PreparedClassifier, fields: readonly FieldText[], posting?: JobPosting, topTerms = 5): ClassifierResult {
  // Scoring is synchronous, so one counter per model tells this posting's terms from the last one's.
  model.scorings = model.scorings === 0xffffffff ? 1 : model.scorings + 1;
  if (model.scorings === 1) model.seenIn.fill(0);
  const tally: Tally = { scoring: model.scorings, logOdds: model.bias, present: [] };
  let known = 0;
  let read = 0;
  let knownWords = 0;

  for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
    const field = fields[fieldIndex] as FieldText;
    if (!CLASSIFIER_FIELDS.has(field.field)) continue;
    // The matcher has already stemmed this field: its stems are the classifier's words, and they are the stem
    // cache's own strings, whose hashes V8 has already computed, so each lookup is cheap.
    const words = stemFolded(field.text).words;
    let previous = -1;
    for (let word = 0; word < words.length; word++) {
      const token = classifierToken(words[word] as string);
      read += token.length;
      const id = model.wordIds.get(token) ?? -1;
      if (id >= 0) {
        known += token.length;
        knownWords += 1;
        countTerm(model, tally, model.wordTerm[id] as number, fieldIndex, word);
        if (previous >= 0) countTerm(model, tally, pairTerm(model, previous, id), fieldIndex, word - 1);
      }
      previous = id;
    }
  }

  // Metadata values count as terms but not toward coverage: they are not text to read.
  const metadata = model.metadataTerms.size > 0 ? metadataTerms(posting) : [];
  metadata.forEach(({ term }, position) => countTerm(model, tally, model.metadataTerms.get(term) ?? -1, -1, position));

  const terms = strongest(tally.present, model, topTerms).map((index): ClassifierTerm => {
    const fieldIndex = model.seenField[index] as number;
    const first = model.seenWord[index] as number;
    const last = first + (model.isPair[index] as number);
    const weight = model.weights[index] as number;
    if (fieldIndex < 0) {
      const { field, value } = metadata[first] as (typeof metadata)[number];
      return { text: value, weight, evidence: { field, text: value } };
    }
    const field = fields[fieldIndex] as FieldText;
    const stemmed = stemFolded(field.text);
    const evidence = evidenceAt(field, stemmed.wordSpan(first).start, stemmed.wordSpan(last).end);
    return { text: evidence.text, weight, evidence };
  });
  return { logOdds: tally.logOdds, coverage: read === 0 ? 0 : known / read, knownWords, terms };
}

interface Tally {
  scoring: number;
  logOdds: number;
  present: number[];
}

/** Adds a term present in the posting, once per posting, noting where it first occurs so it can be quoted. */
function countTerm(model: PreparedClassifier, tally: Tally, index: number, field: number, word: number): void {
  if (index < 0 || model.seenIn[index] === tally.scoring) return;
  model.seenIn[index] = tally.scoring;
  model.seenField[index] = field;
  model.seenWord[index] = word;
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
