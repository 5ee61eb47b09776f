/** Lower-case alphanumeric words: what "the same text" means when comparing ads across data sets. */
export const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);

/**
 * Finds test texts that also appear in the training data: equal to, inside, or containing a training field of at
 * least `minWords` words (after lower-casing and dropping punctuation). EMSCAD and DIFrauD share their source, so
 * without this the "held-out" set would partly be the training set.
 */
export function exactOverlap(trainingTexts: readonly string[], minWords = 20): (text: string) => boolean {
  const fields = trainingTexts.map(words).filter((field) => field.length >= minWords).map((field) => field.join(' '));
  const all = fields.join('\n');
  return (text) => {
    const joined = words(text).join(' ');
    return joined.length > 0 && (all.includes(joined) || fields.some((field) => joined.includes(field)));
  };
}

/** Harsher: a test text most of whose 8-word shingles occur somewhere in the training data (shared templates). */
export function templateOverlap(trainingTexts: readonly string[], share = 0.5): (text: string) => boolean {
  const shingles = new Set<string>();
  for (const text of trainingTexts) for (const shingle of shinglesOf(words(text))) shingles.add(shingle);
  return (text) => {
    const own = shinglesOf(words(text));
    if (own.length === 0) return false;
    return own.filter((shingle) => shingles.has(shingle)).length / own.length >= share;
  };
}

function shinglesOf(list: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i + 8 <= list.length; i++) result.push(list.slice(i, i + 8).join(' '));
  return result;
}
