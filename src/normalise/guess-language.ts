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
const LATIN_MARKERS: readonly [string, RegExp][] = [
  ['vi', /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu],
  // Vietnamese typed without diacritics, as SMS often is: words no other language here spells so (not "lam",
  // "tai" or "cong", which are names in English text too).
  ['vi', /\b(?:khong|luong|viec|tuyen|nguoi|duoc|trieu|thang|nhan|vien|lien|kinh|nghiem|cua|nhieu)\b/giu],
  ['id', /\b(?:yang|dan|untuk|dengan|kerja|gaji|lowongan|tidak|atau|bisa)\b/giu],
  ['id', /\b(?:dicari|dibutuhkan|loker|penghasilan|hubungi|gak|aja|tdk|jt|rb)\b/giu],
  ['ms', /\b(?:yang|dan|untuk|dengan|kerja|gaji|jawatan|tidak|atau|boleh|anda)\b/giu],
  // Malay words that Indonesian does not use (or spells otherwise): ties between the two go to Indonesian.
  ['ms', /\b(?:kat|je|sahaja|percuma|syarikat|sebulan|kekosongan|berminat|sila|tak)\b/giu],
  ['tl', /\b(?:ang|mga|ng|sa|na|kayo|po|trabaho|sahod)\b/giu],
  ['en', /\b(?:the|and|for|with|you|your|job|work|to|of)\b/giu],
];

function latinLanguage(texts: readonly string[]): string {
  const sample = (texts.length === 1 ? (texts[0] as string) : texts.join('\n')).slice(0, LATIN_SAMPLE);
  const counts = new Map<string, number>();
  for (const [index, [language, marker]] of LATIN_MARKERS.entries()) {
    const count = sample.match(marker)?.length ?? 0;
    // Vietnamese letters are far more telling than words, and Malay shares most of its markers with Indonesian.
    const weighted = index === 0 ? count * 3 : count;
    counts.set(language, (counts.get(language) ?? 0) + weighted);
  }
  let best = 'en';
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
