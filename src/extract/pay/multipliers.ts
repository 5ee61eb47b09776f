import type { CurrencyCode } from './currency-rates';
import { LATIN_LETTER_CLASS, alternationSource, endsWithLatinLetter } from './lexicon-pattern';

/**
 * Words that multiply the number before them: "1.5k", "12 juta", "20 triệu", "300만", "2万", "3 หมื่น".
 * Some belong to one language whose currency they imply, weakly: "20 triệu/tháng" is dong, "8-10 juta" rupiah.
 */
interface Multiplier {
  text: string;
  factor: number;
  impliedCurrency?: CurrencyCode;
  /** "6 lpa" is lakhs per annum: the unit states the period too. */
  impliedPeriod?: 'year';
  /** Only right after the digits: "$1.2m" but not "5 m" (metres, minutes). */
  attached?: boolean;
}

type MultiplierRow = readonly [text: string, factor: number, impliedCurrency?: CurrencyCode];

const ROWS: readonly MultiplierRow[] = [
  ['k', 1e3],
  ['thousand', 1e3],
  ['mn', 1e6],
  ['mil', 1e6],
  ['mio', 1e6],
  ['million', 1e6],
  ['millions', 1e6],
  ['bn', 1e9],
  ['billion', 1e9],
  ['tn', 1e12],
  ['trillion', 1e12],
  ['lakh', 1e5, 'INR'],
  ['lakhs', 1e5, 'INR'],
  ['lac', 1e5, 'INR'],
  ['lacs', 1e5, 'INR'],
  ['crore', 1e7, 'INR'],
  ['crores', 1e7, 'INR'],
  ['juta', 1e6, 'IDR'],
  ['jt', 1e6, 'IDR'],
  ['jta', 1e6, 'IDR'],
  ['ribu', 1e3, 'IDR'],
  ['rb', 1e3, 'IDR'],
  ['miliar', 1e9, 'IDR'],
  ['triệu', 1e6, 'VND'],
  ['trieu', 1e6, 'VND'],
  ['tr', 1e6, 'VND'],
  // "10 củ" is slang for ten million dong.
  ['củ', 1e6, 'VND'],
  // ... and "cu" in SMS written without diacritics ("luong 25 cu").
  ['cu', 1e6, 'VND'],
  ['nghìn', 1e3, 'VND'],
  ['ngàn', 1e3, 'VND'],
  ['nghin', 1e3, 'VND'],
  ['ngan', 1e3, 'VND'],
  ['tỷ', 1e9, 'VND'],
  ['tỉ', 1e9, 'VND'],
  ['libo', 1e3, 'PHP'],
  ['百', 1e2],
  ['千', 1e3],
  ['万', 1e4],
  ['萬', 1e4],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['亿', 1e8],
  ['億', 1e8],
  ['천', 1e3, 'KRW'],
  ['만', 1e4, 'KRW'],
  ['백만', 1e6, 'KRW'],
  ['천만', 1e7, 'KRW'],
  ['억', 1e8, 'KRW'],
  ['พัน', 1e3, 'THB'],
  ['หมื่น', 1e4, 'THB'],
  ['แสน', 1e5, 'THB'],
  ['ล้าน', 1e6, 'THB'],
  // Khmer ម៉ឺន (ten thousand), សែន (hundred thousand), លាន (million): riel ("៤០ម៉ឺន").
  ['ម៉ឺន', 1e4, 'KHR'],
  ['សែន', 1e5, 'KHR'],
  ['លាន', 1e6, 'KHR'],
  // Burmese သောင်း (ten thousand), သိန်း (lakh, a hundred thousand): kyat ("၁သိန်း").
  ['သောင်း', 1e4, 'MMK'],
  ['သိန်း', 1e5, 'MMK'],
  // Lao ພັນ (thousand), ແສນ (hundred thousand), ລ້ານ (million): kip.
  ['ພັນ', 1e3, 'LAK'],
  ['ແສນ', 1e5, 'LAK'],
  ['ລ້ານ', 1e6, 'LAK'],
  // Hindi हज़ार / हजार (thousand), लाख (lakh): rupees ("2 लाख महीना").
  ['हज़ार', 1e3, 'INR'],
  ['हजार', 1e3, 'INR'],
  ['लाख', 1e5, 'INR'],
  // Hinglish in Latin script: "50 hazar mahina".
  ['hazar', 1e3, 'INR'],
  ['hazaar', 1e3, 'INR'],
];

