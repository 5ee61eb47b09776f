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

/** A phrase as the index keys it: without the separators (a space or a hyphen matches one, or nothing). */
export const withoutSeparators = (text: string): string => text.replaceAll(/[ -]/gu, '');

/**
 * Code unit order (not locale order), the order of a trie's children: an image lists its literals by key and then
 * literal in it, and a rule compiled from its own phrases tries them in the same order.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

/** Builds the index; `entries` pair an owner (a rule's position) with a literal phrase as it appears in folded text. */
export function createPhraseIndex(
  entries: Iterable<{ owner: number; literal: string }>,
  skipped: SkippedStarts,
): PhraseIndex {
  return indexOfTrie(buildTrie(entries), skipped);
}

/**
 * An entry of an image: `literal` is the text the image keeps (a rule's whole folded phrase), and its first `keyEnd`
 * code units, separators dropped, are the key the index finds (the whole literal when `keyEnd` is left out).
 */
export interface ImageEntry {
  owner: number;
  literal: string;
  keyEnd?: number;
}

/**
 * The index of `entries` as plain data, for an image written at build time and read by `phraseIndexFromImage`. The
 * image keeps each entry's whole literal, so that it is also the store the literals are read back from
 * (`literalsOfImage`): the built-in rules' phrases ship once, here, and not again in the rule set.
 */
export function phraseIndexImage(entries: Iterable<ImageEntry>): PhraseIndexImage {
  // Each literal once with its owners; listed by key, then literal, in code unit order (as the trie orders children).
  const byLiteral = new Map<string, { key: string; keyEnd: number; owners: number[] }>();
  for (const { owner, literal, keyEnd = literal.length } of entries) {
    const key = withoutSeparators(literal.slice(0, keyEnd));
    if (key === '') throw new Error(`phrase "${literal}" has no character to index`);
    const known = byLiteral.get(literal);
    if (known === undefined) byLiteral.set(literal, { key, keyEnd, owners: [owner] });
    else if (known.keyEnd !== keyEnd) throw new Error(`phrase "${literal}" is keyed two ways`);
    else if (!known.owners.includes(owner)) known.owners.push(owner);
  }
  const listed = [...byLiteral].sort(([a, x], [b, y]) => byCodeUnits(x.key, y.key) || byCodeUnits(a, b));
  const records: string[] = [];
  const ownerCodes: number[] = [];
  const keyEnds: number[] = [];
  let previous = '';
  let shortened = 0;
  let longest = 0;
  const end = END_MARKS.find((mark) => listed.every(([literal]) => !literal.includes(mark)));
  if (end === undefined) throw new Error(`the phrases hold every one of ${END_MARKS.join(' ')}: an image cannot mark their ends`);
  for (const [position, [literal, { keyEnd, owners }]] of listed.entries()) {
    let shared = 0;
    while (shared < previous.length && shared < literal.length && previous.charCodeAt(shared) === literal.charCodeAt(shared)) shared++;
    records.push(String.fromCharCode(countCode(shared)), literal.slice(shared), end);
    longest = Math.max(longest, literal.length);
    ownerCodes.push(countCode(owners.length), ...owners.map(countCode));
    if (keyEnd < literal.length) {
      keyEnds.push(countCode(position - shortened), countCode(keyEnd));
      shortened = position;
    }
    previous = literal;
  }
  return { keys: records.join(''), end, owners: fromCodes(ownerCodes), keyEnds: fromCodes(keyEnds), longest };
}

/** A key end past any literal's end: an integer, so that the decoder's arithmetic stays on small integers. */
const NO_END = 0x3fffffff;

/** What may end each literal of an image's `keys`: the first that no literal holds, one byte in JSON (a line break is two). */
const END_MARKS = ['|', '~', '`', '^', '\n'];

/** The literals an image holds, by owner, each owner's in the order the image lists them (by key, then literal). */
export function literalsOfImage(image: PhraseIndexImage): Map<number, string[]> {
  const { keys, owners: ownerText } = image;
  const byOwner = new Map<number, string[]>();
  let previous = '';
  let ownerAt = 0;
  for (let at = 0; at < keys.length;) {
    const shared = keys.charCodeAt(at) - COUNT_BASE;
    const end = keys.indexOf(image.end, at + 1);
    const literal = previous.slice(0, shared) + keys.slice(at + 1, end);
    at = end + 1;
    const count = ownerText.charCodeAt(ownerAt++) - COUNT_BASE;
    for (let slot = 0; slot < count; slot++) {
      const owner = ownerText.charCodeAt(ownerAt++) - COUNT_BASE;
      const list = byOwner.get(owner);
      if (list === undefined) byOwner.set(owner, [literal]);
      else list.push(literal);
    }
    previous = literal;
  }
  return byOwner;
}

