import { escapeRegex } from '../../normalise/folded-regex';
import { foldText } from '../../normalise/folded-text';
import type { PlaceFact } from '../facts';
import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import type { GazetteerEntry } from './gazetteer';
import { COUNTRIES, GAZETTEER } from './gazetteer';
import { HANGUL_SYLLABLE } from '../../normalise/hangul';

// Two matchers, because V8 skips ahead quickly only when every alternative starts with a literal character:
// Latin names share one whole-word guard around the whole alternation; names in other scripts start with their
// first character and check what comes before it in a look-behind placed after that character.
const LATIN_LETTER = 'a-z0-9_\\u00c0-\\u024f\\u1e00-\\u1eff'; // Vietnamese letters count as word letters
const LATIN = new RegExp(`[${LATIN_LETTER}]`, 'u');
const KATAKANA = /[\u30a1-\u30fa\u30fc]/u;
const HAN = /\p{Script=Han}/u;
const THAI = /[\u0e00-\u0e7f]/u;

/** What may not come before a non-Latin name, by the script of its first character. */
function forbiddenBefore(first: string): string | undefined {
  if (LATIN.test(first)) return `[${LATIN_LETTER}]`; // "kk园区" not in "xkk园区"
  if (KATAKANA.test(first)) return '[\\u30a1-\\u30fa\\u30fc]'; // "タイ" not in "ネクタイ"
  if (THAI.test(first)) return '(?:ภาษา|คน|ชาว)'; // not "Thai language", "Thai people"
  return undefined;
}

/** What may not come after a non-Latin name, by the script of its last character. */
function guardAfter(last: string): string {
  if (LATIN.test(last)) return `(?![${LATIN_LETTER}])`;
  if (KATAKANA.test(last)) return '(?![\\u30a1-\\u30fa\\u30fc語人])'; // not "タイプ", "タイ語", "タイ人"
  if (HANGUL_SYLLABLE.test(last)) return '(?![어인족])'; // not "태국어" (the language), "태국인" (people), "대만족"
  if (last === '国' || last === '國') return '(?![语語文人际際])'; // not "润德国际" (…德 + 国际, "international")
  if (HAN.test(last)) return '(?![语語文人])'; // not "泰语", "日本人"
  if (THAI.test(last)) return '(?![\\u0e31\\u0e33-\\u0e3a\\u0e47-\\u0e4e])'; // the word does not go on
  return '';
}

function escapeName(name: string): string {
  return escapeRegex(name).replace(/ /g, '[ -]?');
}

function otherScriptPattern(name: string): string {
  const first = name.charAt(0);
  const escapedFirst = escapeName(first);
  const before = forbiddenBefore(first);
  const guardFirst = before === undefined ? '' : `(?<!${before}${escapedFirst})`;
  return `${escapedFirst}${guardFirst}${escapeName(name.slice(1))}${guardAfter(name.charAt(name.length - 1))}`;
}

// "bahasa Inggris" (the English language), "sastra Jepang" (Japanese literature), "tiếng Hàn Quốc" (Korean).
const NOT_A_LANGUAGE = '(?<!bahasa |berbahasa |sastra |tiếng |tieng |wikang )';

const isLatinName = (name: string): boolean => LATIN.test(name.charAt(0)) && !/[^\x00-\u024f\u1e00-\u1eff]/u.test(name);
const byLengthDescending = (a: string, b: string): number => b.length - a.length;

interface PlaceMatcher {
  pattern: RegExp;
  /**
   * The same alternation split by the first code unit of each alternative, each part sticky with its own entries:
   * tried only where the text has a code unit some name starts with, and then only with those names. V8 tried every
   * alternative of the whole at every offset of Chinese or Thai text. Absent when an alternative's first character
   * cannot be read off its source.
   */
  byFirstUnit?: {
    /** Per code unit, 1 + the index in `parts` of the part for names that start with it; 0 when none does. */
    partOfUnit: Uint16Array;
    parts: readonly (() => { regex: RegExp; entries: readonly GazetteerEntry[] })[];
  };
  /** Capture group k + 1 is entries[k]. */
  entries: readonly GazetteerEntry[];
}

// Names and patterns are folded like the text they are matched against (NFKC turns Thai "ำ" into "ํา").
const namesOf = (entry: GazetteerEntry): string[] => entry.names.map((name) => foldText(name).folded);
const patternsOf = (patterns: readonly string[] | undefined): string[] =>
  (patterns ?? []).map((pattern) => pattern.normalize('NFKC'));

function latinMatcher(): PlaceMatcher {
  const entries = GAZETTEER.filter((entry) => namesOf(entry).some(isLatinName) || (entry.wordPatterns?.length ?? 0) > 0);
  const groups = entries.map((entry) => {
    const names = namesOf(entry).filter(isLatinName).sort(byLengthDescending).map(escapeName);
    return `(${[...patternsOf(entry.wordPatterns), ...names].join('|')})`;
  });
  const pattern = `(?<![${LATIN_LETTER}])${NOT_A_LANGUAGE}(?:${groups.join('|')})(?![${LATIN_LETTER}])`;
  return { pattern: new RegExp(pattern, 'gu'), entries };
}

