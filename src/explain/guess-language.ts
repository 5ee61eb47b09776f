/**
 * The language an ad is written in, guessed from its script and, for Latin script, a few very common words: enough
 * to pick the language of a flag's title and summary, nothing more. Returns a BCP 47 primary tag; `en` when unsure.
 */
export function guessLanguage(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  let read = 0;
  for (const text of texts) {
    for (const char of text) {
      if (read++ >= SAMPLE) break;
      const script = scriptOf(char);
      if (script !== null) counts.set(script, (counts.get(script) ?? 0) + 1);
    }
  }
  // Kana decide Japanese even when Han characters outnumber them, as they do in most Japanese text.
  if ((counts.get('ja') ?? 0) >= 3) return 'ja';
  let best = 'latin';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best === 'latin' ? latinLanguage(texts) : best;
}

/** Characters read: a language shows within a couple of thousand. */
const SAMPLE = 4000;

function scriptOf(char: string): string | null {
  const code = char.codePointAt(0) as number;
  if (code < 0x80) return /[a-z]/i.test(char) ? 'latin' : null;
  if (code >= 0xac00 && code <= 0xd7af) return 'ko';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return 'ja';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'zh';
  if (code >= 0x0e00 && code <= 0x0e7f) return 'th';
  if (code >= 0x0e80 && code <= 0x0eff) return 'lo';
  if (code >= 0x1780 && code <= 0x17ff) return 'km';
  if (code >= 0x1000 && code <= 0x109f) return 'my';
  if (code >= 0x0900 && code <= 0x097f) return 'hi';
  if (code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  return null;
}

/** Words common in every ad of one Latin-script language and rare in the others. */
const LATIN_MARKERS: readonly [string, RegExp][] = [
  ['vi', /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu],
  ['id', /\b(?:yang|dan|untuk|dengan|kerja|gaji|lowongan|tidak|atau|bisa)\b/giu],
  ['ms', /\b(?:yang|dan|untuk|dengan|kerja|gaji|jawatan|tidak|atau|boleh|anda)\b/giu],
  ['tl', /\b(?:ang|mga|ng|sa|na|kayo|po|trabaho|sahod)\b/giu],
  ['en', /\b(?:the|and|for|with|you|your|job|work|to|of)\b/giu],
];

function latinLanguage(texts: readonly string[]): string {
  const sample = texts.join('\n').slice(0, SAMPLE);
  let best = 'en';
  let bestCount = 0;
  for (const [language, marker] of LATIN_MARKERS) {
    const count = sample.match(marker)?.length ?? 0;
    // Vietnamese letters are far more telling than words, and Malay shares most of its markers with Indonesian.
    const weighted = language === 'vi' ? count * 3 : count;
    if (weighted > bestCount) {
      best = language;
      bestCount = weighted;
    }
  }
  return best;
}
