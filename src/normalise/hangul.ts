/** The precomposed Hangul syllables (가 to 힣), as a character-class range for regex sources. */
export const HANGUL_SYLLABLES = '\\uac00-\\ud7a3';

/** A Hangul syllable: the test Korean pay, place and phrase readers make before any Korean-only step. */
export const HANGUL_SYLLABLE = new RegExp(`[${HANGUL_SYLLABLES}]`);