function otherScriptMatcher(): PlaceMatcher {
  const entries = GAZETTEER.filter(
    (entry) => namesOf(entry).some((name) => !isLatinName(name)) || (entry.patterns?.length ?? 0) > 0,
  );
  const alternativesOf = entries.map((entry) => [
    ...patternsOf(entry.patterns),
    ...namesOf(entry).filter((name) => !isLatinName(name)).sort(byLengthDescending).map(otherScriptPattern),
  ]);
  const groups = alternativesOf.map((alternatives) => `(${alternatives.join('|')})`);
  return { pattern: new RegExp(groups.join('|'), 'gu'), entries, ...splitByFirstUnit(alternativesOf, entries) };
}

/**
 * The alternation of `alternativesOf` (per entry, in order) split by first code unit: for each unit, the entries
 * with an alternative that starts with it, each with those alternatives in their order. A source with alternatives
 * of its own at top level counts under each of their first units, whole. Undefined when a first unit is not plain.
 */
function splitByFirstUnit(
  alternativesOf: readonly (readonly string[])[],
  entries: readonly GazetteerEntry[],
): Pick<PlaceMatcher, 'byFirstUnit'> {
  const parts = new Map<number, { sources: string[][]; entries: GazetteerEntry[] }>();
  for (const [index, alternatives] of alternativesOf.entries()) {
    for (const source of alternatives) {
      const units = new Set<number>();
      for (const branch of topLevelBranches(source)) {
        const unit = plainFirstUnit(branch);
        if (unit === null) return {};
        units.add(unit);
      }
      for (const unit of units) {
        let part = parts.get(unit);
        if (part === undefined) {
          part = { sources: [], entries: [] };
          parts.set(unit, part);
        }
        if (part.entries[part.entries.length - 1] !== entries[index]) {
          part.entries.push(entries[index] as GazetteerEntry);
          part.sources.push([]);
        }
        (part.sources[part.sources.length - 1] as string[]).push(source);
      }
    }
  }
  // Per code unit, 1 + the index of its part (0: no name starts with it): a typed-array read per offset of the
  // text, where a Map lookup per offset was most of the matcher's time on text in other scripts.
  const partOfUnit = new Uint16Array(0x10000);
  const compiledParts: (() => { regex: RegExp; entries: readonly GazetteerEntry[] })[] = [];
  for (const [unit, part] of parts) {
    let compiled: { regex: RegExp; entries: readonly GazetteerEntry[] } | undefined;
    const source = part.sources.map((sources) => `(${sources.join('|')})`).join('|');
    // Compiled on first use: most first units never occur in a given run.
    compiledParts.push(() => (compiled ??= { regex: new RegExp(source, 'uy'), entries: part.entries }));
    partOfUnit[unit] = compiledParts.length;
  }
  return { byFirstUnit: { partOfUnit, parts: compiledParts } };
}

/** The top-level alternatives of a regex source (split at `|` outside groups, classes and escapes). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source.charAt(index);
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(from, index));
      from = index + 1;
    }
  }
  branches.push(source.slice(from));
  return branches;
}

/** The first code unit every match of a branch starts with, when the branch starts with a plain character; else null. */
function plainFirstUnit(branch: string): number | null {
  const first = branch.codePointAt(0);
  if (first === undefined || '\\^$.*+?()[]{}|/ '.includes(String.fromCodePoint(first))) return null;
  const after = branch.charAt(first > 0xffff ? 2 : 1);
  if (after === '?' || after === '*' || after === '+' || after === '{') return null;
  return branch.charCodeAt(0);
}

/** Compiled once, on first use: folding every gazetteer name cost about 25 ms of importing lurescan. */
let matchers: readonly PlaceMatcher[] | null = null;
const placeMatchers = (): readonly PlaceMatcher[] => (matchers ??= [latinMatcher(), otherScriptMatcher()]);

const NON_ASCII = /[^\x00-\x7f]/;

// "us" in folded text is usually the pronoun; see isTheCountryUs. A bare "us" has no letter, digit or dot next to it.
const NEXT_TO_BARE_US = /[a-z0-9.]/;
const isBareUs = (folded: string, at: number): boolean =>
  (at === 0 || !NEXT_TO_BARE_US.test(folded.charAt(at - 1))) && (at + 2 >= folded.length || !NEXT_TO_BARE_US.test(folded.charAt(at + 2)));
const US_BEFORE_THE = /(?:^|[^a-z])the $/;
const US_AFTER = /^(?:-| )?based(?![a-z])|^ (?:citizens?|residents?|market|office|dollars?|green card)(?![a-z])/;
const US_AS_OBJECT = /(?:^|[^a-z])(?:about|contact|join|email|call|message|tell|help|let|with|for|to) $/;
const US_PREPOSITION = /(?:^|[^a-z])(in|across|within|throughout|outside|from) $/;

// EMSCAD's location field starts with an ISO code: "US, NY, New York", "GB, LND, London".
const LOCATION_CODE = /^ ?([a-z]{2}) ?(?:,|$)/;
const COUNTRY_OF_CODE: ReadonlyMap<string, GazetteerEntry> = new Map(
  COUNTRIES.map((entry) => [entry.country.toLowerCase(), entry]),
);

