/**
 * Writes simple Unicode Burmese as a Zawgyi font user types it, for tests: the vowel sign E and the medial RA move
 * before their consonant, and asat and the medials take Zawgyi's code points. Stacked consonants and kinzi are left
 * out (tests write those by hand).
 */
const ZAWGYI_OF: Readonly<Record<string, string>> = {
  '\u103a': '\u1039',
  '\u103b': '\u103a',
  '\u103c': '\u103b',
  '\u103d': '\u103c',
  '\u103e': '\u103d',
};

const CONSONANT = /[\u1000-\u102a]/;

export function toZawgyi(unicode: string): string {
  const out: string[] = [];
  const chars = [...unicode];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string;
    if (!CONSONANT.test(char)) {
      out.push(ZAWGYI_OF[char] ?? char);
      continue;
    }
    // The consonant's own medials and signs, up to the next consonant or non-Myanmar character.
    let end = index + 1;
    while (end < chars.length && /[\u102b-\u103e]/.test(chars[end] as string)) end++;
    const signs = chars.slice(index + 1, end);
    const prefix = [signs.includes('\u1031') ? '\u1031' : '', signs.includes('\u103c') ? '\u103b' : ''].join('');
    const rest = signs.filter((sign) => sign !== '\u1031' && sign !== '\u103c').map((sign) => ZAWGYI_OF[sign] ?? sign);
    out.push(prefix, char, ...rest);
    index = end - 1;
  }
  return out.join('');
}
