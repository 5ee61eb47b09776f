import type { PayPeriod } from '../facts';
import {
  LATIN_LETTER_CLASS,
  alternationSource,
  endsWithLatinLetter,
  firstUnits,
  lastUnits,
  mayEndBefore,
  mayStartAt,
  startsWithLatinLetter,
} from './lexicon-pattern';
import { HANGUL_SYLLABLES } from '../../normalise/hangul';

/** A period an ad states explicitly. */
export type StatedPeriod = Exclude<PayPeriod, 'unknown'>;

/**
 * How many of each period make a month. Hours: 8 a day over 20 working days (160), the usual full-time
 * convention. Days: 22, since day rates are quoted for working days and a five-day week gives 52 × 5 / 12 ≈ 21.7
 * of them a month. Weeks: 52 / 12 ≈ 4.33. Years: 1/12. Tasks have none: no ad says how many there are.
 */
export const MONTHLY_MULTIPLE: Readonly<Record<Exclude<StatedPeriod, 'task'>, number>> = {
  hour: 160,
  day: 22,
  week: 4.33,
  month: 1,
  year: 1 / 12,
};

export interface PeriodMatch {
  period: StatedPeriod;
  start: number;
  end: number;
  /** "pm" / "p.m." also mark clock times; the caller keeps them only for amounts no clock shows. */
  timeLike: boolean;
  /**
   * The currency a period word in one language implies for a bare number: baht for Thai ("400-1600 ต่อวัน"),
   * dong for Vietnamese ("300k/ngày").
   */
  impliedCurrency: 'THB' | 'VND' | null;
}

/** Nouns for each period, in the languages of the lexicon. Single letters only count after a slash ("$5k/m"). */
const UNITS: Readonly<Record<StatedPeriod, readonly string[]>> = {
  // Vietnamese also without diacritics, as SMS write it ("1tr/ngay"); Khmer, Burmese, Lao and Hindi units too.
  hour: [
    ...['hour', 'hr', 'hrs', 'h', 'giờ', 'gio', 'jam', 'oras', '小时', '小時', '时', '時', '時間', '시간', 'ชั่วโมง', 'ชม.'],
    ...['ម៉ោង', 'နာရီ', 'ຊົ່ວໂມງ', 'घंटा', 'घंटे'],
  ],
  day: ['day', 'd', 'ngày', 'ngay', 'hari', 'araw', '天', '日', '일', 'วัน', 'ថ្ងៃ', 'ရက်', 'ມື້', 'दिन'],
  week: ['week', 'wk', 'w', 'tuần', 'tuan', 'minggu', 'linggo', '周', '週', '星期', '주', 'สัปดาห์', 'សប្តាហ៍', 'ອາທິດ', 'हफ्ता', 'सप्ताह'],
  month: [
    // "bln" is how Indonesian ads shorten bulan ("25jt/bln").
    ...['month', 'mo', 'mth', 'mon', 'm', 'tháng', 'thang', 'bulan', 'bln', 'buwan', '月', '월', '달', 'เดือน', 'ヶ月', 'か月'],
    ...['ខែ', 'ເດືອນ', 'महीना', 'महीने', 'माह'],
  ],
  year: ['year', 'yr', 'y', 'annum', 'năm', 'tahun', 'taon', '年', '년', 'ปี'],
  // Task scams pay per like, review or order ("$5 per like", "0.5元/单", "5000원/건", "2 tr/đơn").
  task: [
    ...['task', 'order', 'like', 'review', 'click', 'follow', 'rating', 'video', 'post', 'mission', 'trip', 'delivery'],
    ...['nhiệm vụ', 'đơn', 'chuyến', 'tugas', 'pesanan', 'misi', '单', '單', '件', '건', 'ออเดอร์'],
    // An errand or a run: "一趟5000元", "1回5万円", "단건 20만원", "งานละ", "ครั้งละ".
    ...['趟', '回', '次', '단건', 'เที่ยว', 'ครั้ง'],
  ],
};

