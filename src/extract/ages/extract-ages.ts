import type { AgeFact } from '../facts';
import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import {
  AGE_CUE_WINDOW,
  AGE_NUMBER,
  cueMayEndBefore,
  DECADE_AFTER,
  LEFT_AGE_CUE,
  MAX_AFTER,
  MAX_BEFORE_NUMBER,
  MIN_AFTER,
  MIN_BEFORE_NUMBER,
  NOT_A_PERSON_BEFORE,
  NOT_AN_AGE_AFTER,
  OLDEST_AGE,
  STRONG_UNIT_AFTER,
  WEAK_LEFT_AGE_CUE,
  WEAK_UNIT_AFTER,
  YOUNGEST_AGE,
} from './age-cues';

type Bound = 'min' | 'max';

// Between two bounds of one requirement: "usia min 18 tahun, max 35 tahun".
const CONTINUATION = /^[ ,;/&]*(?:and|dan|và|y|at|,)? ?$/u;

/**
 * Ages and age ranges a posting asks for, in en, zh, ja, ko, vi, id/ms, th and tl: "aged 18 to 35", "18-35岁",
 * "18~35세", "usia maksimal 25 tahun", "tuổi từ 18 đến 35", "อายุ 18-35 ปี", "16歳以上", "must be at least 18".
 *
 * A number counts only with an age cue (a word like "age", "usia", "年龄", or a unit like "years old", "岁",
 * "세", "tuổi") or a bound word after "must be"/"applicants", and only when every number is a plausible age
 * (14 to 70). Bounds are reported as written: "under 30" gives max 30. "20~30대" / "20代" (by decade) give 20-39 /
 * 20-29. "at least 18" and "under 30" with no cue at all are not read, since they may count months or staff.
 */
export function extractAges(fieldText: FieldText): AgeFact[] {
  const folded = fieldText.text.folded;
  const facts: AgeFact[] = [];
  let lastEnd = -1;

  for (let match = nextAgeNumber(folded, 0); match !== null; match = nextAgeNumber(folded, match.index + match[0].length)) {
    const numberStart = match.index;
    const numberEnd = numberStart + match[0].length;
    const low = Number(match[1]);
    const high = match[2] === undefined ? undefined : Number(match[2]);
    // A number that is no age read either way (by years or by decade) is dropped before any regex is run after it.
    if (ageRange(low, high, 'min', false) === undefined && ageRange(low, high, 'min', true) === undefined) continue;

    // What follows: unit, then bound word.
    let end = numberEnd;
    const strongUnit = matchAt(STRONG_UNIT_AFTER, folded, end);
    const weakUnit = strongUnit === undefined ? matchAt(WEAK_UNIT_AFTER, folded, end) : undefined;
    const decade = strongUnit === undefined && weakUnit === undefined ? matchAt(DECADE_AFTER, folded, end) : undefined;
    // Numbers that are no age whatever surrounds them ("1/2", "2024", "500") are dropped before the cue windows
    // are read: a field of digits has tens of thousands of them.
    if (ageRange(low, high, 'min', decade !== undefined) === undefined) continue;
    end += (strongUnit ?? weakUnit ?? decade ?? '').length;
    const minAfter = matchAt(MIN_AFTER, folded, end);
    const maxAfter = minAfter === undefined ? matchAt(MAX_AFTER, folded, end) : undefined;
    end += (minAfter ?? maxAfter ?? '').length;
    if (strongUnit === undefined && matchAt(NOT_AN_AGE_AFTER, folded, numberEnd) !== undefined) continue;
    // "20세기" is the 20th century, "3세대" a generation.
    if (strongUnit?.endsWith('세') && /[기대]/u.test(folded.charAt(numberEnd + strongUnit.length))) continue;

    // What comes before: bound word, cue, and a bound word before the cue ("maksimal usia 28").
    const windowStart = Math.max(0, numberStart - AGE_CUE_WINDOW);
    const window = folded.slice(windowStart, numberStart);
    // The window regexes end at the number, and each of their words ends in a letter, a mark or ".": where none
    // stands before the number (past a little punctuation), none of them is run ("1/2", "-21", "(21)").
    const wordBefore = cueMayEndBefore(folded, numberStart);
    const boundBefore = wordBefore ? (lastMatch(MIN_BEFORE_NUMBER, window, 'min') ?? lastMatch(MAX_BEFORE_NUMBER, window, 'max')) : undefined;
    const beforeBound = boundBefore === undefined ? window : window.slice(0, boundBefore.index);
    const cue = boundBefore === undefined && !wordBefore ? null : LEFT_AGE_CUE.exec(beforeBound);
    const boundBeforeCue =
      cue === null || boundBefore !== undefined
        ? undefined
        : lastMatch(MIN_BEFORE_NUMBER, beforeBound.slice(0, cue.index), 'min') ??
          lastMatch(MAX_BEFORE_NUMBER, beforeBound.slice(0, cue.index), 'max');
    const bound: Bound | undefined =
      boundBefore?.bound ?? boundBeforeCue?.bound ?? (minAfter !== undefined ? 'min' : maxAfter !== undefined ? 'max' : undefined);

    const weakCue = bound !== undefined && cue === null && (boundBefore !== undefined || wordBefore) && WEAK_LEFT_AGE_CUE.test(beforeBound);
    const continuesLast =
      bound !== undefined &&
      lastEnd >= windowStart &&
      CONTINUATION.test(folded.slice(lastEnd, windowStart + beforeBound.length));
    const hasCue = cue !== null || weakCue || continuesLast;
    // NOT_A_PERSON_BEFORE ends in a space ("company is ").
    if (cue === null && folded.charCodeAt(numberStart - 1) === 32 && NOT_A_PERSON_BEFORE.test(window)) continue;
    if (decade !== undefined ? !(hasCue || high !== undefined) : !(strongUnit !== undefined || hasCue)) continue;

    const range = ageRange(low, high, bound, decade !== undefined);
    if (range === undefined) continue;

    const cueStart = cue === null ? undefined : windowStart + cue.index;
    const start = Math.min(
      numberStart,
      cueStart ?? numberStart,
      boundBefore === undefined ? numberStart : windowStart + boundBefore.index,
      boundBeforeCue === undefined ? numberStart : windowStart + boundBeforeCue.index,
    );
    const trimmedEnd = end - (folded.slice(numberEnd, end).length - folded.slice(numberEnd, end).trimEnd().length);
    facts.push({ ...range, evidence: evidenceAt(fieldText, start, trimmedEnd) });
    lastEnd = trimmedEnd;
  }
  return facts;
}

