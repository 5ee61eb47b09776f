/** The precomposed Hangul syllables (가 to 힣), as a character-class range for regex sources. */
export const HANGUL_SYLLABLES = '\\uac00-\\ud7a3';

/** A Hangul syllable: the test Korean pay, place and phrase readers make before any Korean-only step. */
export const HANGUL_SYLLABLE = new RegExp(`[${HANGUL_SYLLABLES}]`);

/**
 * The conjoining Hangul vowel and final letters (jungseong and jongseong, old and modern), as a character-class range:
 * in decomposed Korean they follow the initial letter of their syllable, as combining marks follow a base.
 */
export const HANGUL_JOINING_LETTERS = '\\u1160-\\u11FF\\uD7B0-\\uD7FF';