/** The index an image holds, as `createPhraseIndex` would have built it from the same entries. */
export function phraseIndexFromImage(image: PhraseIndexImage, skipped: SkippedStarts): PhraseIndex {
  return indexOfTrie(decodeTrie(image), skipped);
}

function indexOfTrie(trie: PackedTrie, skipped: SkippedStarts): PhraseIndex {
  const skipMode = skipped === 'none' ? SKIP_NONE : skipped === 'inside-word' ? SKIP_INSIDE_WORD : SKIP_INSIDE_ASCII_WORD;
  const { firstNode, nodes } = packNodes(trie);
  const prefixes = keyPrefixFilter(firstNode, nodes);

  return {
    isEmpty: trie.isEmpty,
    candidates(text) {
      const found = new Map<number, number[]>();
      const length = text.length;
      // The code unit before `start` (a space before the first), read once per offset.
      let before = SPACE;
      for (let start = 0; start < length; before = text.charCodeAt(start), start++) {
        const code = text.charCodeAt(start);
        // Offsets inside a word are most of the text: they are settled from the text alone, before the table is read.
        if (skipMode === SKIP_INSIDE_ASCII_WORD ? isAsciiAlphanumeric(code) && isAsciiAlphanumeric(before) : skipMode === SKIP_INSIDE_WORD && before !== SPACE) {
          continue;
        }
        let node = firstNode[code] ?? 0;
        // Most other offsets start no phrase either: one typed-array read settles them.
        if (node === 0) continue;
        if (code < 0x80 && !prefixes.mayStart(text, start)) continue;
        let at = start + 1;
        for (;;) {
          // The node's record: its owners, then its children (see packNodes).
          const ownerCount = nodes[node] ?? 0;
          for (let slot = node + 1; slot <= node + ownerCount; slot++) {
            const owner = nodes[slot] ?? 0;
            const starts = found.get(owner);
            if (starts === undefined) found.set(owner, [start]);
            else if (starts[starts.length - 1] !== start) starts.push(start);
          }
          while (at < length && isSeparator(text.charCodeAt(at))) at++;
          if (at >= length) break;
          node = childOf(nodes, node + 1 + ownerCount, text.charCodeAt(at));
          if (node === 0) break;
          at++;
        }
      }
      return found;
    },
  };
}

/** Code units a key prefix is hashed on (separators skipped after the first, as the walk skips them). */
const PREFIX_LENGTH = 4;
const FILTER_BITS = 1 << 17;
const HASH_MASK = 0x3fffffff;

/**
 * A filter that says, from the text alone, that no key starts at an offset: most walks from a word start go three or
 * four nodes down before they fail, each node a cache miss in a trie of megabytes, where two bit sets of 16 KB stay
 * in the cache. A key can start at `start` only if the text's first four code units there (separators skipped after
 * the first) are the first four of a key, or if a key of one to three code units is spelt there: each kind is in
 * its own bit set by hash, so the filter may let an offset through for nothing but never stops one a key starts at.
 * Asked only at ASCII characters: there it rules out more than half of the word starts (isolated, the walk over
 * difraud-jobs ads went from 17 to 15 us per ad, the trie's misses weighing more in a whole verdict); walks from Han
 * or Thai characters are short, and the filter cost more than it saved.
 */
interface KeyPrefixFilter {
  mayStart(text: string, start: number): boolean;
}