const MULTIPLIERS: Multiplier[] = [
  ...ROWS.map(([text, factor, impliedCurrency]): Multiplier =>
    impliedCurrency === undefined ? { text, factor } : { text, factor, impliedCurrency },
  ),
  { text: 'm', factor: 1e6, attached: true },
  { text: 'lpa', factor: 1e5, impliedCurrency: 'INR', impliedPeriod: 'year' },
];
const BY_TEXT = new Map(MULTIPLIERS.map((multiplier) => [multiplier.text, multiplier]));
const MULTIPLIER_AT = new RegExp(`( ?)(${alternationSource(BY_TEXT.keys())})`, 'y');
const LATIN_AFTER = new RegExp(`^[${LATIN_LETTER_CLASS}]`);
// "1억 5000만", "1万5千", "2万5000": a smaller part after a large unit adds to it.
const ADDED_PART = /( ?)(\d{1,4})(?![\d.,])/y;
// "1万5" is 15,000, "1tr5" 1.5 million dong, "2củ2" 2.2 million, "1k5" 1,500: one digit after the unit counts in
// tenths of it.
const COLLOQUIAL_TENTHS = new Set(['万', '萬', 'tr', 'triệu', 'trieu', 'củ', 'cu', 'k']);

export interface MultipliedNumber {
  value: number;
  /** Written with a bare "m" ("15-25m"), which Vietnamese IT ads use for millions of dong. */
  millionLetter: boolean;
  impliedPeriod: 'year' | null;
  /** The factor of the first unit written (1 when none), so "1-2万" can share the unit of its upper bound. */
  factor: number;
  end: number;
  impliedCurrency: CurrencyCode | null;
}

interface MultiplierMatch {
  multiplier: Multiplier;
  end: number;
  spaced: boolean;
}

function readMultiplier(folded: string, position: number): MultiplierMatch | null {
  MULTIPLIER_AT.lastIndex = position;
  const found = MULTIPLIER_AT.exec(folded);
  if (found === null) return null;
  const spaced = (found[1] ?? '').length > 0;
  const text = found[2] ?? '';
  const multiplier = BY_TEXT.get(text);
  if (multiplier === undefined) return null;
  if (multiplier.attached === true && spaced) return null;
  const end = position + found[0].length;
  if (endsWithLatinLetter(text) && LATIN_AFTER.test(folded.slice(end, end + 1))) return null;
  return { multiplier, end, spaced };
}

/** Applies the units written after a number ending at `position` to its `value`. */
export function applyMultipliers(folded: string, value: number, position: number): MultipliedNumber {
  const first = readMultiplier(folded, position);
  if (first === null) {
    return { value, factor: 1, end: position, impliedCurrency: null, millionLetter: false, impliedPeriod: null };
  }

  let total = value * first.multiplier.factor;
  let end = first.end;
  let lastFactor = first.multiplier.factor;
  const impliedCurrency = first.multiplier.impliedCurrency ?? null;

  // Additive parts only follow units of ten thousand and up (or a colloquial "1k5"); bounded to two extra parts.
  const tenths = COLLOQUIAL_TENTHS.has(first.multiplier.text) && !first.spaced;
  for (let part = 0; part < 2 && (lastFactor >= 1e4 || (part === 0 && tenths)); part++) {
    ADDED_PART.lastIndex = end;
    const added = ADDED_PART.exec(folded);
    if (added === null) break;
    const spaced = (added[1] ?? '').length > 0;
    const digits = added[2] ?? '';
    const afterDigits = end + added[0].length;
    const unit = readMultiplier(folded, afterDigits);
    if (unit !== null && !unit.spaced && unit.multiplier.factor < lastFactor) {
      total += Number(digits) * unit.multiplier.factor;
      end = unit.end;
      lastFactor = unit.multiplier.factor;
      continue;
    }
    if (spaced || unit !== null) break;
    if (part === 0 && digits.length === 1 && tenths) {
      // "1万5" is 15,000 and "1tr5" 1.5 million: the digit counts in tenths of the unit.
      total += Number(digits) * (first.multiplier.factor / 10);
    } else if (lastFactor >= 1e4 && digits.length > 1 && Number(digits) < lastFactor) {
      // "2万5000" is 25,000.
      total += Number(digits);
    } else {
      break;
    }
    end = afterDigits;
    break;
  }
  return {
    value: total,
    factor: first.multiplier.factor,
    end,
    impliedCurrency,
    millionLetter: first.multiplier.text === 'm',
    impliedPeriod: first.multiplier.impliedPeriod ?? null,
  };
}
