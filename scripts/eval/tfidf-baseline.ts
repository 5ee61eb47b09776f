import { fitLogistic } from '../../src/classify/train/fit-logistic';
import type { SparseRow } from '../../src/classify/train/sparse-rows';
import { CLASSIFIER_FIELDS } from '../../src/classify/posting-features';
import type { LabelledPosting } from './datasets';

const textOf = (input: unknown): string =>
  typeof input === 'string'
    ? input
    : [...CLASSIFIER_FIELDS]
        .map((field) => (input as Record<string, unknown>)[field])
        .filter((value): value is string => typeof value === 'string')
        .join('\n');

const terms = (text: string): string[] => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)];
};

/**
 * The plain baseline issue 3 compares against: word unigrams and bigrams, sublinear TF-IDF, L2-normalised rows,
 * and an unweighted L2 logistic regression on the same fields the classifier reads. Returns a scoring function.
 */
export function tfidfBaseline(training: readonly LabelledPosting[], l2 = 1): (input: unknown) => number {
  const documents = training.map(({ input }) => terms(textOf(input)));
  const frequency = new Map<string, number>();
  for (const document of documents) for (const term of new Set(document)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const vocabulary = [...frequency.keys()].filter((term) => (frequency.get(term) as number) >= 2).sort();
  const index = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = vocabulary.map((term) => Math.log((1 + documents.length) / (1 + (frequency.get(term) as number))) + 1);
  const vectorise = (document: string[]): SparseRow => {
    const counts = new Map<number, number>();
    for (const term of document) {
      const i = index.get(term);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = [...counts.keys()].sort((a, b) => a - b);
    const values = indices.map((i) => (1 + Math.log(counts.get(i) as number)) * (idf[i] as number));
    const norm = Math.hypot(...values) || 1;
    return { indices: Int32Array.from(indices), values: Float64Array.from(values, (value) => value / norm) };
  };
  const fit = fitLogistic({
    rows: documents.map(vectorise),
    labels: training.map(({ positive }) => (positive ? 1 : 0) as 0 | 1),
    sampleWeights: new Float64Array(training.length).fill(1),
    dimension: vocabulary.length,
    l2,
  });
  return (input) => {
    const row = vectorise(terms(textOf(input)));
    let z = fit.bias;
    row.indices.forEach((i, k) => (z += (fit.weights[i] as number) * (row.values[k] as number)));
    return z;
  };
}
