import { foldedRegex } from '../../normalise/folded-regex';
import { codeUnitClass } from '../../normalise/code-unit-class';

/**
 * The words around a number that make it an age. All patterns run on folded (lower-case NFKC, single-spaced) text.
 * A number is an age only with a cue: "18-35" alone may be pay, hours or a date.
 */


// One number or a range: "18-35", "18 ~ 35", "18 to 35", "18岁至35岁", "18 đến 35", "18 sampai 30", "18 30" (OCR of
// Indonesian posters drops the dash). A unit may sit between the two numbers ("18歳から35歳", "18세부터 35세").
// The look-arounds keep "1,000", "18.5" and "2018" from yielding an age.
export const AGE_NUMBER = foldedRegex(
  '(?<!\\d|\\d[.,])(\\d{1,2})(?![\\d]|[.,]\\d)' +
    '(?: ?[)）]? ?(?:岁|歲|歳|才|세|tuổi|years?|yrs?)? ?' +
    '(?:[-–—~〜]{1,3}|to|至|到|đến|den|sampai|hingga|s/d|s\\.d\\.?|sd|ถึง|hanggang|から|부터|에서|and|hasta|a| ) ?' +
    '(\\d{1,2})(?![\\d]|[.,]\\d))?',
  'gu',
);

// Before the number (and before any bound word): "age", "aged 18 to 35", "年龄", "tuổi từ", "usia", "อายุ".
const STRONG_CUES =
  '(?<![a-z])(?:age[sd]?|age (?:limit|range|requirement|bracket)|between the ages? of|ages? of)|' +
  '年龄|年齡|年纪|年紀|年齢|나이|연령|(?<![\\p{L}])(?:độ )?tuổi|(?<![a-z])(?:usia|umur|edad|gulang)|อายุ';
// Words that may sit between the cue and the number.
const CUE_FILLER =
  '(?:between|from|of|is|must be|should be|from|từ|trong khoảng|khoảng|antara|dari|ระหว่าง|ตั้งแต่|mula sa|' +
  '在|为|為|要求|限|需|需要|제한|조건)';
export const LEFT_AGE_CUE = foldedRegex(`(?:${STRONG_CUES})(?: ?[:：=\\-–(（] ?| )?(?:${CUE_FILLER} ?[:：]? ?)?$`, 'u');

// Weaker cues that make a number an age only together with a bound word: "must be at least 18", "applicants under 30".
export const WEAK_LEFT_AGE_CUE = foldedRegex(
  '(?<![a-z])(?:(?:must|should|shall|need to|have to|has to|to) be|applicants?|candidates?|you are|you\'re|' +
    'open to)(?: ?[:：] ?| )?$',
  'u',
);

// Bound words before the number (after the cue, or before it: "maksimal usia 28 tahun"). "not under" before "under".
const MIN_BEFORE =
  '(?<![a-z])(?:at least|minimum(?: of)?|min\\.?|not (?:under|below|less than|younger than)|no (?:younger|less) than|' +
  'over|above|older than|more than|from|minimal|minimum|tối thiểu|từ|trên|hindi bababa sa|ไม่ต่ำกว่า|' +
  '满|滿|不低于|不低於|最低)';
const MAX_BEFORE =
  '(?<![a-z])(?:not (?:over|above|more than|older than|exceeding)|no (?:older|more) than|' +
  'under|below|up to|maximum(?: of)?|max\\.?|maks\\.?|maksimal|younger than|less than|tối đa|không quá|dưới|' +
  'hindi hihigit sa|ไม่เกิน|不超过|不超過|不大于|不大於|最高|未满|未滿)';
export const MIN_BEFORE_NUMBER = foldedRegex(`(?:${MIN_BEFORE}) ?[:：]? ?$`, 'u');
export const MAX_BEFORE_NUMBER = foldedRegex(`(?:${MAX_BEFORE}) ?[:：]? ?$`, 'u');