function keyPrefixFilter(firstNode: Int32Array, nodes: Int32Array): KeyPrefixFilter {
  const long = new Uint32Array(FILTER_BITS / 32);
  const short = new Uint32Array(FILTER_BITS / 32);
  const add = (bits: Uint32Array, hash: number): void => {
    const bit = (hash ^ (hash >>> 15)) & (FILTER_BITS - 1);
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  };
  // Every path of up to four code units from the root: [node, depth, hash].
  const stack: [number, number, number][] = [];
  for (let code = 0; code < firstNode.length; code++) {
    const node = firstNode[code] ?? 0;
    if (node !== 0) stack.push([node, 1, code]);
  }
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth, hash] = item;
    const ownerCount = nodes[node] ?? 0;
    if (depth === PREFIX_LENGTH) {
      add(long, hash);
      continue;
    }
    if (ownerCount > 0) add(short, hash);
    const childrenAt = node + 1 + ownerCount;
    const childCount = nodes[childrenAt] ?? 0;
    for (let child = 0; child < childCount; child++) {
      const code = nodes[childrenAt + 1 + child * 2] ?? 0;
      stack.push([nodes[childrenAt + 2 + child * 2] ?? 0, depth + 1, (Math.imul(hash, 31) + code) & HASH_MASK]);
    }
  }
  const has = (bits: Uint32Array, hash: number): boolean => {
    const bit = (hash ^ (hash >>> 15)) & (FILTER_BITS - 1);
    return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  };
  return {
    mayStart(text, start) {
      let hash = text.charCodeAt(start);
      let at = start + 1;
      for (let depth = 1; depth < PREFIX_LENGTH; depth++) {
        if (has(short, hash)) return true;
        while (at < text.length && isSeparator(text.charCodeAt(at))) at++;
        if (at >= text.length) return false;
        hash = (Math.imul(hash, 31) + text.charCodeAt(at)) & HASH_MASK;
        at++;
      }
      return has(long, hash);
    },
  };
}

/**
 * The trie as one array of node records, each node's owners and children side by side, so that a step of the walk
 * reads one or two cache lines: a node is the offset of its record, which is its owner count, its owners, its child
 * count, then (code, child) pairs sorted by code. Spread over four arrays of a megabyte (child starts, children,
 * owner starts, owners), each step of the walk from every word start missed the cache three or four times, and the
 * walk was the largest part of a verdict. Records are laid out in node order, so a path's nodes sit close together.
 */
function packNodes(trie: PackedTrie): { firstNode: Int32Array; nodes: Int32Array } {
  const { childStart, children, ownerStart, owners } = trie;
  const nodeCount = childStart.length - 1;
  // Offset 0 is no node: one unused cell first.
  const offsetOf = new Int32Array(nodeCount);
  let size = 1;
  for (let node = ROOT + 1; node < nodeCount; node++) {
    offsetOf[node] = size;
    size += 2 + ((ownerStart[node + 1] ?? 0) - (ownerStart[node] ?? 0)) + 2 * ((childStart[node + 1] ?? 0) - (childStart[node] ?? 0));
  }
  const nodes = new Int32Array(size);
  for (let node = ROOT + 1; node < nodeCount; node++) {
    let at = offsetOf[node] ?? 0;
    const ownersFrom = ownerStart[node] ?? 0;
    const ownersTo = ownerStart[node + 1] ?? 0;
    nodes[at++] = ownersTo - ownersFrom;
    for (let slot = ownersFrom; slot < ownersTo; slot++) nodes[at++] = owners[slot] ?? 0;
    const childrenFrom = childStart[node] ?? 0;
    const childrenTo = childStart[node + 1] ?? 0;
    nodes[at++] = childrenTo - childrenFrom;
    for (let slot = childrenFrom; slot < childrenTo; slot++) {
      nodes[at++] = children[slot * 2] ?? 0;
      nodes[at++] = offsetOf[children[slot * 2 + 1] ?? 0] ?? 0;
    }
  }
  const firstNode = new Int32Array(0x10000);
  for (let slot = childStart[ROOT] ?? 0; slot < (childStart[ROOT + 1] ?? 0); slot++) {
    firstNode[children[slot * 2] ?? 0] = offsetOf[children[slot * 2 + 1] ?? 0] ?? 0;
  }
  return { firstNode, nodes };
}

/** Children lists longer than this are binary-searched. */
const LINEAR_SCAN = 8;

/** The child reached by `code` from the node whose child count is at `nodes[at]`, or 0. */
function childOf(nodes: Int32Array, at: number, code: number): number {
  let low = 0;
  let high = nodes[at] ?? 0;
  const first = at + 1;
  while (high - low > LINEAR_SCAN) {
    const middle = (low + high) >> 1;
    // The child sought is at or after `low` and before `high`.
    if ((nodes[first + middle * 2] ?? 0) < code) low = middle + 1;
    else high = middle + 1;
  }
  for (let slot = low; slot < high; slot++) {
    const found = nodes[first + slot * 2] ?? 0;
    if (found === code) return nodes[first + slot * 2 + 1] ?? 0;
    if (found > code) return 0;
  }
  return 0;
}