/** Words before a unit that make it "per unit": "per month", "a day", "mỗi tháng", "kada buwan", "ต่อเดือน", "每月". */
const LATIN_CONNECTORS = [
  ...['per', 'a', 'an', 'each', 'every', 'mỗi', 'một', '1', 'hàng'],
  ...['kada', 'bawat', 'isang', 'setiap', 'sa isang', 'for one', 'for each', 'for a', 'for every'],
];
// Khmer ក្នុងមួយ / ក្នុង១ ("in one"), Lao ຕໍ່ ("per"), Hindi प्रति ("per") join their unit with or without a space.
const JOINED_CONNECTORS = ['ต่อ', '每', '每个', '每個', '一个', '一個', '매', 'ក្នុងមួយ', 'ក្នុង1', 'ក្នុង ', 'ក្នុង', 'ຕໍ່', 'प्रति ', 'प्रति', 'हर '];

/** Single words that state a period by themselves, before or after the amount. */
const PERIOD_WORDS: Readonly<Record<StatedPeriod, readonly string[]>> = {
  hour: ['hourly', 'perjam', 'sejam', '一小时', '一小時', '每小时', '每小時', '시간당', 'ชั่วโมงละ', 'p/h'],
  day: [
    ...['daily', '日结', '日結', 'perhari', 'sehari', 'harian', 'araw-araw', '一天', '每天', '每日', '하루', '하루에'],
    // "1日で10万円": Japanese "in one day".
    ...['일당', 'วันละ', 'p/d', '1日で', '一日で', '1日', '1日あたり'],
    // Paid on the day, the pitch of casual and crime errands: a sum paid "即日" or "당일" is at least one day's pay
    // ("即日10万円", "日払い5万", "당일지급 50만").
    ...['即日', '即金', '日払い', '日払', '即日払い', '当日払い', '当日払', '당일지급', '당일 지급', '당일정산', '당일 정산'],
    // Khmer "a day" (ថ្ងៃមួយ), Burmese "one day" (တစ်ရက်, တစ်ရက်ကို, တစ်နေ့), Lao "per day" (ມື້ລະ), Hindi "daily" (रोज़).
    ...['ថ្ងៃមួយ', 'មួយថ្ងៃ', 'တစ်ရက်', 'တစ်ရက်ကို', 'တစ်ရက်လျှင်', 'တစ်နေ့', 'တစ်နေ့ကို', 'ມື້ລະ', 'ມື້ນຶ່ງ'],
    ...['रोज़', 'रोज', 'रोज़ाना', 'रोजाना', 'प्रतिदिन', 'प्रति दिन', 'हर दिन', 'mỗi ngày', 'moi ngay', 'một ngày', '1 ngày', 'kada araw', 'isang araw'],
  ],
  week: ['weekly', 'perminggu', 'seminggu', 'mingguan', 'lingguhan', '一周', '一週', '每周', '每週', '주당', '일주일', '일주일에', '한주', '한주에', '한 주', '한 주에', 'สัปดาห์ละ', 'p/w'],
  month: [
    'monthly',
    '月结',
    '月結',
    'perbulan',
    'perbln',
    'sebulan',
    'bulanan',
    'buwanan',
    'p.m.',
    'p/m',
    '一个月',
    '一個月',
    '每月',
    '每个月',
    '每個月',
    '매월',
    '매달',
    '한달',
    '한 달',
    '한달에',
    '한 달에',
    'เดือนละ',
    'ເດືອນລະ',
    'တစ်လ',
    'တစ်လကို',
    'ខែមួយ',
    // Hindi "a month" after or before the amount ("2 लाख महीना").
    'महीना',
    'प्रति माह',
    'प्रति महीना',
    'हर महीने',
  ],
  year: ['yearly', 'annually', 'per annum', 'p.a.', 'pa', 'pertahun', 'setahun', 'tahunan', '一年', '每年', '연간', 'ปีละ'],
  task: [
    ...['一单', '一單', '每单', '每單', '单价', '單價', '一件', '1件', '每件', '1件あたり', '1件につき', '件につき'],
    ...['건당', '1건당', '한 건에', '한건에', '1건에', 'ต่องาน', 'งานละ', 'ครั้งละ', 'เที่ยวละ'],
    ...['一趟', '跑一趟', '一次', '每次', '1回', '1回で', '1回あたり', '단건', '1 đơn', 'một đơn', 'mỗi đơn', 'moi don', '1 don'],
  ],
};

