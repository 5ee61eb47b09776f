import { unionFindOf } from '../../campaigns/union-find';

/** Word 5-grams: long enough that two honest ads rarely share many by chance, short enough to survive small edits. */
const SHINGLE_WORDS = 5;
/** Near-copy threshold on the Jaccard index of two texts' shingle sets (the data README's definition of a template). */
export const NEAR_COPY_JACCARD = 0.5;

/**
 * Groups texts that are near-copies of each other: word 5-gram Jaccard >= 0.5, closed transitively (a chain of
 * near-copies is one group). Templated fraud would otherwise sit on both sides of a split and flatter any model.
 * Returns a group number per text, numbered in order of first appearance, so the result depends only on the texts.
 *
 * Exact: candidate pairs come from an inverted index of shingles, so the cost is the sum over shingles of the square
 * of how many texts share it, small for ads (boilerplate shared by hundreds of ads is the worst case).
 */
export function nearCopyGroups(texts: readonly string[], threshold = NEAR_COPY_JACCARD): Int32Array {
  const shingles = texts.map(shingleSet);
  const postings = new Map<number, number[]>();
  shingles.forEach((set, text) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list === undefined) postings.set(shingle, [text]);
      else list.push(text);
    }
  });

  const groups = unionFindOf(texts.length);
  const shared = new Map<number, number>();
  shingles.forEach((set, text) => {
    shared.clear();
    for (const shingle of set) {
      for (const other of postings.get(shingle) as number[]) if (other > text) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const [other, common] of shared) {
      const union = set.size + (shingles[other] as Set<number>).size - common;
      if (common / union >= threshold) groups.union(text, other);
    }
  });

  return groups.setNumbers();
}

/**
 * A text's word 5-grams, each hashed to 32 bits (FNV-1a). Lower-cased letters and digits only, so punctuation and
 * spacing do not hide a copy. A text shorter than five words is one shingle of all its words; an empty text has
 * none and is a group of its own.
 */
export function shingleSet(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  const span = Math.min(SHINGLE_WORDS, words.length);
  for (let start = 0; start + span <= words.length && span > 0; start++) set.add(hashWords(words, start, span));
  return set;
}

function hashWords(words: readonly string[], start: number, count: number): number {
  let hash = 0x811c9dc5;
  for (let word = start; word < start + count; word++) {
    const text = words[word] as string;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x20, 0x01000193);
  }
  return hash >>> 0;
}
