import type { LurescanModel } from './classifier-model';
import { prepareClassifier, preparedOf, type PreparedClassifier } from './score-classifier';

/**
 * A model as the build ships it: the same weights as `LurescanModel`, with the terms split into numbered words and
 * the weights written as integers, so that loading it is two array reads instead of parsing 31,000 object keys
 * and hashing every word of every term again (most of what a scanner's first start spent on the classifier).
 * Lossless: `scale` is the smallest power of ten at which every weight is an integer (0 keeps them as written).
 */
export interface CompactModel extends Omit<LurescanModel, 'format' | 'classifier'> {
  format: 'lurescan-model-compact/1';
  /** The format of the model it was made from, given back by `expandModel`. */
  source: LurescanModel['format'];
  classifier: Omit<LurescanModel['classifier'], 'terms'> & {
    /** The words of the terms, one a line, numbered from 0 in order of first appearance. */
    words: string;
    /**
     * Per term, in the model's order, a number in base 36, comma-separated (a third of the size of JSON numbers): a
     * word's number for a single word; for a pair, words + first × words + second (words = the number of words);
     * for a metadata term, -1 - its place in `metadata`.
     */
    terms: string;
    metadata: string[];
    scale: number;
    /** Per term, its weight × scale. */
    weights: number[];
  };
}

const SCALES = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/** The compact form of `model` (at build time). */
export function compactModel(model: LurescanModel): CompactModel {
  const { format, classifier, ...rest } = model;
  const { terms, ...scale } = classifier;
  const prepared = prepareClassifier(classifier);
  const words = [...prepared.wordIds.keys()];
  if (words.some((word) => word.includes('\n'))) throw new Error('compactModel: a word holds a line break');
  const wordCount = words.length;
  const pairs = new Map<number, readonly [number, number]>();
  for (const [slot, index] of prepared.pairTerms.entries()) {
    const key = prepared.pairKeys[slot] as number;
    if (key !== -1) pairs.set(index, [Math.floor(key / wordCount), key % wordCount]);
  }
  const unigrams = new Map<number, number>();
  for (const [id, index] of prepared.wordTerm.entries()) if (index !== -1) unigrams.set(index, id);
  const metadata = [...prepared.metadataTerms.keys()];
  const metadataIndex = new Map(metadata.map((term, place) => [term, place]));
  const encoded = prepared.terms.map((term, index) => {
    const pair = pairs.get(index);
    if (pair !== undefined) return wordCount + pair[0] * wordCount + pair[1];
    const unigram = unigrams.get(index);
    if (unigram !== undefined) return unigram;
    return -1 - (metadataIndex.get(term) as number);
  });
  const values = Object.values(terms);
  const factor = SCALES.find((candidate) => values.every((weight) => Math.round(weight * candidate) / candidate === weight)) ?? 0;
  return {
    format: 'lurescan-model-compact/1',
    source: format,
    ...rest,
    classifier: {
      ...scale,
      words: words.join('\n'),
      terms: encoded.map((code) => code.toString(36)).join(','),
      metadata,
      scale: factor,
      weights: factor === 0 ? values : values.map((weight) => Math.round(weight * factor)),
    },
  };
}

/** The classifier of a compact model, ready to score: what `prepareClassifier` gives for the model it came from. */
export function prepareCompactClassifier(compact: CompactModel['classifier']): PreparedClassifier {
  const { words: wordLines, terms: termCodes, metadata: metadataTerms, scale, weights: stored, ...rest } = compact;
  const encoded = termCodes === '' ? [] : termCodes.split(',');
  const words = wordLines === '' ? [] : wordLines.split('\n');
  const wordIds = new Map<string, number>();
  for (const [id, word] of words.entries()) wordIds.set(word, id);
  const wordCount = words.length;
  const terms: string[] = new Array<string>(encoded.length);
  const unigrams: [number, number][] = [];
  const pairs: [number, number, number][] = [];
  const metadata = new Map<string, number>();
  for (let index = 0; index < encoded.length; index++) {
    const code = parseInt(encoded[index] as string, 36);
    if (code < 0) {
      const term = metadataTerms[-1 - code] as string;
      terms[index] = term;
      metadata.set(term, index);
    } else if (code < wordCount) {
      terms[index] = words[code] as string;
      unigrams.push([code, index]);
    } else {
      const first = Math.floor((code - wordCount) / wordCount);
      const second = (code - wordCount) % wordCount;
      terms[index] = `${words[first] as string} ${words[second] as string}`;
      pairs.push([first, second, index]);
    }
  }
  const weights = scale === 0 ? Float64Array.from(stored) : Float64Array.from(stored, (weight) => weight / scale);
  return preparedOf(rest, { terms, weights, wordIds, unigrams, pairs, metadata });
}

/** The model a compact one was made from, terms and all (for callers that want `LurescanModel` itself). */
export function expandModel(compact: CompactModel): LurescanModel {
  const { format: _format, source, classifier, ...rest } = compact;
  const prepared = prepareCompactClassifier(classifier);
  const { words: _words, terms: _terms, metadata: _metadata, scale: _scale, weights: _weights, ...scale } = classifier;
  const terms: Record<string, number> = {};
  prepared.terms.forEach((term, index) => {
    terms[term] = prepared.weights[index] as number;
  });
  return { format: source, ...rest, classifier: { ...scale, terms } };
}
