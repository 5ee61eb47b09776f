import { FIELD_BREAK } from './classifier-tokens';

/**
 * Word unigrams and bigrams, each counted once per posting. Presence rather than counts: a scam ad that repeats
 * "earn" ten times is no more of a scam than one that says it once, and presence is robust to long honest ads.
 */
export function textFeatures(tokens: readonly string[]): Set<string> {
  const features = new Set<string>();
  let previous: string | undefined;
  for (const token of tokens) {
    if (token === FIELD_BREAK) {
      previous = undefined;
      continue;
    }
    features.add(token);
    if (previous !== undefined) features.add(`${previous} ${token}`);
    previous = token;
  }
  return features;
}
