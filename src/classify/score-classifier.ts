import type { FieldText } from '../extract/field-text';
import type { LurescanModel } from './classifier-model';
import { postingFeatures } from './posting-features';

export interface ClassifierTerm {
  term: string;
  weight: number;
}

/** A model's classifier ready to score: terms in a Map, so a term such as "constructor" is never an inherited key. */
export interface PreparedClassifier {
  bias: number;
  terms: ReadonlyMap<string, number>;
}

export function prepareClassifier(classifier: LurescanModel['classifier']): PreparedClassifier {
  return { bias: classifier.bias, terms: new Map(Object.entries(classifier.terms)) };
}

export interface ClassifierResult {
  /** The classifier's own log-odds of fraud at the training base rate. */
  logOdds: number;
  /** The terms present in the posting that moved the score most, either way, strongest first. */
  terms: ClassifierTerm[];
}

/** Scores the posting's text with the model's term weights: a sum in log space, so no length can underflow it. */
export function scoreClassifier(model: PreparedClassifier, fields: readonly FieldText[], topTerms = 5): ClassifierResult {
  let logOdds = model.bias;
  const present: ClassifierTerm[] = [];
  for (const term of postingFeatures(fields)) {
    const weight = model.terms.get(term);
    if (weight === undefined) continue;
    logOdds += weight;
    present.push({ term, weight });
  }
  present.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.term < b.term ? -1 : 1));
  return { logOdds, terms: present.slice(0, topTerms) };
}