function periodEntries(): Map<string, StatedPeriod> {
  const entries = new Map<string, StatedPeriod>();
  for (const [period, words] of Object.entries(PERIOD_WORDS) as [StatedPeriod, readonly string[]][]) {
    for (const word of words) entries.set(word, period);
  }
  return entries;
}

function suffixEntries(): Map<string, StatedPeriod> {
  const entries = periodEntries();
  for (const [period, units] of Object.entries(UNITS) as [StatedPeriod, readonly string[]][]) {
    for (const unit of units) {
      entries.set(`/${unit}`, period);
      entries.set(`/ ${unit}`, period);
      if (!startsWithLatinLetter(unit)) {
        for (const connector of JOINED_CONNECTORS) entries.set(`${connector}${unit}`, period);
      } else if (unit.length > 1) {
        for (const connector of LATIN_CONNECTORS) entries.set(`${connector} ${unit}`, period);
      }
    }
  }
  // "一月" is January, not "a month".
  entries.delete('一月');
  entries.set('pm', 'month');
  return entries;
}

const SUFFIXES = suffixEntries();
const PERIOD_AFTER = new RegExp(`( ?)(${alternationSource(SUFFIXES.keys())})`, 'y');
/** The first code units of the period words written after an amount. */
export const PERIOD_AFTER_FIRST = firstUnits(SUFFIXES.keys());
const LATIN_AFTER = new RegExp(`^[${LATIN_LETTER_CLASS}]`);
const TIME_LIKE = new Set(['pm', 'p.m.']);
const THAI = /[\u0e00-\u0e7f]/;
// A Vietnamese period or task word (with or without diacritics) makes a bare number dong: "300k/ngày", "50k mỗi like".
const VIETNAMESE_UNIT = /(?:giờ|ngày|tuần|tháng|năm|gio|ngay|tuan|thang|đơn|chuyến|nhiệm vụ)$|^(?:mỗi|một|hàng|moi) /;

/** A period stated right after an amount that ends at `position`: "/month", " per hour", "/tháng", "每月". */
export function matchPeriodAfter(folded: string, position: number): PeriodMatch | null {
  if (!mayStartAt(folded, position, PERIOD_AFTER_FIRST, ' ', 1)) return null;
  PERIOD_AFTER.lastIndex = position;
  const found = PERIOD_AFTER.exec(folded);
  if (found === null) return null;
  const text = found[2] ?? '';
  const period = SUFFIXES.get(text);
  if (period === undefined) return null;
  const end = position + found[0].length;
  if (endsWithLatinLetter(text) && LATIN_AFTER.test(folded.slice(end, end + 1))) return null;
  const impliedCurrency = THAI.test(text) ? 'THB' : VIETNAMESE_UNIT.test(text) ? 'VND' : null;
  return { period, start: position + (found[1] ?? '').length, end, timeLike: TIME_LIKE.has(text), impliedCurrency };
}

