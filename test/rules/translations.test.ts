import { readFileSync, readdirSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SET } from '../../src/rules/builtin/builtin-rule-set';
import { createScanner } from '../../src/scanner';

// rules/translations/<lang>.yaml give a flag's title and summary in the ad's language. `npm run rules:compile` already
// rejects an unknown id; these tests state the promises the translation files make to moderators reading them.
const rulesDir = new URL('../../rules/', import.meta.url);
const translationsDir = new URL('translations/', rulesDir);

/** Every rule id declared in rules/*.yaml (each file holds one rule per YAML document). */
const declaredIds = new Set(
  readdirSync(rulesDir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => parseAllDocuments(readFileSync(new URL(name, rulesDir), 'utf8')).map((doc) => (doc.toJS() as { id: string }).id)),
);

const translationFiles = readdirSync(translationsDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const entries = parse(readFileSync(new URL(name, translationsDir), 'utf8')) as Record<string, { title: string; summary?: string }>;
    return [name.replace(/\.yaml$/, ''), entries] as const;
  });

/** Rules a verdict can show as a flag: building blocks (`__`) never reach a moderator. */
const reported = BUILTIN_RULE_SET.rules.filter((rule) => !rule.id.startsWith('__'));

/** The languages whose moderators and NGO staff read every flag in their own language. */
const FULLY_TRANSLATED = ['zh', 'ko', 'ja', 'vi', 'th', 'id'] as const;

describe('rule translations', () => {
  it('has translation files for the main languages', () => {
    expect(translationFiles.map(([language]) => language)).toEqual(expect.arrayContaining([...FULLY_TRANSLATED]));
  });

  it.each(translationFiles)('%s names only rules that exist and reported rules', (_language, entries) => {
    expect(Object.keys(entries).filter((id) => !declaredIds.has(id))).toEqual([]);
    expect(Object.keys(entries).filter((id) => id.startsWith('__'))).toEqual([]);
  });

  it.each(translationFiles)('%s gives every entry a short title and a one-sentence summary', (_language, entries) => {
    for (const [id, text] of Object.entries(entries)) {
      expect([...text.title].length, `${id} title`).toBeLessThanOrEqual(64);
      expect(text.summary, `${id} summary`).toBeDefined();
      expect((text.summary ?? '').split(/[.!?。！？។။](?:\s+|$)/u).filter((part) => part.trim() !== '').length, `${id} summary`).toBe(1);
    }
  });

  it.each(FULLY_TRANSLATED)('every reported rule has a %s title and summary', (language) => {
    const missing = reported.filter((rule) => !rule.translations?.[language]?.title || !rule.translations[language].summary).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });
});

describe('a Korean lure', () => {
  // High pay abroad, no experience, flight and housing paid, contact on Telegram: the scam-compound pitch in Korean.
  const ad = {
    title: '캄보디아 고객상담 직원 급구',
    description:
      '캄보디아 프놈펜 고객 상담 업무. 경력 무관, 컴퓨터만 할 줄 알면 됩니다. 월 500만원 이상 고수익 보장. ' +
      '항공권 회사 부담, 숙식 제공. 자세한 내용은 텔레그램 @kh_hr_kr 로 연락 주세요.',
  };
  const verdict = createScanner().score(ad);
  const byId = new Map(BUILTIN_RULE_SET.rules.map((rule) => [rule.id, rule]));

  it('is read as Korean and flagged', () => {
    expect(verdict.language).toBe('ko');
    expect(verdict.flags.map((flag) => flag.id)).toEqual(expect.arrayContaining(['pattern.compound-lure', 'travel.paid-all']));
  });

  it('shows every flag with its Korean title and summary', () => {
    expect(verdict.flags.length).toBeGreaterThan(0);
    for (const flag of verdict.flags) {
      const korean = byId.get(flag.id)?.translations?.ko;
      expect(flag.language, flag.id).toBe('ko');
      expect(flag.title, flag.id).toBe(korean?.title);
      expect(flag.summary, flag.id).toBe(korean?.summary);
      expect(flag.title, flag.id).toMatch(/[\uac00-\ud7af]/u);
    }
  });

  it('shows the Korean wording for the paid-travel flag', () => {
    expect(verdict.flags.find((flag) => flag.id === 'travel.paid-all')?.title).toBe('항공권·비자·숙소를 고용주가 부담');
  });
});
