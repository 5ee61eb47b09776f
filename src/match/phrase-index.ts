/**
 * One trie over the phrases of every rule, walked once per text, that says where each rule's phrases may start.
 * Running 50 rule alternations over every field cost most of the scoring time (V8 tries each alternative at each
 * offset); the trie reads each offset once for all rules, and each rule's own regex is then run only at the offsets
 * the trie found, so matches stay exactly those of the regex.
 *
 * Spaces and hyphens are skipped on both sides ("free flight" is keyed as "freeflight"), because a phrase's
 * separators match a space, a hyphen or nothing: the trie finds a superset of the starts and the regex decides.
 */
export interface PhraseIndex {
  /** True when no phrase was indexed, so no text can have a candidate. */
  readonly isEmpty: boolean;
  /** For each owner with a possible hit in `text`, its possible start offsets in ascending order. */
  candidates(text: string): Map<number, number[]>;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Owners with a phrase that ends here. */
  owners: number[];
}

/**
 * Offsets at which a hit would be refused anyway, and which the index therefore skips:
 * - `inside-ascii-word`: an ASCII letter or digit right after another (a phrase hit must start a word in spaced
 *   scripts, and `isWholeWordHit` refuses the rest);
 * - `inside-word`: anything but the first character of a space-separated word (stem strings);
 * - `none`: no offset is skipped (literals that rule regexes need, which may sit inside a word).
 */
export type SkippedStarts = 'inside-ascii-word' | 'inside-word' | 'none';

const SPACE = 32;
const HYPHEN = 45;
const isSeparator = (code: number): boolean => code === SPACE || code === HYPHEN;
const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

/** Builds the index; `entries` pair an owner (a rule's position) with a literal phrase as it appears in folded text. */
export function createPhraseIndex(
  entries: Iterable<{ owner: number; literal: string }>,
  skipped: SkippedStarts,
): PhraseIndex {
  const root: TrieNode = { next: new Map(), owners: [] };
  for (const { owner, literal } of entries) {
    let node = root;
    for (let index = 0; index < literal.length; index++) {
      const code = literal.charCodeAt(index);
      if (isSeparator(code)) continue;
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: new Map(), owners: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node === root) throw new Error(`phrase "${literal}" has no character to index`);
    if (!node.owners.includes(owner)) node.owners.push(owner);
  }

  return {
    isEmpty: root.next.size === 0,
    candidates(text) {
      const found = new Map<number, number[]>();
      const length = text.length;
      for (let start = 0; start < length; start++) {
        const code = text.charCodeAt(start);
        if (start > 0 && skipped !== 'none') {
          const before = text.charCodeAt(start - 1);
          if (skipped === 'inside-word' ? before !== SPACE : isAsciiAlphanumeric(code) && isAsciiAlphanumeric(before)) continue;
        }
        let node = root.next.get(code);
        let at = start + 1;
        while (node !== undefined) {
          for (const owner of node.owners) {
            const starts = found.get(owner);
            if (starts === undefined) found.set(owner, [start]);
            else if (starts[starts.length - 1] !== start) starts.push(start);
          }
          if (node.next.size === 0) break;
          while (at < length && isSeparator(text.charCodeAt(at))) at++;
          if (at >= length) break;
          node = node.next.get(text.charCodeAt(at));
          at++;
        }
      }
      return found;
    },
  };
}
