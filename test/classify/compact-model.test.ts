import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import builtinModel from '../../src/classify/builtin/model.json';
import { LurescanModelSchema, type LurescanModel } from '../../src/classify/classifier-model';
import { compactModel, expandModel, prepareCompactClassifier } from '../../src/classify/compact-model';
import { prepareClassifier } from '../../src/classify/score-classifier';

const BUILTIN = LurescanModelSchema.parse(builtinModel);
const modelWith = (terms: Record<string, number>): LurescanModel => ({
  ...BUILTIN,
  classifier: { bias: -2.5, reference: -2.9, fullCoverage: 0.7, fullWords: 40, terms },
});

describe('compactModel', () => {
  it('keeps every weight of the built-in model exactly, as integers', () => {
    const model = BUILTIN;
    const compact = compactModel(model);
    expect(compact.classifier.scale).toBe(10_000);
    expect(compact.classifier.weights.every(Number.isInteger)).toBe(true);
    expect(expandModel(compact)).toEqual(model);
    // The words are stored once each: the compact form is well under the size of the model file.
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(model).length * 0.7);
  });

  it('prepares the built-in classifier exactly as prepareClassifier does', () => {
    const model = BUILTIN;
    expect(prepareCompactClassifier(compactModel(model).classifier)).toEqual(prepareClassifier(model.classifier));
  });

  it('keeps words, pairs, metadata terms and weights of any model, through JSON', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '工', '#', '1'), minLength: 1, maxLength: 4 });
    const term = fc.oneof(
      word,
      fc.tuple(word, word).map(([first, second]) => `${first} ${second}`),
      word.map((value) => `@industry=${value} and more`),
    );
    const weight = fc.oneof(fc.integer({ min: -30_000, max: 30_000 }).map((value) => value / 10_000), fc.double({ min: -5, max: 5, noNaN: true }))
      // A model comes as JSON, which has no -0.
      .map((value) => value + 0);
    fc.assert(
      fc.property(fc.dictionary(term, weight, { maxKeys: 30 }), (terms) => {
        const model = modelWith(terms);
        const compact = JSON.parse(JSON.stringify(compactModel(model))) as ReturnType<typeof compactModel>;
        expect(expandModel(compact)).toEqual(model);
        expect(prepareCompactClassifier(compact.classifier)).toEqual(prepareClassifier(model.classifier));
      }),
      { numRuns: 200 },
    );
  });

  it('stores weights as written when no power of ten makes them all integers', () => {
    const compact = compactModel(modelWith({ job: 1 / 3, visa: 0.25 }));
    expect(compact.classifier.scale).toBe(0);
    expect(expandModel(compact).classifier.terms).toEqual({ job: 1 / 3, visa: 0.25 });
  });
});