const SKIP_NONE = 0;
const SKIP_INSIDE_WORD = 1;
const SKIP_INSIDE_ASCII_WORD = 2;

/**
 * The trie in typed arrays as it is built: nodes are numbers (0 is "no node", 1 the root), node n's children are the
 * (code, target) pairs in slots childStart[n] .. childStart[n + 1] - 1 of `children`, sorted by code, and its owners
 * are owners[ownerStart[n]] .. owners[ownerStart[n + 1] - 1]. A trie of Maps cost a hash-map lookup per character
 * of every field and was a fifth of the scoring time; `packNodes` lays it out for the walk.
 */
interface PackedTrie {
  isEmpty: boolean;
  childStart: Int32Array;
  children: Int32Array;
  ownerStart: Int32Array;
  owners: Int32Array;
}

const ROOT = 1;

function buildTrie(entries: Iterable<{ owner: number; literal: string }>): PackedTrie {
  // Edges keyed by edgeKey(from, code) while building; one Map rather than one per node, which was most of the cost.
  const edges = new Map<number, number>();
  const ownersOf: number[][] = [[], []];
  for (const { owner, literal } of entries) {
    let node = ROOT;
    for (let index = 0; index < literal.length; index++) {
      const code = literal.charCodeAt(index);
      if (isSeparator(code)) continue;
      const key = edgeKey(node, code);
      let child = edges.get(key);
      if (child === undefined) {
        child = ownersOf.length;
        edges.set(key, child);
        ownersOf.push([]);
      }
      node = child;
    }
    if (node === ROOT) throw new Error(`phrase "${literal}" has no character to index`);
    const nodeOwners = ownersOf[node] as number[];
    if (!nodeOwners.includes(owner)) nodeOwners.push(owner);
  }
  // Each node's owners in ascending order, as an image lists them whatever order its entries came in.
  for (const nodeOwners of ownersOf) if (nodeOwners.length > 1) nodeOwners.sort((a, b) => a - b);

  const nodeCount = ownersOf.length;
  const ownerStart = new Int32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node++) ownerStart[node + 1] = (ownerStart[node] ?? 0) + (ownersOf[node]?.length ?? 0);
  const owners = Int32Array.from(ownersOf.flat());
  return { isEmpty: edges.size === 0, ...childLists(edges, nodeCount), ownerStart, owners };
}

const edgeKey = (from: number, code: number): number => from * 0x10000 + code;

/** Each node's children side by side (code, target, code, target..., sorted by code), as `PackedTrie` lists them. */
function childLists(edges: ReadonlyMap<number, number>, nodeCount: number): { childStart: Int32Array; children: Int32Array } {
  const counts = new Int32Array(nodeCount + 1);
  for (const key of edges.keys()) {
    const node = Math.floor(key / 0x10000);
    counts[node] = (counts[node] ?? 0) + 1;
  }
  const childStart = new Int32Array(nodeCount + 1);
  for (let node = 0; node < nodeCount; node++) childStart[node + 1] = (childStart[node] ?? 0) + (counts[node] ?? 0);
  // Placed by node with a cursor per node, then each node's children sorted in place: sorting all edges at once
  // cost tens of milliseconds of building a scanner.
  const children = new Int32Array(edges.size * 2);
  const cursor = childStart.slice();
  for (const [key, to] of edges) {
    const node = Math.floor(key / 0x10000);
    const slot = cursor[node] ?? 0;
    cursor[node] = slot + 1;
    children[slot * 2] = key % 0x10000;
    children[slot * 2 + 1] = to;
  }
  for (let node = 0; node < nodeCount; node++) sortChildren(children, childStart[node] ?? 0, childStart[node + 1] ?? 0);
  return { childStart, children };
}

