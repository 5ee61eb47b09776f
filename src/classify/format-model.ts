import type { LurescanModel } from './classifier-model';

/** A model as the text `lurescan train` writes: JSON with one term per line, so a retrained model diffs readably. */
export function formatModel(model: LurescanModel): string {
  const { classifier, ...rest } = model;
  const terms = Object.entries(classifier.terms)
    .map(([term, weight]) => `    ${JSON.stringify(term)}: ${weight}`)
    .join(',\n');
  const head = JSON.stringify({ ...rest, classifier: { bias: classifier.bias, terms: {} } }, null, 2);
  return `${head.replace('"terms": {}', terms.length > 0 ? `"terms": {\n${terms}\n    }` : '"terms": {}')}\n`;
}
