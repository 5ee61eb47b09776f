import type { CurrencyRef } from './currency-names';
import { LATIN_LETTER_CLASS, alternationSource, isLatinLetter, startsWithLatinLetter } from './lexicon-pattern';
import { type StatedPeriod, periodOfWord } from './pay-period';

/**
 * Pay keywords ("salary", "lương", "gaji", "月薪", "월급", "給料", "เงินเดือน", "sahod" ...) and the check that one
 * sits right before an amount, with only filler words ("is", "from", "up to", "từ", "可达", "ตั้งแต่") between.
 * A keyword turns a bare number into pay; a language-specific keyword also implies its country's currency.
 */
export interface PayKeyword {
  text: string;
  period?: StatedPeriod;
  currency?: CurrencyRef;
  /** Smallest amount for which the implied currency is believed: "lương 800" is not 800 dong (about 3 US cents). */
  currencyFrom?: number;
}

export interface KeywordHit {
  keyword: PayKeyword;
  start: number;
  end: number;
}

type KeywordRow = readonly [text: string, period?: StatedPeriod];

function withCurrency(rows: readonly KeywordRow[], currency?: CurrencyRef, currencyFrom?: number): PayKeyword[] {
  return rows.map(([text, period]) => ({
    text,
    ...(period === undefined ? {} : { period }),
    ...(currency === undefined ? {} : { currency }),
    ...(currencyFrom === undefined ? {} : { currencyFrom }),
  }));
}

const ENGLISH: readonly KeywordRow[] = [
  ['salary'],
  ['salaries'],
  ['pay'],
  ['paid'],
  ['pays'],
  ['wage'],
  ['wages'],
  ['earn'],
  ['earns'],
  ['earning'],
  ['earnings'],
  ['income'],
  ['compensation'],
  ['remuneration'],
  ['stipend'],
  // Indian "cost to company" is always yearly.
  ['ctc', 'year'],
];

// "元" in a keyword-implied amount follows the same simplified / traditional rule as the written sign.
const CHINESE: readonly KeywordRow[] = [
  ['工资'],
  ['工資'],
  ['薪资'],
  ['薪資'],
  ['薪水'],
  ['薪酬'],
  ['薪金'],
  ['待遇'],
  ['收入'],
  ['底薪'],
  ['起薪'],
  ['保底'],
  ['赚'],
  ['賺'],
  ['挣'],
  ['掙'],
  ['月薪', 'month'],
  ['月入', 'month'],
  ['月收入', 'month'],
  ['月赚', 'month'],
  ['月賺', 'month'],
  ['日薪', 'day'],
  // "日入过千", "日入500+": daily income, the task-scam and side-job pitch.
  ['日入', 'day'],
  ['日赚', 'day'],
  ['日賺', 'day'],
  ['日结', 'day'],
  ['日結', 'day'],
  // "日领500", "日領五百": paid out daily.
  ['日领', 'day'],
  ['日領', 'day'],
  ['时薪', 'hour'],
  ['時薪', 'hour'],
  ['周薪', 'week'],
  ['週薪', 'week'],
  ['年薪', 'year'],
  ['年收入', 'year'],
];

const JAPANESE: readonly KeywordRow[] = [
  ['給料'],
  ['給与'],
  // A reward with no period is paid per job ("報酬10万", how crime errands are priced); a wage says 月給 or 時給.
  ['報酬', 'task'],
  ['基本給'],
  ['収入'],
  ['月給', 'month'],
  ['月収', 'month'],
  ['時給', 'hour'],
  ['日給', 'day'],
  ['日当', 'day'],
  ['年収', 'year'],
  ['年俸', 'year'],
];

const KOREAN: readonly KeywordRow[] = [
  ['급여'],
  ['수입'],
  ['수익'],
  ['페이'],
  ['보수'],
  ['기본급'],
  ['실수령'],
  ['수당'],
  // "하루 벌이 50": earnings.
  ['벌이'],
  ['월급', 'month'],
  ['월수입', 'month'],
  ['월수익', 'month'],
  ['월평균', 'month'],
  ['시급', 'hour'],
  ['일당', 'day'],
  ['일급', 'day'],
  ['일 급여', 'day'],
  ['일급여', 'day'],
  ['주급', 'week'],
  ['연봉', 'year'],
];

