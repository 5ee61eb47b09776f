import { describe, expect, it } from 'vitest';
import { createScanner, safeScore } from '../../src/index';
import { VERDICT_LIMITS } from '../../src/explain/build-verdict';

const scanner = createScanner({ model: null });

describe('a verdict is bounded, and says what it cut', () => {
  it('keeps at most VERDICT_LIMITS facts of each kind from a 64 KiB posting of contacts', () => {
    const posting = Array.from({ length: 3_000 }, (_, index) => `hr${index}@jobs${index}.com`).join(' ').slice(0, 64 * 1024);
    const verdict = scanner.score(posting);
    expect(verdict.extracted.contacts.length).toBe(VERDICT_LIMITS.factsPerKind);
    expect(verdict.capped).toContainEqual({ list: 'extracted.contacts', kept: VERDICT_LIMITS.factsPerKind, found: expect.any(Number) });
    expect(verdict.capped?.find((cut) => cut.list === 'extracted.contacts')?.found).toBeGreaterThan(1_000);
    expect(JSON.stringify(verdict).length).toBeLessThan(200_000);
    for (const flag of verdict.flags) expect(flag.evidence.length).toBeLessThanOrEqual(VERDICT_LIMITS.evidencePerFlag);
  });

  it('cuts nothing, and says nothing, on an ordinary ad', () => {
    expect(scanner.score('Cook wanted in Leeds, apply at jobs@example.com')).not.toHaveProperty('capped');
  });
});

describe('safeScore never throws, on any value', () => {
  it.each([
    ['a throwing getter', { get title(): string { throw new Error('boom'); } }],
    ['a proxy whose traps throw', new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } })],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()],
    ['a getter that throws a non-Error with a throwing toString', { get text(): string { throw { toString: () => { throw new Error('again'); } }; } }],
  ])('%s is an invalid posting, not a throw', (_name, value) => {
    const result = safeScore(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.name).toBe('PostingValidationError');
  });
});
