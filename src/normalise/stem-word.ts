import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

// Postings repeat a small vocabulary, so stemming is cached; the cache is dropped whole when it grows large, which
// keeps memory bounded on corpora of millions of ads without per-entry bookkeeping.
const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

const ENGLISH_WORD = /^[a-z]+$/;
// natural's Porter stemmer runs regexes that are quadratic in the word's length (`[^aeiouy]+y` from every letter):
// a 32,000-letter "word" (folding makes one from `㋏`, emoji or confusable letters) took seconds. No English word
// is longer than 45 letters, and no phrase word is that long either, so longer tokens are kept as they are.
export const MAX_STEMMED_LENGTH = 48;

/** Porter stem of a lower-case English word; any other token is returned as it is. */
export function stemWord(token: string): string {
  // The cache is read first: most words are cached English ones, and a hit then costs one lookup and no regex run.
  // Only English words are cached; numbers and names would fill it and have it cleared every few thousand ads.
  if (token.length > MAX_STEMMED_LENGTH) return token;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  if (!ENGLISH_WORD.test(token)) return token;
  const stem = PorterStemmer.stem(token);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(token, stem);
  return stem;
}
