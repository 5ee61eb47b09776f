import stopwords from 'natural/lib/natural/util/stopwords.js';
import { foldPhrase } from './fold-phrase';
import { stemWord } from './stem-word';

/**
 * The Latin-script words the rules and extractors look for ("telegram", "visa", "salary", "cambodia"). Digit
 * swaps are undone only where they spell one of these words: "v1sa" becomes "visa", but "rm1500", "5pm", "b2b"
 * and "covid19" stay as written, so that pay, times and product names read as before.
 */
export interface Lexicon {
  /** True for a word of the lexicon or an inflection of one ("flights" when "flight" is in it). */
  has(word: string): boolean;
  /**
   * How much of a word matched the lexicon: all of it for a lexicon word, the part it shares with its stem for an
   * inflection ("flights" → 6), 0 for a word not in it.
   */
  matchedLength(word: string): number;
  /** True for a lexicon word worth evading a filter for: not a function word like "with" or "your". */
  isKeyword(word: string): boolean;
}

/** Shorter words are too easily spelled by chance ("b4", "gr8"): neither swaps nor disguise flags read them. */
export const MIN_LEXICON_WORD = 4;

const LATIN_WORD = /[a-z]+/g;
let functionWords: ReadonlySet<string> | null = null;

/**
 * A lexicon of the ASCII-letter words, of at least MIN_LEXICON_WORD letters, found in `texts` once folded. `texts`
 * may be a function that lists them: the words are then read and stemmed on the first lookup, which most postings
 * (those without a disguise) never make, and which would otherwise cost about a fifth of building a scanner.
 */
export function createLexicon(texts: Iterable<string> | (() => Iterable<string>)): Lexicon {
  let words: Set<string> | null = null;
  const stems = new Set<string>();
  const wordsRead = (): Set<string> => {
    if (words !== null) return words;
    words = new Set<string>();
    for (const text of typeof texts === 'function' ? texts() : texts) {
      for (const [word] of foldPhrase(text).matchAll(LATIN_WORD)) {
        if (word.length < MIN_LEXICON_WORD || words.has(word)) continue;
        words.add(word);
        stems.add(stemWord(word));
      }
    }
    return words;
  };
  if (typeof texts !== 'function') wordsRead();
  const matchedLength = (word: string): number => {
    if (word.length < MIN_LEXICON_WORD) return 0;
    if (wordsRead().has(word)) return word.length;
    const stem = stemWord(word);
    return stems.has(stem) ? commonPrefix(word, stem) : 0;
  };
  const has = (word: string): boolean => matchedLength(word) > 0;
  return {
    has,
    matchedLength,
    isKeyword(word) {
      functionWords ??= new Set(stopwords.words);
      return has(word) && !functionWords.has(word);
    },
  };
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charAt(length) === b.charAt(length)) length += 1;
  return length;
}
