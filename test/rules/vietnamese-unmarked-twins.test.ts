import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/scanner';

// Vietnamese SMS and chat are often typed without diacritics, and text typed mostly so is read without any
// (src/normalise/vietnamese-unmarked.ts): a Vietnamese phrase matches such text only through its unmarked twin.
const scanner = createScanner();

const unmarked = (phrase: string): string =>
  phrase
    .toLowerCase()
    .replaceAll('đ', 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');

// Phrases whose bare form is another everyday word: "bao vé" (tickets paid) bare is "bao ve", as is "bảo vệ" (a
// security guard, a common honest job); "bao ăn" and "bao ở" are "bảo an" (security); "ôm nợ" bare is "om no".
const NO_TWIN: ReadonlySet<string> = new Set(['ôm nợ', 'đơn ảo', 'bao vé', 'bao ăn', 'bao ở']);

describe('Vietnamese phrases', () => {
  const rules = scanner.rules.filter((rule) => (rule.match?.phrases?.vi?.length ?? 0) > 0);

  it('exist', () => {
    expect(rules.length).toBeGreaterThan(20);
  });

  it.each(rules.map((rule) => [rule.id, rule.match?.phrases?.vi ?? []] as const))(
    '%s lists every phrase also without diacritics',
    (_id, phrases) => {
      const listed = new Set(phrases.map((phrase) => phrase.toLowerCase()));
      const missing = phrases.filter((phrase) => !NO_TWIN.has(phrase) && !listed.has(unmarked(phrase)));
      expect(missing).toEqual([]);
    },
  );
});