// AGE_NUMBER, tried only where a digit stands: it opens with a look-behind, so V8 tried it at every offset.
const AGE_NUMBER_AT = new RegExp(AGE_NUMBER.source, 'uy');

// Finds the next digit natively (a loop over the text in JS was slower on ads, where digits are few).
const DIGIT = /[0-9]/g;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The match `folded.matchAll(AGE_NUMBER)` gives next from `from` on. A match starts at a digit that AGE_NUMBER's
 * look-behind lets through: none after a digit, or after a digit and "." or ",". Such digits are stepped over here,
 * a whole run of digits at a time, so that a wall of digits ("1111…", "1,1,1,…") costs no regex call per digit.
 */
function nextAgeNumber(folded: string, from: number): RegExpExecArray | null {
  DIGIT.lastIndex = from;
  while (DIGIT.test(folded)) {
    let at = DIGIT.lastIndex - 1;
    const before = folded.charCodeAt(at - 1);
    const refused = isDigit(before) || ((before === 46 || before === 44) && isDigit(folded.charCodeAt(at - 2)));
    if (!refused) {
      AGE_NUMBER_AT.lastIndex = at;
      const match = AGE_NUMBER_AT.exec(folded);
      if (match !== null) return match;
    }
    // No digit of this run can start a match either: each stands after a digit.
    while (isDigit(folded.charCodeAt(at + 1))) at++;
    DIGIT.lastIndex = at + 1;
  }
  return null;
}

const plausible = (age: number): boolean => age >= YOUNGEST_AGE && age <= OLDEST_AGE;

function ageRange(
  low: number,
  high: number | undefined,
  bound: Bound | undefined,
  byDecade: boolean,
): { min: number | null; max: number | null } | undefined {
  if (byDecade) {
    // "20~30대": from 20 to 39. Teens ("10대") are kept: they are what a minor-targeting rule needs to see.
    const top = high ?? low;
    if (low % 10 !== 0 || top % 10 !== 0 || low < 10 || top > 60 || low > top) return undefined;
    return { min: low, max: top + 9 };
  }
  if (high !== undefined) {
    return plausible(low) && plausible(high) && low <= high ? { min: low, max: high } : undefined;
  }
  if (!plausible(low)) return undefined;
  if (bound === 'min') return { min: low, max: null };
  if (bound === 'max') return { min: null, max: low };
  return { min: low, max: low };
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match === null || match[0].length === 0 ? undefined : match[0];
}

/** A bound word ending `text` (the patterns are anchored at the end). */
function lastMatch(pattern: RegExp, text: string, bound: Bound): { index: number; bound: Bound } | undefined {
  const match = pattern.exec(text);
  return match === null ? undefined : { index: match.index, bound };
}