const VIETNAMESE: readonly KeywordRow[] = [['lương'], ['thu nhập'], ['luong'], ['thu nhap'], ['kiếm'], ['kiem'], ['hoa hồng']];
// "cuan" (profit, slang), "komisi" (commission): how task-scam and side-job posts state pay.
const INDONESIAN_MALAY: readonly KeywordRow[] = [
  // A salary (gaji) with no period is a month's: Indonesian and Malay wages are monthly unless they say otherwise.
  ...[['gaji', 'month'], ['upah'], ['penghasilan'], ['pendapatan'], ['cuan'], ['komisi'], ['bayaran']] as const,
  // Short forms of gaji in posts and chats: "gj 20 jt", "gapok" (gaji pokok, base pay).
  ...[['gj'], ['gapok']] as const,
];
const THAI: readonly KeywordRow[] = [['เงินเดือน', 'month'], ['ค่าจ้าง'], ['รายได้'], ['ค่าแรง'], ['ค่าตอบแทน']];
const TAGALOG: readonly KeywordRow[] = [
  ...[['sahod'], ['sweldo'], ['suweldo'], ['kumita'], ['kikita'], ['bayad']] as const,
  // "kikitain" (will earn), "kumikita" (earns), "kita mo" (your earnings): how side-job posts state pay.
  ...[['kikitain'], ['kumikita'], ['kita mo']] as const,
];
// Hindi: salary (वेतन, सैलरी, तनख्वाह), earning (कमाई, कमाएं).
const HINDI: readonly KeywordRow[] = [
  ...[['वेतन'], ['सैलरी'], ['तनख्वाह'], ['कमाई'], ['कमाएं'], ['कमाए'], ['कमाओ']] as const,
  // Hinglish in Latin script: "kamai 3000 roz", "kamao 50 hazar".
  ...[['kamai'], ['kamao'], ['kamaye'], ['kamaiye'], ['tankhwah']] as const,
];

export const PAY_KEYWORDS: readonly PayKeyword[] = [
  ...withCurrency(ENGLISH),
  ...withCurrency(CHINESE, 'yuan-sign'),
  ...withCurrency(JAPANESE, 'JPY', 100),
  ...withCurrency(KOREAN, 'KRW', 1000),
  ...withCurrency(VIETNAMESE, 'VND', 10_000),
  // Malaysians also say "gaji", but their ringgit amounts (RM 1,500) are far below this floor.
  ...withCurrency(INDONESIAN_MALAY, 'IDR', 10_000),
  ...withCurrency(THAI, 'THB'),
  ...withCurrency(TAGALOG, 'PHP'),
  ...withCurrency(HINDI, 'INR', 100),
  // Khmer wages are often quoted in dollars, so "ប្រាក់ខែ" (salary) implies no currency.
  { text: 'ប្រាក់ខែ', period: 'month' },
  { text: 'လစာ', period: 'month', currency: 'MMK', currencyFrom: 1000 },
  { text: 'ເງິນເດືອນ', period: 'month', currency: 'LAK', currencyFrom: 1000 },
  // Khmer income and wage, Burmese wage and income, Lao wage and income.
  { text: 'ប្រាក់ចំណូល' },
  { text: 'ប្រាក់ឈ្នួល' },
  { text: 'လုပ်ခ', currency: 'MMK', currencyFrom: 1000 },
  { text: 'ဝင်ငွေ', currency: 'MMK', currencyFrom: 1000 },
  { text: 'ຄ່າແຮງ', currency: 'LAK', currencyFrom: 1000 },
  { text: 'ລາຍໄດ້', currency: 'LAK', currencyFrom: 1000 },
];

const BY_TEXT = new Map(PAY_KEYWORDS.map((keyword) => [keyword.text, keyword]));
const LATIN_KEYWORDS = PAY_KEYWORDS.filter((keyword) => startsWithLatinLetter(keyword.text)).map((k) => k.text);
const OTHER_KEYWORDS = PAY_KEYWORDS.filter((keyword) => !startsWithLatinLetter(keyword.text)).map((k) => k.text);
const LATIN_KEYWORD = `(?<![${LATIN_LETTER_CLASS}])(?:${alternationSource(LATIN_KEYWORDS)})(?![${LATIN_LETTER_CLASS}])`;
const KEYWORD = new RegExp(`${LATIN_KEYWORD}|${alternationSource(OTHER_KEYWORDS)}`, 'g');