// Units after the number. Strong ones make an age on their own ("16 years old", "18岁", "tuổi", "세", "歳");
// weak ones ("years", "tahun", "ปี", "th") only after a left cue, since "2 years" is usually experience.
export const STRONG_UNIT_AFTER = foldedRegex(
  ' ?[)）]? ?(?:years? old|yrs?\\.? old|y\\.?o\\.?(?![a-z])|y/o|years? of age|周岁|週歲|岁|歲|歳|才|세|tuổi|taong gulang|' +
    'anyos(?: gulang)?|(?:year|yr)-old)',
  'uy',
);
export const WEAK_UNIT_AFTER = foldedRegex(' ?(?:years?|yrs?\\.?|tahun|thn\\.?|th\\.?|ปี|taon|năm)(?![a-z])', 'uy');
// "20~30대", "20代": ages by decade (only with a cue; 대 is also a counter for machines).
export const DECADE_AFTER = /(?:대|代)/uy;

// Bound words after the number and its unit: "18 and above", "18+", "18岁以上", "35歳以下", "18 tuổi trở lên".
export const MIN_AFTER = foldedRegex(
  ' ?(?:\\+|and (?:above|over|older|up)|or (?:above|over|older|more)|以上|及以上|或以上|이상|ขึ้นไป|trở lên|' +
    'ke atas|keatas|pataas|pataas)',
  'uy',
);
export const MAX_AFTER = foldedRegex(
  ' ?(?:and (?:below|under|younger)|or (?:below|under|younger|less)|以下|及以下|以内|以內|이하|미만|ลงมา|' +
    'trở xuống|ke bawah|pababa)',
  'uy',
);

// After the number: what it counts when it is not years of life ("at least 18 months", "under 30 minutes").
export const NOT_AN_AGE_AFTER = foldedRegex(
  ' ?(?:%|k(?![a-z])|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|employees|people|persons|staff|words|wpm|' +
    'clients|customers|countries|cities|users|members|million|thousand|billion|juta|ribu|triệu|nghìn|' +
    'years? (?:of )?(?:experience|exp)|tahun pengalaman|năm kinh nghiệm|' +
    '个月|個月|小时|小時|天|万|萬|元|개월|시간|ヶ月|か月|時間|เดือน|ชั่วโมง|bulan|jam|tháng|giờ)',
  'uy',
);

// Before "20 years old": the age of a business, not of a person ("our company is 20 years old").
export const NOT_A_PERSON_BEFORE =
  /(?<![a-z])(?:company|business|firm|organi[sz]ation|brand|agency|group|store|shop|restaurant|we|it)(?: (?:is|are|has been|have been|was|turns|turned))? (?:now |over |about |almost |nearly )?$/u;

/** Youngest and oldest plausible ages in a job posting; anything else is not an age. */
export const YOUNGEST_AGE = 14;
export const OLDEST_AGE = 70;

/** How far back to look for a cue or bound word. */
export const AGE_CUE_WINDOW = 40;

// What the cue and bound words end with, and what may stand between them and the number.
const WORD_END = /[\p{L}\p{M}.]/u;
const GAP_BEFORE_NUMBER = ' :：=-–(（';

// Whether a BMP code unit matches WORD_END (asked once per unit, not per number).
const isWordEndUnit = codeUnitClass(WORD_END);

/**
 * Whether a cue or bound word (LEFT_AGE_CUE, WEAK_LEFT_AGE_CUE, MIN_BEFORE_NUMBER, MAX_BEFORE_NUMBER) may end right
 * before `position`, or before at most three gap characters: where not, none of those regexes, anchored at the
 * number, can match the window before it, and none is run. Most numbers of a field of digits stand after a digit.
 */
export function cueMayEndBefore(text: string, position: number): boolean {
  for (let at = position - 1; at >= 0 && at >= position - 4; at--) {
    const code = text.charCodeAt(at);
    // A surrogate is half of a character no cue ends with; it is let through rather than decoded.
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (isWordEndUnit(code)) return true;
    if (!GAP_BEFORE_NUMBER.includes(text.charAt(at))) return false;
  }
  return false;
}
