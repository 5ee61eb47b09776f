import { createRequire } from 'node:module';

interface BayesClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}

/**
 * natural's BayesClassifier, loaded by file path (not all of natural), trained on the same ads it then classifies:
 * the reference the speed targets are set against.
 */
export function measureBayesReference(rows: readonly { text: string; fraudulent: number }[], rounds: number): { perSecond: number } {
  const require = createRequire(import.meta.url);
  const Bayes = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => BayesClassifier;
  const classifier = new Bayes();
  for (const row of rows) classifier.addDocument(row.text, row.fraudulent === 1 ? 'fraud' : 'honest');
  classifier.train();
  const passes = Math.max(1, Math.round(rounds / 5));
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) for (const row of rows) classifier.classify(row.text);
  return { perSecond: ((rows.length * passes) / (performance.now() - started)) * 1000 };
}
