/**
 * An Aho-Corasick automaton over literals, as a dense transition table: one table read per code unit of the text
 * finds every exact occurrence of every literal. Walking a trie from every offset, as the phrase index does, read
 * two or three trie nodes per code unit for the hundreds of short literals that rule regexes need ("top", "rest"
 * and the like may sit inside any word), which was a tenth of a verdict.
 *
 * The table has one column per code unit the literals use (plus one for every other unit, which leads back to the
 * root), so it suits literals written in a small alphabet: the Latin-initial ones. It is plain typed arrays.
 */
export interface LiteralAutomaton {
  /** True when no literal was given. */
  readonly isEmpty: boolean;
  /** Calls `found` for every occurrence in `text` of every literal, with the literal's owner and start offset. */
  scan(text: string, found: (owner: number, start: number) => void): void;
}

export function createLiteralAutomaton(entries: Iterable<{ owner: number; literal: string }>): LiteralAutomaton {
  const column = new Uint16Array(0x10000);
  let width = 1;
  // The trie: children per state as (column, child) pairs, owners per state; state 0 is the root.
  const children: [number, number][][] = [[]];
  const ownersOf: number[][] = [[]];
  const depth: number[] = [0];
  // Edges while building, keyed by state and code unit.
  const edges = new Map<number, number>();
  for (const { owner, literal } of entries) {
    if (literal.length === 0) throw new Error('an empty literal cannot be indexed');
    let state = 0;
    for (let index = 0; index < literal.length; index++) {
      const code = literal.charCodeAt(index);
      if (column[code] === 0) column[code] = width++;
      const col = column[code] as number;
      let child = edges.get(state * 0x10000 + code);
      if (child === undefined) {
        child = children.length;
        children.push([]);
        ownersOf.push([]);
        depth.push(index + 1);
        (children[state] as [number, number][]).push([col, child]);
        edges.set(state * 0x10000 + code, child);
      }
      state = child;
    }
    const owners = ownersOf[state] as number[];
    if (!owners.includes(owner)) owners.push(owner);
  }

  const stateCount = children.length;
  const delta = stateCount <= 0xffff ? new Uint16Array(stateCount * width) : new Int32Array(stateCount * width);
  const fail = new Int32Array(stateCount);
  // Each state's outputs are its own literals and those of the states its failure links lead to: (owner, length).
  const outputs: [number, number][][] = ownersOf.map((owners, state) => owners.map((owner) => [owner, depth[state] as number]));
  const queue: number[] = [];
  for (const [col, child] of children[0] as [number, number][]) {
    delta[col] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const failRow = (fail[state] as number) * width;
    const row = state * width;
    delta.copyWithin(row, failRow, failRow + width);
    for (const [col, child] of children[state] as [number, number][]) {
      delta[row + col] = child;
      fail[child] = delta[failRow + col] as number;
      queue.push(child);
    }
    const inherited = outputs[fail[state] as number] as [number, number][];
    if (inherited.length > 0) (outputs[state] as [number, number][]).push(...inherited);
  }

  const outputStart = new Int32Array(stateCount + 1);
  for (let state = 0; state < stateCount; state++) outputStart[state + 1] = (outputStart[state] as number) + (outputs[state] as []).length;
  const outputOwner = Int32Array.from(outputs.flatMap((list) => list.map(([owner]) => owner)));
  const outputLength = Int32Array.from(outputs.flatMap((list) => list.map(([, length]) => length)));

  return {
    isEmpty: stateCount === 1,
    scan(text, found) {
      let state = 0;
      for (let index = 0; index < text.length; index++) {
        state = delta[state * width + (column[text.charCodeAt(index)] as number)] as number;
        const end = outputStart[state + 1] as number;
        for (let slot = outputStart[state] as number; slot < end; slot++) {
          found(outputOwner[slot] as number, index + 1 - (outputLength[slot] as number));
        }
      }
    },
  };
}