/** Every pay keyword in the text, in order. */
export function findKeywordHits(folded: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  KEYWORD.lastIndex = 0;
  for (let found = KEYWORD.exec(folded); found !== null; found = KEYWORD.exec(folded)) {
    const keyword = BY_TEXT.get(found[0]);
    if (keyword !== undefined) hits.push({ keyword, start: found.index, end: found.index + found[0].length });
  }
  return hits;
}

/** Words allowed between a keyword and its amount: "salary is from", "lương từ", "gaji mulai", "月入可达". */
const LATIN_FILLERS = new Set([
  // English
  ...['is', 'of', 'are', 'was', 'will', 'be', 'from', 'up', 'to', 'upto', 'at', 'around', 'about', 'approx'],
  ...['approximately', 'roughly', 'between', 'range', 'ranges', 'ranging', 'starting', 'starts', 'start', 'begins'],
  ...['min', 'minimum', 'max', 'maximum', 'base', 'basic', 'gross', 'net', 'rate', 'rates', 'only', 'just', 'over'],
  ...['above', 'more', 'than', 'nearly', 'almost', 'estimated', 'est', 'expected', 'offered', 'you', 'can', 'could'],
  ...['may', 'might', 'earn', 'with', 'per', 'a', 'an', 'the', 'each', 'every', 'package', 'total', 'average', 'avg'],
  ...['level', 'potential', 'plus', 'initial', 'guaranteed', 'fixed', 'monthly', 'as', 'high', 'much'],
  ...['in', 'excess', 'least', 'typically', 'usually', 'annual', 'annually', 'hourly', 'daily', 'weekly'],
  // "earn no less than $9,000 per month"
  ...['no', 'not', 'less'],
  // Vietnamese
  ...['từ', 'lên', 'tới', 'đến', 'khoảng', 'trên', 'hơn', 'tối', 'thiểu', 'đa', 'cứng', 'cơ', 'bản', 'là', 'chỉ'],
  ...['có', 'thể', 'đạt', 'mức', 'mỗi', 'một', 'hàng', 'thưởng', 'tu', 'len', 'toi', 'den', 'khoang', 'tren', 'muc'],
  ...['cao', 'khủng', 'ổn', 'định'],
  // Indonesian / Malay
  ...['dari', 'mulai', 'hingga', 'sampai', 'sekitar', 'kurang', 'lebih', 'antara', 'minimal', 'maksimal', 'pokok'],
  ...['bersih', 'kotor', 'bisa', 'mencapai', 'sebesar', 'capai', 'umr', 'ump', 'umk', 'setara', 'rata', 'sd'],
  ...['setiap', 'tetap', 'awal', 'bulanan', 'harian', 'tinggi'],
  // Tagalog
  ...['mula', 'hanggang', 'humigit', 'kumulang', 'kada', 'bawat', 'isang', 'na', 'ng', 'ay', 'ang', 'sa', 'po'],
  // "kikita ka ng 3k kada araw": you will earn
  ...['lang', 'lamang', 'buwanang', 'arawang', 'ka', 'mo', 'kayo'],
  // Indonesian "sehari bisa dapat 1 juta" (get); Hinglish "mahine ke 50 hazar", "roz ka 3000".
  ...['dapat', 'dapet', 'ke', 'ki'],
]);

const OTHER_FILLERS = new Set([
  // Chinese
  ...['可达', '可達', '高达', '高達', '达', '達', '过', '過', '上', '破', '超', '超过', '超過', '在', '为', '為', '是'],
  ...['约', '約', '大约', '大約', '税前', '稅前', '税后', '稅後', '平均', '综合', '綜合', '基本', '保底', '轻松', '輕鬆'],
  ...['轻轻松松', '輕輕鬆鬆', '就', '可', '能', '可以', '均', '最低', '最高', '不低于', '不低於', '至少', '多', '加'],
  ...['从', '從', '由', '有', '拿', '到手', '能拿', '可拿', '都', '随便', '隨便', '稳定', '穩定', '无责', '無責', '起'],
  ...['达到', '達到', '到达', '到達', '福利', '待遇', '标准', '標準', '一般', '普遍', '人均', '每人'],
  // Japanese
  ...['は', 'で', 'の', '最大', '以上', 'から', '例', '可能', 'が', 'も', '約'],
  // Korean
  ...['평균', '최소', '최대', '약', '기본', '이상', '부터', '는', '은', '이', '가', '도', '보장', '가능', '최고', '세전'],
  ...['세후', '월'],
  // Thai
  ...['ตั้งแต่', 'เริ่มต้น', 'เริ่ม', 'ถึง', 'ประมาณ', 'ขั้นต่ำ', 'สูงสุด', 'สูงถึง', 'ได้', 'มากกว่า', 'กว่า', 'ละ'],
  ...['ต่อ', 'อยู่ที่', 'ที่', 'คือ', 'เฉลี่ย', 'เริ่มที่'],
  // Hindi "महीने का 1 लाख": of the month.
  ...['का', 'के', 'की'],
]);
// Thai words run long ("ชั่วโมงละ" is nine code units); period words are looked up with the fillers.
const LONGEST_OTHER_FILLER = Math.max(10, ...[...OTHER_FILLERS].map((word) => word.length));