/** Sorts the (code, target) pairs in slots [from, to) by code: by insertion, as most lists are short. */
function sortChildren(children: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    // The root's list (every first character) can be thousands long.
    const pairs = Array.from(
      { length: to - from },
      (_, index) => [children[(from + index) * 2] ?? 0, children[(from + index) * 2 + 1] ?? 0] as const,
    );
    pairs.sort((a, b) => a[0] - b[0]);
    pairs.forEach(([code, target], index) => {
      children[(from + index) * 2] = code;
      children[(from + index) * 2 + 1] = target;
    });
    return;
  }
  for (let slot = from + 1; slot < to; slot++) {
    const code = children[slot * 2] ?? 0;
    const target = children[slot * 2 + 1] ?? 0;
    let at = slot - 1;
    while (at >= from && (children[at * 2] ?? 0) > code) {
      children[(at + 1) * 2] = children[at * 2] ?? 0;
      children[(at + 1) * 2 + 1] = children[at * 2 + 1] ?? 0;
      at--;
    }
    children[(at + 1) * 2] = code;
    children[(at + 1) * 2 + 1] = target;
  }
}

/**
 * A trie as strings about the size of its text. `keys`: its literals (whole phrases, separators kept) ordered by key
 * (the literal's first `keyEnd` code units without separators) and then literal, in code unit order, each written as
 * the length it shares with the literal before, the code units beyond that, and `end`. `owners`: per literal,
 * its number of owners and the owners. `keyEnds`: for each literal keyed by fewer code units than it has, the number
 * of literals since the last such one and its `keyEnd`. Counts and owners are code units COUNT_BASE + n, printable,
 * so JSON keeps them one byte; each kind apart, so that gzip finds the repeats in each (a fifth smaller than counts
 * written between the code units). Decoding builds the trie in one pass with no hashing, where building it from the
 * phrases hashed every character of every phrase and was most of the time `createScanner` took.
 */
export interface PhraseIndexImage {
  keys: string;
  /** What ends each literal in `keys`: a character none of them holds. */
  end: string;
  owners: string;
  keyEnds: string;
  /** The length of the longest literal: what the decoder's buffers for one literal and its key hold. */
  longest: number;
}

const COUNT_BASE = 48;

function countCode(count: number): number {
  const code = COUNT_BASE + count;
  // A surrogate code unit alone would not survive UTF-8.
  if (code >= 0xd800) throw new Error(`phrase index image: ${count} is too large to encode`);
  return code;
}

/** String.fromCharCode over a long list, in slices: one call with 100,000 arguments overflows the stack. */
function fromCodes(codes: readonly number[]): string {
  let text = '';
  for (let at = 0; at < codes.length; at += 8192) text += String.fromCharCode(...codes.slice(at, at + 8192));
  return text;
}

