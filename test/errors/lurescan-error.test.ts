import { describe, expect, it } from 'vitest';
import { createScanner, isLurescanError, LurescanError, ModelError, PostingValidationError, RuleSetError, score } from '../../src/index';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('LurescanError', () => {
  it('is the base of a posting error thrown by score, which keeps its issues', () => {
    const error = thrown(() => score({ title: 42 } as never));
    expect(error).toBeInstanceOf(PostingValidationError);
    expect(error).toBeInstanceOf(LurescanError);
    expect(error).toBeInstanceOf(Error);
    const posting = error as PostingValidationError;
    expect(posting.code).toBe('INVALID_POSTING');
    expect(posting.name).toBe('PostingValidationError');
    expect(posting.issues[0]?.path).toEqual(['title']);
  });

  it('is the base of a rule error thrown by createScanner, which keeps its rule id', () => {
    const rule = { id: 'custom.bad', category: 'fees', severity: 'high', title: 'Bad', explanation: 'Bad.', when: { phrases: [] } };
    const error = thrown(() => createScanner({ rules: [rule as never] }));
    expect(error).toBeInstanceOf(RuleSetError);
    expect(error).toBeInstanceOf(LurescanError);
    const rules = error as RuleSetError;
    expect(rules.code).toBe('INVALID_RULES');
    expect(rules.issues.length).toBeGreaterThan(0);
  });

  it('is the base of a model error thrown by createScanner, which keeps its issues', () => {
    const error = thrown(() => createScanner({ model: { version: 'nonsense' } as never }));
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toBeInstanceOf(LurescanError);
    const model = error as ModelError;
    expect(model.code).toBe('INVALID_MODEL');
    expect(model.name).toBe('ModelError');
    expect(model.issues.length).toBeGreaterThan(0);
  });

  it('gives each error its own code and name', () => {
    const errors = [
      new PostingValidationError([{ path: [], message: 'x' }]),
      new RuleSetError([{ ruleId: 'a.b', path: [], message: 'x' }]),
      new ModelError([{ path: [], message: 'x' }]),
    ];
    expect(new Set(errors.map((error) => error.code)).size).toBe(3);
    expect(errors.map((error) => error.name)).toEqual(['PostingValidationError', 'RuleSetError', 'ModelError']);
    expect(errors.every(isLurescanError)).toBe(true);
  });

  it('tells lurescan errors from others, also one from another copy of the package', () => {
    const foreign = Object.assign(new Error('Invalid rules'), { code: 'INVALID_RULES' });
    expect(isLurescanError(foreign)).toBe(true);
    expect(isLurescanError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isLurescanError(new TypeError('x'))).toBe(false);
    expect(isLurescanError({ code: 'INVALID_RULES' })).toBe(false);
  });
});
