/**
 * The stem phrases of every rule in one trie keyed by whole words, walked once per stemmed field: it says at which
 * words a rule's stem phrase may start. The character trie this replaces walked every letter of every word; here a
 * word that starts no phrase costs one hash lookup of a string whose hash V8 has already computed (the stem
 * cache's own strings).
 *
 * A rule's stem alternation, run at a start, can only give a whole-stem hit that is one of its phrases, word for
 * word: so every start where it would give one is listed (and no other is needed; see collectHitsAt).
 */
export interface WordPhraseIndex {
  /** True when no phrase was indexed, so no text can have a candidate. */
  readonly isEmpty: boolean;
  /**
   * For each owner with a phrase that starts at some word of `words` (the text's words in order, joined by single
   * spaces in the text), the offsets in that text where one starts, ascending.
   */
  candidates(words: readonly string[]): Map<number, number[]>;
}

interface WordNode {
  next: Map<string, WordNode> | null;
  owners: number[];
}

/** Builds the index; `entries` pair an owner (a rule's position) with a phrase of words separated by single spaces. */
export function createWordPhraseIndex(entries: Iterable<{ owner: number; literal: string }>): WordPhraseIndex {
  const root: WordNode = { next: null, owners: [] };
  for (const { owner, literal } of entries) {
    let node = root;
    for (const word of literal.split(' ')) {
      if (word.length === 0) throw new Error(`phrase "${literal}" is not words separated by single spaces`);
      node.next ??= new Map();
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: null, owners: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.owners.includes(owner)) node.owners.push(owner);
  }
  const first = root.next;

  return {
    isEmpty: first === null,
    candidates(words) {
      const found = new Map<number, number[]>();
      if (first === null) return found;
      let offset = 0;
      for (let start = 0; start < words.length; offset += (words[start] as string).length + 1, start++) {
        let node = first.get(words[start] as string);
        for (let at = start + 1; node !== undefined; at++) {
          for (const owner of node.owners) {
            const starts = found.get(owner);
            if (starts === undefined) found.set(owner, [offset]);
            else if (starts[starts.length - 1] !== offset) starts.push(offset);
          }
          if (node.next === null || at >= words.length) break;
          node = node.next.get(words[at] as string);
        }
      }
      return found;
    },
  };
}
