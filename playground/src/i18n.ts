import type { Action, LureElement, RiskLevel } from '../../src/index';
import { RULE_TRANSLATIONS } from './rule-translations';

/** Languages the explanations can be read in. English is the rules' own; the others are the playground's. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'id', name: 'Bahasa Indonesia' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

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

/** A flag's title and explanation in `language`, or null when the playground has no translation for it. */
export function translateFlag(id: string, language: Language): { title: string; explanation: string } | null {
  if (language === 'en') return null;
  return RULE_TRANSLATIONS[language]?.[id] ?? null;
}
