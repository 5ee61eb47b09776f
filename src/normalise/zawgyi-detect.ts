/**
 * Tells Zawgyi-encoded Burmese from Unicode Burmese. Zawgyi, the font encoding much Burmese text on Facebook and in
 * messaging still uses, puts Myanmar glyphs on the same code points with another meaning and in visual order: the
 * vowel sign E (U+1031) and the medial RA come before their consonant, U+1039 is the visible asat rather than the
 * virama, and stacked consonants and glyph variants sit at U+1060-U+1097. Each sign below can only be Zawgyi, or only
 * Unicode; the text is Zawgyi when its Zawgyi signs outnumber its Unicode ones.
 */

const isConsonant = (code: number): boolean => (code >= 0x1000 && code <= 0x102a) || code === 0x103f;
const isMyanmar = (code: number): boolean => code >= 0x1000 && code <= 0x109f;

/** True when the Myanmar letters of `text` read as Zawgyi. */
export function isZawgyi(text: string): boolean {
  let zawgyi = 0;
  let unicode = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isMyanmar(code)) continue;
    const before = index > 0 ? text.charCodeAt(index - 1) : 0;
    const after = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
    if (code === 0x1031) {
      // Unicode writes E after its consonant and medials, and vowel signs after it ("ော", "ေး"); Zawgyi writes E
      // before the consonant (after the end of another syllable) and its medial RA right after it ("ေျ", "ေၾ").
      if (!isConsonant(before) && !(before >= 0x103b && before <= 0x103e)) zawgyi += 1;
      if (after === 0x103b || (after >= 0x107e && after <= 0x1084)) zawgyi += 1;
      if (after === 0x102b || after === 0x102c || after === 0x1037 || after === 0x1038 || after === 0x1036) unicode += 1;
    } else if (code === 0x1039) {
      // The Unicode virama always stacks a consonant; Zawgyi's asat ends a syllable.
      if (!isConsonant(after)) zawgyi += 1;
    } else if (code === 0x103a) {
      // Unicode asat before visarga ("င်း"); Zawgyi's U+103A is the medial YA, which visarga never follows.
      if (after === 0x1038) unicode += 1;
    } else if (code === 0x103e) {
      // Unicode medial HA; Zawgyi writes HA at U+103D and has nothing at U+103E.
      unicode += 1;
    } else if (code === 0x103b && isConsonant(after) && !isConsonant(before) && before !== 0x1031) {
      // Zawgyi's medial RA written before the consonant at the start of a syllable.
      zawgyi += 1;
    } else if (code === 0x1033 || code === 0x1034 || (code >= 0x1060 && code <= 0x1097)) {
      // Zawgyi's glyph variants and stacked consonants; Unicode Burmese text has no letter there.
      zawgyi += 1;
    }
  }
  return zawgyi > unicode;
}