/**
 * Places named in one field: countries, capitals and known scam-compound hubs, in the languages lures are written
 * in (en, zh, vi, id/ms, th, tl, ko, ja), with evidence quoted from the original text.
 *
 * "US" and "UK": "uk" is read as the United Kingdom wherever it stands as a word; "us" only where it cannot be the
 * pronoun: "the US", "US-based", "US citizens", or an upper-case "US" after "in/across/from/...".
 * In the `location` field a leading ISO code ("US, NY, New York") names the country.
 */
export function extractPlaces(fieldText: FieldText): PlaceFact[] {
  const folded = fieldText.text.folded;
  const found: { entry: GazetteerEntry; start: number; end: number }[] = [];

  // Names in other scripts all hold a non-ASCII character: plain ASCII text (most English ads) skips their matcher.
  const [latin, other] = placeMatchers() as [PlaceMatcher, PlaceMatcher];
  const matchers = NON_ASCII.test(folded) ? [latin, other] : [latin];
  for (const matcher of matchers) {
    if (matcher.byFirstUnit !== undefined) {
      findByFirstUnit(folded, matcher.byFirstUnit, found);
      continue;
    }
    for (const match of folded.matchAll(matcher.pattern)) {
      const entry = entryOfMatch(match, matcher.entries);
      if (entry === undefined || match[0].length === 0) continue;
      found.push({ entry, start: match.index, end: match.index + match[0].length });
    }
  }

  const unitedStates = COUNTRY_OF_CODE.get('us');
  if (unitedStates !== undefined) {
    // Each "us" with no letter, digit or dot on either side, found with indexOf (the look-behind regex this
    // replaces was tried at every offset).
    for (let at = folded.indexOf('us'); at !== -1; at = folded.indexOf('us', at + 2)) {
      if (!isBareUs(folded, at) || !isTheCountryUs(fieldText, at)) continue;
      found.push({ entry: unitedStates, start: at, end: at + 2 });
    }
  }

  if (fieldText.field === 'location') {
    const code = LOCATION_CODE.exec(folded);
    const entry = code?.[1] === undefined ? undefined : COUNTRY_OF_CODE.get(code[1]);
    if (code?.[1] !== undefined && entry !== undefined) {
      const start = code[0].indexOf(code[1]);
      found.push({ entry, start, end: start + 2 });
    }
  }

  found.sort((a, b) => a.start - b.start || a.end - b.end);
  // A mixed name ("kk园区") and a Latin one could meet at one span; keep the first.
  const seen = new Set<string>();
  const places: PlaceFact[] = [];
  for (const { entry, start, end } of found) {
    const key = `${start} ${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push({ name: entry.name, country: entry.country, hub: entry.hub, evidence: evidenceAt(fieldText, start, end) });
  }
  return places;
}

/**
 * The matches `folded.matchAll` of the whole alternation gives: at each offset in order, the part for the code unit
 * there (an alternative that starts with another unit cannot match there), and on from the end of each match.
 */
function findByFirstUnit(
  folded: string,
  byFirstUnit: NonNullable<PlaceMatcher['byFirstUnit']>,
  found: { entry: GazetteerEntry; start: number; end: number }[],
): void {
  const { partOfUnit, parts } = byFirstUnit;
  for (let start = 0; start < folded.length; start++) {
    const part = partOfUnit[folded.charCodeAt(start)] as number;
    if (part === 0) continue;
    const { regex, entries } = (parts[part - 1] as (typeof parts)[number])();
    regex.lastIndex = start;
    const match = regex.exec(folded);
    regex.lastIndex = 0;
    if (match === null || match[0].length === 0) continue;
    const entry = entryOfMatch(match, entries);
    if (entry !== undefined) found.push({ entry, start, end: start + match[0].length });
    start += match[0].length - 1;
  }
}

function entryOfMatch(match: RegExpMatchArray, entries: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return entries[group - 1];
  }
  return undefined;
}

function isTheCountryUs(fieldText: FieldText, start: number): boolean {
  const folded = fieldText.text.folded;
  const before = folded.slice(Math.max(0, start - 12), start);
  if (US_BEFORE_THE.test(before)) return true;
  const written = evidenceAt(fieldText, start, start + 2).text;
  // "US-based", "US citizens"; not "About Us Based near…" or "ABOUT US Based…" (a heading glued to the text).
  if (US_AFTER.test(folded.slice(start + 2, start + 16)) && (written === 'US' || folded.charAt(start + 2) === '-')) {
    return !US_AS_OBJECT.test(before);
  }
  const preposition = US_PREPOSITION.exec(before);
  if (preposition?.[1] === undefined) return false;
  // Upper-case "US" after a lower-case preposition: "based in US", but not "CONTACT US" or "WRITE TO US".
  const prepositionStart = start - preposition[1].length - 1;
  const originalPreposition = evidenceAt(fieldText, prepositionStart, prepositionStart + preposition[1].length).text;
  return written === 'US' && originalPreposition !== originalPreposition.toUpperCase();
}
