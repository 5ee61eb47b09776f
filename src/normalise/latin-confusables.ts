import { LATIN_CONFUSABLE_PAIRS } from '../generated/latin-confusables.generated';

/** Folded look-alike letters of other scripts and the ASCII letter each stands for (UTS #39 skeletons). */
export interface LatinConfusables {
  readonly table: ReadonlyMap<string, string>;
  /** Matches any look-alike in the table (not global: for a quick test). */
  readonly anyLookalike: RegExp;
}

let confusables: LatinConfusables | null = null;

/** The table, decoded on first use so that importing the library stays cheap. */
export function latinConfusables(): LatinConfusables {
  if (confusables !== null) return confusables;
  const table = new Map<string, string>();
  const characters = [...LATIN_CONFUSABLE_PAIRS];
  for (let index = 0; index + 1 < characters.length; index += 2) {
    table.set(characters[index] ?? '', characters[index + 1] ?? '');
  }
  const anyLookalike = new RegExp(`[${[...table.keys()].join('')}]`, 'u');
  confusables = { table, anyLookalike };
  return confusables;
}
