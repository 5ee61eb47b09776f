import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import builtinModel from '../../src/classify/builtin/model.json';
import { LurescanModelSchema } from '../../src/classify/classifier-model';
import { modelHash } from '../../src/classify/model-hash';
import { prepareClassifier, scoreClassifier } from '../../src/classify/score-classifier';
import { parsePosting } from '../../src/posting/parse-posting';

const fieldsOf = (input: unknown) => {
  const parsed = parsePosting(input);
  if (!parsed.success) throw parsed.error;
  return parsed.parsed.fields;
};

describe('scoreClassifier', () => {
  const classifier = prepareClassifier({
    bias: -2,
    terms: { earn: 0.8, 'per dai': 0.6, 'data entri': 0.5, engin: -0.4, constructor: 0.3 },
  });

  it('adds the weight of each present term once, stems included', () => {
    const result = scoreClassifier(classifier, fieldsOf('Data entry: earn $400 per day. Earn more, earning daily.'));
    expect(result.logOdds).toBeCloseTo(-2 + 0.8 + 0.6 + 0.5, 10);
    expect(result.terms.map((term) => term.term)).toEqual(['earn', 'per dai', 'data entri']);
  });

  it('reads only the ad fields, not the company profile', () => {
    const withProfile = scoreClassifier(classifier, fieldsOf({ title: 'Engineer', companyProfile: 'Earn per day with us' }));
    expect(withProfile.logOdds).toBeCloseTo(-2 - 0.4, 10);
  });

  it('treats an inherited key such as "constructor" as a term like any other, never as a prototype property', () => {
    expect(scoreClassifier(classifier, fieldsOf('constructor wanted')).logOdds).toBeCloseTo(-1.7, 10);
    const bare = prepareClassifier({ bias: 0, terms: {} });
    expect(scoreClassifier(bare, fieldsOf('toString valueOf __proto__ constructor')).logOdds).toBe(0);
  });

  it('stays finite on ads of any length: a sum of log-odds cannot underflow as a product of probabilities does', () => {
    const model = prepareClassifier(builtinModel.classifier);
    const long = 'Earn money from home, no experience, apply now via the link below. '.repeat(400);
    const result = scoreClassifier(model, fieldsOf(long));
    expect(Number.isFinite(result.logOdds)).toBe(true);
    expect(result.logOdds).toBeGreaterThan(model.bias);
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => Number.isFinite(scoreClassifier(model, fieldsOf(`${text} x`)).logOdds)),
      { numRuns: 200 },
    );
  });
});

describe('the built-in model', () => {
  it('is a valid model whose stamped hash is the hash of its content', () => {
    const model = LurescanModelSchema.parse(builtinModel);
    expect(model.hash).toBe(modelHash(model));
  });

  it('holds weights for terms only, no training text: every key is at most a stemmed word pair', () => {
    for (const term of Object.keys(builtinModel.classifier.terms)) expect(term.split(' ').length).toBeLessThanOrEqual(2);
  });

  it('changes its hash when any weight changes', () => {
    const model = LurescanModelSchema.parse(builtinModel);
    const changed = { ...model, combiner: { ...model.combiner, bias: model.combiner.bias + 0.0001 } };
    expect(modelHash(changed)).not.toBe(model.hash);
  });
});

describe('scoreClassifier and postingFeatures', () => {
  it('count exactly the same terms: training and scoring cannot drift apart', async () => {
    const { postingFeatures } = await import('../../src/classify/posting-features');
    const model = prepareClassifier(builtinModel.classifier);
    const terms = new Map(Object.entries(builtinModel.classifier.terms));
    const words = fc.constantFrom('earn', 'per', 'day', 'data', 'entry', 'work', 'from', 'home', 'no', 'experience', '350', 'the', 'engineer', 'visa', 'tm', 'apply', 'link', 'below');
    const text = fc.oneof(fc.array(words, { maxLength: 60 }).map((list) => list.join(' ')), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(text, text, (description, title) => {
        const fields = fieldsOf({ title: `${title} x`, description: `${description} y` });
        let expected = builtinModel.classifier.bias;
        for (const term of postingFeatures(fields)) expected += terms.get(term) ?? 0;
        expect(scoreClassifier(model, fields).logOdds).toBeCloseTo(expected, 9);
      }),
      { numRuns: 300 },
    );
  });
});