function decodeTrie(image: PhraseIndexImage): PackedTrie {
  const { keys, owners: ownerText, keyEnds, longest } = image;
  const endCode = image.end.charCodeAt(0);
  // At most one node per code unit of `keys`, plus node 0 and the root; typed arrays, so decoding allocates little.
  const capacity = keys.length + 2;
  const edgeFrom = new Int32Array(capacity);
  const edgeCode = new Uint16Array(capacity);
  const ownerNode = new Int32Array(ownerText.length);
  const ownerValue = new Int32Array(ownerText.length);
  // Per literal: the nodes along its key, the literal, and the key of the one before (of this one once it is read).
  const path = new Int32Array(longest + 2).fill(ROOT);
  const literal = new Uint16Array(longest + 1);
  const key = new Uint16Array(longest + 1);
  let keyLength = 0;
  // How many code units of the key the literal's first n code units give, for n up to the key's end.
  const keyCountAt = new Int32Array(longest + 2);
  let previousKeyEnd = 0;
  let edges = 0;
  let ownerCount = 0;
  let ownerAt = 0;
  // The next literal keyed by fewer code units than it has, and that number.
  let keyEndAt = 0;
  let shortened = keyEnds.length > 0 ? keyEnds.charCodeAt(0) - COUNT_BASE : -1;
  for (let at = 0, position = 0; at < keys.length; position++) {
    const shared = keys.charCodeAt(at++) - COUNT_BASE;
    let keyEnd = NO_END;
    if (position === shortened) {
      keyEnd = keyEnds.charCodeAt(keyEndAt + 1) - COUNT_BASE;
      keyEndAt += 2;
      shortened = keyEndAt < keyEnds.length ? position + keyEnds.charCodeAt(keyEndAt) - COUNT_BASE : -1;
    }
    // The key is the literal's first keyEnd code units without separators; it shares `common` with the one before.
    // Up to `start`, the literal and both keys' parts of it are those of the literal before: only the rest is read,
    // in one pass over the code units the literal adds (and, where a key ends early, the few before them).
    const start = Math.min(shared, previousKeyEnd, keyEnd);
    let length = keyCountAt[start] ?? 0;
    let common = -1;
    let index = start;
    for (; index < shared; index++) {
      const code = literal[index] ?? 0;
      if (index < keyEnd && !isSeparator(code)) {
        if (common < 0 && (length >= keyLength || key[length] !== code)) common = length;
        key[length++] = code;
      }
      keyCountAt[index + 1] = length;
    }
    for (let code = keys.charCodeAt(at++); code !== endCode && at <= keys.length; code = keys.charCodeAt(at++), index++) {
      literal[index] = code;
      if (index < keyEnd && !isSeparator(code)) {
        if (common < 0 && (length >= keyLength || key[length] !== code)) common = length;
        key[length++] = code;
      }
      keyCountAt[index + 1] = length;
    }
    if (common < 0) common = length;
    keyLength = length;
    previousKeyEnd = Math.min(keyEnd, index);
    let node = path[common] ?? ROOT;
    for (let depth = common; depth < length; depth++) {
      // Keys come sorted, so each node's children are created in order of code; edge k leads to node k + 2.
      edgeFrom[edges] = node;
      edgeCode[edges] = key[depth] ?? 0;
      node = edges + 2;
      edges++;
      path[depth + 1] = node;
    }
    const count = ownerText.charCodeAt(ownerAt++) - COUNT_BASE;
    for (let slot = 0; slot < count; slot++) {
      ownerNode[ownerCount] = node;
      ownerValue[ownerCount++] = ownerText.charCodeAt(ownerAt++) - COUNT_BASE;
    }
  }
  const nodeCount = edges + 2;
  const childStart = new Int32Array(nodeCount + 1);
  for (let edge = 0; edge < edges; edge++) {
    const from = (edgeFrom[edge] ?? 0) + 1;
    childStart[from] = (childStart[from] ?? 0) + 1;
  }
  for (let node = 0; node < nodeCount; node++) childStart[node + 1] = (childStart[node + 1] ?? 0) + (childStart[node] ?? 0);
  const children = new Int32Array(edges * 2);
  const cursor = childStart.slice();
  for (let edge = 0; edge < edges; edge++) {
    const from = edgeFrom[edge] ?? 0;
    const code = edgeCode[edge] ?? 0;
    const slot = cursor[from] ?? 0;
    cursor[from] = slot + 1;
    children[slot * 2] = code;
    children[slot * 2 + 1] = edge + 2;
  }
  // Owners by node, each node's in the order the image lists them.
  const ownerStart = new Int32Array(nodeCount + 1);
  for (let slot = 0; slot < ownerCount; slot++) {
    const node = (ownerNode[slot] ?? 0) + 1;
    ownerStart[node] = (ownerStart[node] ?? 0) + 1;
  }
  for (let node = 0; node < nodeCount; node++) ownerStart[node + 1] = (ownerStart[node + 1] ?? 0) + (ownerStart[node] ?? 0);
  const placed = new Int32Array(ownerCount);
  const ownerCursor = ownerStart.slice();
  for (let slot = 0; slot < ownerCount; slot++) {
    const node = ownerNode[slot] ?? 0;
    const place = ownerCursor[node] ?? 0;
    ownerCursor[node] = place + 1;
    placed[place] = ownerValue[slot] ?? 0;
  }
  // Literals that share a key ("free flight", "free-flight") list their owners apart: each node's owners are
  // sorted and made unique, as buildTrie leaves them.
  const owners = new Int32Array(ownerCount);
  const uniqueStart = new Int32Array(nodeCount + 1);
  let kept = 0;
  for (let node = 0; node < nodeCount; node++) {
    const from = ownerStart[node] ?? 0;
    const to = ownerStart[node + 1] ?? 0;
    if (to - from > 1) placed.subarray(from, to).sort();
    for (let slot = from; slot < to; slot++) {
      const owner = placed[slot] ?? 0;
      if (slot === from || owner !== placed[slot - 1]) owners[kept++] = owner;
    }
    uniqueStart[node + 1] = kept;
  }
  return { isEmpty: edges === 0, childStart, children, ownerStart: uniqueStart, owners: owners.subarray(0, kept) };
}
