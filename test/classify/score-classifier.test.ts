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
    reference: -3,
    fullCoverage: 0.5,
    fullWords: 20,
    terms: { earn: 0.8, 'per dai': 0.6, 'data entri': 0.5, engin: -0.4, constructor: 0.3 },
  });

  it('adds the weight of each present term once, stems included', () => {
    const result = scoreClassifier(classifier, fieldsOf('Data entry: earn $400 per day. Earn more, earning daily.'));
    expect(result.logOdds).toBeCloseTo(-2 + 0.8 + 0.6 + 0.5, 10);
    expect(result.terms.map((term) => term.text)).toEqual(['earn', 'per day', 'Data entry']);
  });

  it('quotes each term as the ad writes it, at its first occurrence, with a span into the original field', () => {
    const posting = { title: 'DATA  Entry clerk', description: 'Earnings: you EARN per day.' };
    const result = scoreClassifier(classifier, fieldsOf(posting));
    expect(result.terms.map(({ text, evidence }) => [text, evidence.field, 'start' in evidence ? evidence.start : -1, 'end' in evidence ? evidence.end : -1])).toEqual([
      ['Earnings', 'description', 0, 8],
      ['per day', 'description', 19, 26],
      ['DATA  Entry', 'title', 0, 11],
    ]);
  });

  it('weighs metadata values as terms and quotes them whole, without counting them toward coverage', () => {
    const withMetadata = prepareClassifier({ bias: 0, reference: 0, fullCoverage: 1, fullWords: 20, terms: { '@industry=oil & energy': 1.5, earn: 0.5 } });
    const result = scoreClassifier(withMetadata, fieldsOf({ description: 'Earn more' }), { description: 'Earn more', industry: ' Oil  &  Energy ' });
    expect(result.logOdds).toBeCloseTo(2, 10);
    expect(result.terms[0]).toEqual({ text: ' Oil  &  Energy ', weight: 1.5, evidence: { field: 'industry', text: ' Oil  &  Energy ' } });
    expect(result.coverage).toBe(0.5);
  });

  it('weighs a blank salary, requirements or benefits field of a structured posting, never of a raw ad', () => {
    const model = prepareClassifier({ bias: 0, reference: 0, fullCoverage: 1, fullWords: 20, terms: { '@requirements=empty': 0.75, '@salary=empty': -0.25, '@benefits=empty': 0.5 } });
    const posting = { title: 'Clerk', description: 'Earn more', benefits: 'Dental', salary: '  ' };
    const result = scoreClassifier(model, fieldsOf(posting), posting);
    expect(result.logOdds).toBeCloseTo(0.5, 10);
    expect(result.terms.map(({ text, evidence }) => [text, evidence])).toEqual([
      ['', { field: 'requirements', text: '' }],
      ['  ', { field: 'salary', text: '  ' }],
    ]);
    const raw = { text: 'Clerk. Earn more' };
    expect(scoreClassifier(model, fieldsOf(raw), raw).logOdds).toBe(0);
  });

  it('weighs a location by its levels, country first, and quotes the whole location', () => {
    const model = prepareClassifier({ bias: 0, reference: 0, fullCoverage: 1, fullWords: 20, terms: { '@location=us': -0.5, '@location=us, tx': 1.25, '@location=us, tx, houston': 0.5 } });
    const posting = { description: 'Earn more', location: 'US, TX, Houston' };
    const result = scoreClassifier(model, fieldsOf(posting), posting);
    expect(result.logOdds).toBeCloseTo(1.25, 10);
    expect(result.terms[0]).toEqual({ text: 'US, TX, Houston', weight: 1.25, evidence: { field: 'location', text: 'US, TX, Houston' } });
    // An empty level ends the hierarchy: "US, , Houston" is a place in the US, not the Houston of Texas.
    const gap = { description: 'Earn more', location: 'US, , Houston' };
    expect(scoreClassifier(model, fieldsOf(gap), gap).logOdds).toBeCloseTo(-0.5, 10);
    expect(scoreClassifier(model, fieldsOf('Earn more in US, TX, Houston')).logOdds).toBe(0);
  });

  it('measures coverage as the share of letters and digits in words it knows', () => {
    expect(scoreClassifier(classifier, fieldsOf('earn earn')).coverage).toBe(1);
    expect(scoreClassifier(classifier, fieldsOf('earn xxxx')).coverage).toBe(0.5);
    expect(scoreClassifier(classifier, fieldsOf('earn xxxx earn per day')).knownWords).toBe(4);
    expect(scoreClassifier(classifier, fieldsOf('兼职打字员')).coverage).toBe(0);
  });

  it('reads only the ad fields, not the company profile', () => {
    const withProfile = scoreClassifier(classifier, fieldsOf({ title: 'Engineer', companyProfile: 'Earn per day with us' }));
    expect(withProfile.logOdds).toBeCloseTo(-2 - 0.4, 10);
  });

  it('treats an inherited key such as "constructor" as a term like any other, never as a prototype property', () => {
    expect(scoreClassifier(classifier, fieldsOf('constructor wanted')).logOdds).toBeCloseTo(-1.7, 10);
    const bare = prepareClassifier({ bias: 0, reference: 0, fullCoverage: 1, fullWords: 20, terms: {} });
    expect(scoreClassifier(bare, fieldsOf('toString valueOf __proto__ constructor')).logOdds).toBe(0);
  });

  it('stays finite on ads of any length: a sum of log-odds cannot underflow as a product of probabilities does', () => {
    const model = prepareClassifier(LurescanModelSchema.parse(builtinModel).classifier);
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

  it('holds weights for terms only, no training text: every key is at most a stemmed word pair, or a metadata value', () => {
    for (const term of Object.keys(builtinModel.classifier.terms)) {
      if (term.startsWith('@')) expect(term).toMatch(/^@(employmentType|industry|function|requiredExperience|requiredEducation|location|salary|requirements|benefits)=.{1,80}$/u);
      else expect(term.split(' ').length).toBeLessThanOrEqual(2);
    }
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
    const model = prepareClassifier(LurescanModelSchema.parse(builtinModel).classifier);
    const terms = new Map(Object.entries(builtinModel.classifier.terms));
    const words = fc.constantFrom('earn', 'per', 'day', 'data', 'entry', 'work', 'from', 'home', 'no', 'experience', '350', 'the', 'engineer', 'visa', 'tm', 'apply', 'link', 'below');
    const text = fc.oneof(fc.array(words, { maxLength: 60 }).map((list) => list.join(' ')), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(text, text, (description, title) => {
        const posting = { title: `${title} x`, description: `${description} y`, industry: title.slice(0, 20), location: description.slice(0, 30) };
        const fields = fieldsOf(posting);
        let expected = builtinModel.classifier.bias;
        for (const term of postingFeatures(fields, posting).features) expected += terms.get(term) ?? 0;
        expect(scoreClassifier(model, fields, posting).logOdds).toBeCloseTo(expected, 9);
      }),
      { numRuns: 300 },
    );
  });
});
