import type { PosterIdentity } from '../../index';
import type { PostingIssue } from '../../index';

/**
 * The CSV columns that carry the board's verified identity of the poster, as a JSON record's `verifiedPoster`
 * key does: keyed by the field `fieldForColumn` makes of them (`verified_poster_account` or
 * `verifiedPosterAccount`, and the same for the domain). Named so that a scraped "poster" column is not taken for
 * them; the ad's own text never fills them.
 */
export const POSTER_COLUMNS: Readonly<Record<string, keyof PosterIdentity>> = {
  verifiedPosterAccount: 'account',
  verifiedPosterDomain: 'verifiedDomain',
};

/** A row's cells split into the posting's and the poster's (blank poster cells are left out). */
export interface SplitRow {
  fields: string[];
  cells: string[];
  /** The poster identity's keys with their cells, and the header's name for each (for errors); empty when none. */
  poster: Partial<Record<keyof PosterIdentity, string>>;
  columns: Partial<Record<keyof PosterIdentity, string>>;
}

/** Takes the poster columns out of a row, so they never become posting fields. */
export function splitPosterCells(fields: readonly string[], header: readonly string[], cells: readonly string[]): SplitRow {
  const split: SplitRow = { fields: [], cells: [], poster: {}, columns: {} };
  fields.forEach((field, index) => {
    const cell = cells[index] ?? '';
    const key = Object.hasOwn(POSTER_COLUMNS, field) ? POSTER_COLUMNS[field] : undefined;
    if (key === undefined) {
      split.fields.push(field);
      split.cells.push(cell);
    } else if (cell.trim() !== '') {
      split.poster[key] = cell;
      split.columns[key] = header[index]?.trim() ?? field;
    }
  });
  return split;
}

/** An issue about a poster cell, its path the column's name as the header writes it. */
export function posterIssue(columns: SplitRow['columns'], key: keyof PosterIdentity | undefined, message: string): PostingIssue {
  return { path: [key === undefined ? 'verifiedPoster' : (columns[key] ?? key)], message };
}
