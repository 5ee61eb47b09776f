import { describe, expect, it } from 'vitest';
import { createScanner } from '../src/index';

describe('scanner.safeExtract', () => {
  const scanner = createScanner();

  it('extracts the facts the verdict carries, without scoring', () => {
    const ad = 'Work in Sihanoukville, $1,500/month, free flight. Telegram @hr_kh or WhatsApp +855 12 345 678';
    const extracted = scanner.safeExtract(ad);
    expect(extracted).toEqual({ success: true, facts: scanner.score(ad).extracted });
  });

  it('returns the validation error of an invalid posting', () => {
    const result = scanner.safeExtract({ title: 42 });
    expect(result.success).toBe(false);
  });
});
