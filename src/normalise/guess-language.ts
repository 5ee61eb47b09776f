/**
 * The language an ad is written in, guessed from its script and, for Latin script, a few very common words: enough
 * to pick the language of a flag's title and summary and to tell home from abroad, nothing more. Returns a BCP 47
 * primary tag; `en` when unsure. It reads a bounded sample, one character code at a time: it runs on every verdict.
 */
export function guessLanguage(texts: readonly string[]): string {
  const counts = new Uint32Array(SCRIPTS.length);
  let budget = SAMPLE;
  for (const text of texts) {
    const end = Math.min(text.length, budget);
    for (let index = 0; index < end; index++) {
      const script = scriptOf(text.charCodeAt(index));
      if (script >= 0) counts[script] = (counts[script] as number) + 1;
    }
    budget -= end;
    if (budget <= 0) break;
  }
  // Kana decide Japanese even when Han characters outnumber them, as they do in most Japanese text.
  if ((counts[JA] as number) >= 3) return 'ja';
  let best = LATIN;
  for (let script = 0; script < SCRIPTS.length; script++) if ((counts[script] as number) > (counts[best] as number)) best = script;
  return best === LATIN ? latinLanguage(texts) : (SCRIPTS[best] as string);
}

/** Characters read: a language shows within a few hundred. */
const SAMPLE = 600;
/** Characters of Latin text searched for common words. */
const LATIN_SAMPLE = 300;

const SCRIPTS = ['latin', 'ko', 'ja', 'zh', 'th', 'lo', 'km', 'my', 'hi'] as const;
const LATIN = 0;
const JA = 2;

function scriptOf(code: number): number {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LATIN : -1;
  if (code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff)) return LATIN;
  if (code >= 0xac00 && code <= 0xd7af) return 1;
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return JA;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 3;
  if (code >= 0x0e00 && code <= 0x0e7f) return 4;
  if (code >= 0x0e80 && code <= 0x0eff) return 5;
  if (code >= 0x1780 && code <= 0x17ff) return 6;
  if (code >= 0x1000 && code <= 0x109f) return 7;
  if (code >= 0x0900 && code <= 0x097f) return 8;
  return -1;
}

/** Words common in every ad of one Latin-script language and rare in the others. */
const LATIN_MARKERS: readonly (readonly [language: string, words: readonly string[]])[] = [
  // Vietnamese typed without diacritics, as SMS often is: words no other language here spells so (not "lam",
  // "tai" or "cong", which are names in English text too).
  ['vi', ['khong', 'luong', 'viec', 'tuyen', 'nguoi', 'duoc', 'trieu', 'thang', 'nhan', 'vien', 'lien', 'kinh', 'nghiem', 'cua', 'nhieu']],
  ['id', ['yang', 'dan', 'untuk', 'dengan', 'kerja', 'gaji', 'lowongan', 'tidak', 'atau', 'bisa']],
  ['id', ['dicari', 'dibutuhkan', 'loker', 'penghasilan', 'hubungi', 'gak', 'aja', 'tdk', 'jt', 'rb']],
  ['ms', ['yang', 'dan', 'untuk', 'dengan', 'kerja', 'gaji', 'jawatan', 'tidak', 'atau', 'boleh', 'anda']],
  // Malay words that Indonesian does not use (or spells otherwise): ties between the two go to Indonesian.
  ['ms', ['kat', 'je', 'sahaja', 'percuma', 'syarikat', 'sebulan', 'kekosongan', 'berminat', 'sila', 'tak']],
  ['tl', ['ang', 'mga', 'ng', 'sa', 'na', 'kayo', 'po', 'trabaho', 'sahod']],
  ['en', ['the', 'and', 'for', 'with', 'you', 'your', 'job', 'work', 'to', 'of']],
];
/** Vietnamese letters, far more telling than words. */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
/** Languages in the order they are weighed (a tie keeps the earlier one): Vietnamese, then LATIN_MARKERS'. */
const LATIN_LANGUAGES = [...new Set(['vi', ...LATIN_MARKERS.map(([language]) => language)])];
/** Each marker word, with the positions in LATIN_LANGUAGES of the languages it counts for. */
const MARKER_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const languages = new Map<string, Set<number>>();
  for (const [language, words] of LATIN_MARKERS) {
    for (const word of words) languages.set(word, (languages.get(word) ?? new Set()).add(LATIN_LANGUAGES.indexOf(language)));
  }
  return new Map([...languages].map(([word, positions]) => [word, [...positions]]));
})();
const LONGEST_MARKER = Math.max(...[...MARKER_LANGUAGES.keys()].map((word) => word.length));

/**
 * A word character as `\b` sees it in a case-insensitive Unicode regex: ASCII letters, digits and `_`, and the two
 * characters that case-fold to ASCII letters (ſ to s, the Kelvin sign to k).
 */
const isBoundaryWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 0x17f || code === 0x212a;

/**
 * Counts, per language, the words of its markers in one pass over the sample: what a case-insensitive
 * `\b(?:word|...)\b` regex per language counts (each match is a whole run of word characters), without running
 * one regex per language over it.
 */
function latinLanguage(texts: readonly string[]): string {
  const sample = (texts.length === 1 ? (texts[0] as string) : texts.join('\n')).slice(0, LATIN_SAMPLE);
  const counts = LATIN_LANGUAGES.map(() => 0);
  counts[0] = (sample.match(VIETNAMESE_LETTER)?.length ?? 0) * 3;
  let index = 0;
  while (index < sample.length) {
    if (!isBoundaryWordCode(sample.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < sample.length && isBoundaryWordCode(sample.charCodeAt(index))) index += 1;
    if (index - start > LONGEST_MARKER) continue;
    const word = sample.slice(start, index).toLowerCase().replace(/\u017f/gu, 's');
    for (const language of MARKER_LANGUAGES.get(word) ?? []) counts[language] = (counts[language] as number) + 1;
  }
  // Malay shares most of its markers with Indonesian: a tie keeps the language weighed first.
  let best = 'en';
  let bestCount = 0;
  LATIN_LANGUAGES.forEach((language, position) => {
    if ((counts[position] as number) > bestCount) {
      best = language;
      bestCount = counts[position] as number;
    }
  });
  return best;
}
