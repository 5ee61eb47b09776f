import type { CountryCode } from 'libphonenumber-js';
// The default entry point carries the "min" metadata: every country's calling codes, number lengths and
// national prefixes, without the per-type patterns of "max" (about 36 kB gzipped against 56 kB). Numbers are
// checked by length rather than by exact ranges, which is enough to read a posting.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { FoldedSpan } from './contact-candidate';

export interface PhoneHit extends FoldedSpan {
  /** E.164, e.g. "+85512345678". */
  e164: string;
  /** ISO 3166-1 alpha-2, when the calling code and number say which country. */
  country?: string;
}

// libphonenumber costs 50-300 µs for every number-like thing it parses, so it only sees windows around runs of
// digits and separators that hold at least 7 digits. The bound on the run keeps the scan linear.
const DIGIT_RUN = /\d[\d ().\-/]{5,30}\d/g;
// Context around a run, so libphonenumber still sees a leading "+" or "(", and letters that end a word.
const MARGIN = 8;
// Caps that keep a wall of digits (a table, a spam page) from costing seconds; a posting has a few numbers.
const MAX_WINDOW_LENGTH = 96;
const MAX_WINDOWS = 48;
const PLUS_BEFORE = /\+ ?\(?$|\(\+ ?$/;

// A national-format number (no "+") is often an amount: "10000-20000元/月", "5000-8000", "服务客户1000000人次".
// The min metadata only checks lengths, so such amounts pass as numbers; these cues say they are not phones.
const RANGE_OF_ROUND_NUMBERS = /^\d*[1-9]\d*00 ?[-~–—]+ ?\d*[1-9]\d*00$/;
// "5200-6292", "(2500-4000)", "1204-1212室": a low-high pair. (A dashed 8-digit number like "2345-6789" in
// Hong Kong reads the same and is lost when its default country is given.)
const LOW_HIGH_PAIR = /^\(?([1-9]\d{2,4}) ?[-~–—]+ ?(\d{3,5})\)?$/;
// Times ("8.30-12.00"), decimals and "ISO 9001/2008": national numbers use "." or "/" only after a trunk 0.
const DOT_OR_SLASH_WITHOUT_TRUNK_PREFIX = /^[^0][^]*[./]/;
const DATE = /^(?:19|20)\d\d ?[-/.] ?(?:0?[1-9]|1[0-2]) ?[-/.] ?(?:0?[1-9]|[12]\d|3[01])$/;
const ROUND_AMOUNT = /^[1-9]0{5,}$/;
const AMOUNT_AFTER =
  /^ ?(?:元|円|원|块|塊|萬|万|千|百|k(?![a-z])|\/ ?(?:月|天|日|年|month|day|hour|year)|per(?![a-z])|人|名|次|%|(?:vnd|đ|usd|rp|baht|thb|php|peso|tahun|năm)(?![\p{L}])|年|个|個|号|號)/u;
const AMOUNT_BEFORE =
  /(?:[$¥￥€£₱฿₫]|rp\.?|usd|rmb|vnd|thb|php|idr|salary|gaji|lương|薪|工资|工資|月入|收入|底薪|第) ?[:：]? ?$/u;

/**
 * Phone numbers in the FOLDED text, so that full-width digits ("＋８５５ １２…") and zero-width characters
 * inside a number, both used to dodge filters, do not hide it; spans are folded offsets. Without `defaultCountry`
 * only international numbers ("+855 …") are found.
 */
export function findPhones(folded: string, defaultCountry?: CountryCode): PhoneHit[] {
  const hits = new Map<number, PhoneHit>();
  for (const window of phoneWindows(folded, defaultCountry !== undefined)) {
    const text = folded.slice(window.start, window.end);
    for (const hit of phonesIn(text, defaultCountry)) {
      const start = window.start + hit.start;
      const end = window.start + hit.end;
      if (!hits.has(start) && !isAmount(folded, start, end)) hits.set(start, { ...hit, start, end });
    }
  }
  return [...hits.values()].sort((a, b) => a.start - b.start);
}

/**
 * Windows of text around digit runs, merged while short; without a default country only runs that follow a "+".
 * Windows do not overlap, so a number is parsed once (a number cut by a window edge may be missed, in walls of
 * digits only).
 */
function phoneWindows(folded: string, national: boolean): FoldedSpan[] {
  const windows: FoldedSpan[] = [];
  for (const run of folded.matchAll(DIGIT_RUN)) {
    if (run[0].replace(/\D/g, '').length < 7) continue;
    const before = folded.slice(Math.max(0, run.index - 3), run.index);
    if (!national && !PLUS_BEFORE.test(before)) continue;
    const start = Math.max(0, run.index - MARGIN);
    const end = Math.min(folded.length, run.index + run[0].length + MARGIN);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last.end && end - last.start <= MAX_WINDOW_LENGTH) last.end = end;
    else if (windows.length < MAX_WINDOWS) windows.push({ start: last === undefined ? start : Math.max(start, last.end), end });
    else break;
  }
  return windows;
}

function phonesIn(text: string, defaultCountry: CountryCode | undefined): PhoneHit[] {
  try {
    return findPhoneNumbersInText(text, defaultCountry === undefined ? undefined : { defaultCountry }).map((found) => ({
      start: found.startsAt,
      end: found.endsAt,
      e164: found.number.number,
      ...(found.number.country === undefined ? {} : { country: found.number.country }),
    }));
  } catch {
    // Third-party parsing of arbitrary text: a bug there must not stop the whole extraction.
    return [];
  }
}

function isAmount(folded: string, start: number, end: number): boolean {
  const written = folded.slice(start, end);
  if (written.startsWith('+') || PLUS_BEFORE.test(folded.slice(Math.max(0, start - 3), start))) return false;
  const pair = LOW_HIGH_PAIR.exec(written);
  return (
    (pair !== null && Number(pair[1]) <= Number(pair[2])) ||
    DOT_OR_SLASH_WITHOUT_TRUNK_PREFIX.test(written) ||
    DATE.test(written) ||
    RANGE_OF_ROUND_NUMBERS.test(written) ||
    ROUND_AMOUNT.test(written) ||
    AMOUNT_AFTER.test(folded.slice(end, end + 8)) ||
    AMOUNT_BEFORE.test(folded.slice(Math.max(0, start - 8), start))
  );
}
