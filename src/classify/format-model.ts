import type { LurescanModel } from './classifier-model';

/** A model as the text `lurescan train` writes: JSON with one term per line, so a retrained model diffs readably. */
export function formatModel(model: LurescanModel): string {
  const { classifier, ...rest } = model;
  const { terms, ...scale } = classifier;
  const lines = Object.entries(terms)
    .map(([term, weight]) => `    ${JSON.stringify(term)}: ${weight}`)
    .join(',\n');
  const head = JSON.stringify({ ...rest, classifier: { ...scale, terms: {} } }, null, 2);
  return `${head.replace('"terms": {}', lines.length > 0 ? `"terms": {\n${lines}\n    }` : '"terms": {}')}\n`;
}