const GAP_SEPARATOR = /[\s\p{P}\p{S}]/u;
const LATIN_WORD = new RegExp(`[${LATIN_LETTER_CLASS}]+`, 'y');
const DIGIT = /\d/;
const LONGEST_GAP = 40;
const MOST_GAP_WORDS = 6;

export interface PayCue {
  hit: KeywordHit;
  /** A period named between the keyword and the amount ("lương tháng", "底薪一天", "salary per month"). */
  gapPeriod: StatedPeriod | null;
}

function gapWord(word: string): { known: boolean; period: StatedPeriod | null } {
  const period = periodOfWord(word);
  if (period !== undefined) return { known: true, period };
  return { known: LATIN_FILLERS.has(word) || OTHER_FILLERS.has(word), period: null };
}

/** Reads the text between a keyword and an amount; null unless it is only separators and filler words. */
function readGap(folded: string, start: number, end: number): { period: StatedPeriod | null } | null {
  let position = start;
  let words = 0;
  let period: StatedPeriod | null = null;
  while (position < end) {
    const char = folded[position] ?? '';
    if (DIGIT.test(char)) return null;
    if (GAP_SEPARATOR.test(char)) {
      position++;
      continue;
    }
    if (++words > MOST_GAP_WORDS) return null;
    if (isLatinLetter(char)) {
      LATIN_WORD.lastIndex = position;
      const word = LATIN_WORD.exec(folded)?.[0] ?? char;
      const read = gapWord(word);
      if (!read.known) return null;
      period = read.period ?? period;
      position += word.length;
      continue;
    }
    // Scripts without spaces: take the longest known word starting here.
    let matched = 0;
    for (let length = Math.min(LONGEST_OTHER_FILLER, end - position); length > 0; length--) {
      const read = gapWord(folded.slice(position, position + length));
      if (read.known) {
        matched = length;
        period = read.period ?? period;
        break;
      }
    }
    if (matched === 0) return null;
    position += matched;
  }
  return { period };
}

/**
 * Finds which keyword hits stand before amounts. Amounts must be asked for in increasing order of position, so one
 * cursor walks the hits once for the whole text.
 */
export class KeywordCursor {
  private next = 0;

  constructor(
    private readonly folded: string,
    private readonly hits: readonly KeywordHit[],
  ) {}

  /**
   * Whether a keyword ends close enough before `amountStart` to introduce it: the necessary condition for
   * `cueBefore` to find one. Asked in the same increasing order, and advances the same way.
   */
  mayCueBefore(amountStart: number): boolean {
    return this.nearestHitBefore(amountStart) !== null;
  }

  /** The keyword that introduces an amount starting at `amountStart`, if one does. */
  cueBefore(amountStart: number): PayCue | null {
    const hit = this.nearestHitBefore(amountStart);
    if (hit === null) return null;
    const gap = readGap(this.folded, hit.end, amountStart);
    return gap === null ? null : { hit, gapPeriod: gap.period };
  }

  /** The last keyword ending at or before `amountStart`, if it ends within LONGEST_GAP of it; advances the cursor. */
  private nearestHitBefore(amountStart: number): KeywordHit | null {
    while (this.next < this.hits.length && (this.hits[this.next]?.end ?? Infinity) <= amountStart) this.next++;
    const hit = this.hits[this.next - 1];
    return hit !== undefined && amountStart - hit.end <= LONGEST_GAP ? hit : null;
  }
}
