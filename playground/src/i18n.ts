import type { Action, LureElement, RiskLevel, ScannerRule } from '../../src/index';
import { summaryOf } from '../../src/explain/rule-summary';

/** `auto`: each flag as the verdict gives it, in the ad's language where the rule has a translation. */
export const AUTO = 'auto';

/** Names of languages the switch may offer. */
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  vi: 'Tiếng Việt',
  zh: '中文',
  th: 'ภาษาไทย',
  tl: 'Tagalog',
  ko: '한국어',
  ja: '日本語',
  km: 'ភាសាខ្មែរ',
  lo: 'ພາສາລາວ',
  my: 'မြန်မာဘာသာ',
};

/**
 * The switch's choices: the ad's language, English, then every language the rules carry translations in or the
 * playground has its own for.
 */
export function languageChoices(rules: readonly ScannerRule[]): { code: string; name: string }[] {
  const codes = new Set<string>();
  for (const rule of rules) for (const code of Object.keys(rule.translations ?? {})) codes.add(code);
  codes.delete('en');
  return [
    { code: AUTO, name: 'the ad’s language' },
    { code: 'en', name: 'English' },
    ...[...codes].sort().map((code) => ({ code, name: LANGUAGE_NAMES[code] ?? code })),
  ];
}

/** The UI's own words exist in these; other choices show them in English. */
export type Language = 'en' | 'id';
export const uiLanguage = (code: string): Language => (code === 'id' ? 'id' : 'en');

interface Words {
  risk: Record<RiskLevel, string>;
  action: Record<Action, string>;
  kind: { trafficking: string; fraud: string; none: string };
  elements: Record<LureElement, string>;
  counted: string;
  notCounted: string;
  inEnglish: string;
}

const EN: Words = {
  risk: { low: 'Low risk', medium: 'Medium risk', high: 'High risk', critical: 'Critical risk' },
  action: { allow: 'Allow', review: 'Review', block: 'Block' },
  kind: {
    trafficking: 'Reads as trafficking recruitment (the scam-compound lure)',
    fraud: 'Reads as recruitment fraud',
    none: 'No lure elements found',
  },
  elements: {
    'abroad-destination': 'Destination abroad',
    'implausible-pay': 'Implausible pay',
    'no-experience': 'No experience needed',
    'travel-paid': 'Travel paid',
    'messenger-only-contact': 'Messenger-only contact',
    'debt-relief': 'Debt relief offered',
    documents: 'Identity documents',
    urgency: 'Urgency',
    reassurance: 'Unprompted reassurance',
    secrecy: 'Secrecy',
    'age-or-gender-target': 'Age, gender or looks asked for',
    'typical-role': 'Typical lure role',
    'task-scam-mechanics': 'Task-scam mechanics',
    'illegal-work-hint': 'Hint of illegal work',
    'upfront-fee': 'Upfront fee',
  },
  counted: 'counts toward a combination',
  notCounted: 'listed only: low-severity flags alone',
  inEnglish: 'No translation for this flag yet: shown in English.',
};

const ID: Words = {
  risk: { low: 'Risiko rendah', medium: 'Risiko sedang', high: 'Risiko tinggi', critical: 'Risiko kritis' },
  action: { allow: 'Izinkan', review: 'Periksa', block: 'Blokir' },
  kind: {
    trafficking: 'Terbaca sebagai perekrutan perdagangan orang (umpan kompleks penipuan)',
    fraud: 'Terbaca sebagai penipuan lowongan kerja',
    none: 'Tidak ada unsur umpan',
  },
  elements: {
    'abroad-destination': 'Tujuan ke luar negeri',
    'implausible-pay': 'Gaji tidak masuk akal',
    'no-experience': 'Tanpa pengalaman',
    'travel-paid': 'Perjalanan ditanggung',
    'messenger-only-contact': 'Kontak hanya lewat aplikasi pesan',
    'debt-relief': 'Tawaran melunasi utang',
    documents: 'Dokumen identitas',
    urgency: 'Desakan waktu',
    reassurance: 'Jaminan yang tidak diminta',
    secrecy: 'Kerahasiaan',
    'age-or-gender-target': 'Meminta usia, jenis kelamin atau penampilan',
    'typical-role': 'Posisi umpan yang khas',
    'task-scam-mechanics': 'Mekanisme penipuan tugas',
    'illegal-work-hint': 'Petunjuk pekerjaan ilegal',
    'upfront-fee': 'Biaya di muka',
  },
  counted: 'dihitung dalam kombinasi',
  notCounted: 'hanya dicatat: dari tanda berisiko rendah saja',
  inEnglish: 'Belum ada terjemahan untuk tanda ini: ditampilkan dalam bahasa Inggris.',
};

export const WORDS: Record<Language, Words> = { en: EN, id: ID };

/**
 * A flag's title and one-line summary in `language`: the rule's own translation (rules/translations), else the
 * English; `language` in the result says which it is.
 */
export function flagText(rule: ScannerRule, language: string): { title: string; summary: string; language: string } {
  const own = rule.translations?.[language];
  if (language !== 'en' && own !== undefined) return { title: own.title, summary: own.summary ?? summaryOf(rule), language };
  return { title: rule.title, summary: summaryOf(rule), language: 'en' };
}