/** Words that state a period when written right before an amount: "月1万ドル", "월 300만원", "monthly: $5000". */
function prefixEntries(): Map<string, StatedPeriod> {
  const entries = periodEntries();
  entries.delete('pa');
  entries.delete('p.m.');
  for (const [word, period] of [
    ['月', 'month'],
    ['월', 'month'],
    ['tháng', 'month'],
    ['per month', 'month'],
    ['mỗi tháng', 'month'],
    ['hàng tháng', 'month'],
    ['per bulan', 'month'],
    ['kada buwan', 'month'],
    ['ngày', 'day'],
    ['mỗi ngày', 'day'],
    ['per day', 'day'],
    ['per hari', 'day'],
    ['per hour', 'hour'],
    ['annual', 'year'],
    ['per year', 'year'],
    // Korean shorthand "일 50" (500,000 won a day), "주 300" (three million a week): standalone words only, see
    // STANDALONE_ONLY.
    ['일', 'day'],
    ['주', 'week'],
    ['매일', 'day'],
    ['매주', 'week'],
    // "당일 100 지급" (paid out the same day), "1회 30" (per go): a day's or a job's pay.
    ['당일', 'day'],
    ['1회', 'task'],
  ] as const) {
    entries.set(word, period);
  }
  return entries;
}

const PREFIXES = prefixEntries();
// One-syllable Korean period words are also the last syllable of other words (당일, 토요일, 근무일; 회사주, 매주 is
// listed by itself) and of dates ("10일"): they state a period only as a word of their own.
const STANDALONE_ONLY = new Set(['일', '주']);
const JOINED_BEFORE = new RegExp(`[${HANGUL_SYLLABLES}\\d]`);
const PERIOD_BEFORE = new RegExp(`(${alternationSource(PREFIXES.keys())})([ :：]{0,2})$`);
const PERIOD_BEFORE_LAST = lastUnits(PREFIXES.keys());
const LONGEST_PREFIX = 14;
const LATIN_BEFORE = new RegExp(`[${LATIN_LETTER_CLASS}]$`);
const DIGIT_START = /^\d/;
const DATE_BEFORE = /[\d月/.-]$/;

/** A period stated right before the amount (or before a pay keyword) that starts at `position`. */
export function matchPeriodBefore(folded: string, position: number): PeriodMatch | null {
  if (!mayEndBefore(folded, position, PERIOD_BEFORE_LAST, ' :：', 2)) return null;
  const windowStart = Math.max(0, position - LONGEST_PREFIX);
  const window = folded.slice(windowStart, position);
  const found = PERIOD_BEFORE.exec(window);
  if (found === null) return null;
  const text = found[1] ?? '';
  const period = PREFIXES.get(text);
  if (period === undefined) return null;
  const start = windowStart + found.index;
  if (startsWithLatinLetter(text) && LATIN_BEFORE.test(folded.slice(Math.max(0, start - 1), start))) return null;
  if (STANDALONE_ONLY.has(text) && JOINED_BEFORE.test(folded.slice(Math.max(0, start - 1), start))) return null;
  // "4月1日 10万円", "21日": a date, not "in one day".
  if (DIGIT_START.test(text) && DATE_BEFORE.test(folded.slice(Math.max(0, start - 1), start))) return null;
  const impliedCurrency = THAI.test(text) ? 'THB' : VIETNAMESE_UNIT.test(text) ? 'VND' : null;
  return { period, start, end: position, timeLike: false, impliedCurrency };
}

const GAP_WORDS: ReadonlyMap<string, StatedPeriod> = (() => {
  const entries = periodEntries();
  for (const [period, units] of Object.entries(UNITS) as [StatedPeriod, readonly string[]][]) {
    // Task nouns ("review", "order") are everyday words between a keyword and a number: "salary review in 2024".
    if (period === 'task') continue;
    for (const unit of units) if (unit.length > 1 || !startsWithLatinLetter(unit)) entries.set(unit, period);
  }
  entries.delete('pa');
  return entries;
})();

/** The period a single word between a pay keyword and its amount states ("salary per month: ..." → month). */
export function periodOfWord(word: string): StatedPeriod | undefined {
  return GAP_WORDS.get(word);
}
