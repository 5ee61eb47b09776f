import { UsageError } from '../args';
import { fieldForColumn } from '../input/csv-columns';

/** Which values of which field mark a record positive or negative. */
export interface LabelSpec {
  field: string;
  /** Values read as positive; when only the other side is given, every other value is positive. */
  positive?: readonly string[];
  /** Values read as negative; when only the other side is given, every other value is negative. */
  negative?: readonly string[];
}

export const DEFAULT_POSITIVE_LABELS = ['1', 'true', 't', 'yes', 'y'] as const;
export const DEFAULT_NEGATIVE_LABELS = ['0', 'false', 'f', 'no', 'n'] as const;

export type LabelReading = { success: true; positive: boolean } | { success: false; reason: string };

/** Reads a record's label, and gives the posting the scanner may see: the same fields, less the label. */
export interface LabelReader {
  read(posting: unknown): LabelReading;
  withoutLabel(posting: unknown): unknown;
}

/**
 * Builds the reader for `--label FIELD [--positive V]... [--negative V]...`. Values are compared as text, trimmed and
 * case-folded, so 1, "1", true and "TRUE" all read the same. In a CSV file FIELD may be the column's name as
 * written (`rubric_label`), or the field it becomes (`rubricLabel`).
 */
export function createLabelReader(spec: LabelSpec): LabelReader {
  const given = (values: readonly string[] | undefined) => (values === undefined || values.length === 0 ? undefined : new Set(values.map(foldLabel)));
  let positives = given(spec.positive);
  let negatives = given(spec.negative);
  if (positives === undefined && negatives === undefined) {
    positives = new Set(DEFAULT_POSITIVE_LABELS);
    negatives = new Set(DEFAULT_NEGATIVE_LABELS);
  }
  const both = positives !== undefined && negatives !== undefined ? [...positives].filter((value) => negatives?.has(value)) : [];
  if (both.length > 0) throw new UsageError(`label value '${both[0]}' is given as both --positive and --negative`);
  const describe = (values: ReadonlySet<string> | undefined): string => (values === undefined ? 'any other value' : [...values].join(', '));
  const expected = `positive: ${describe(positives)}; negative: ${describe(negatives)}`;

  const keyIn = (posting: object): string | undefined => {
    if (Object.hasOwn(posting, spec.field)) return spec.field;
    const csvField = fieldForColumn(spec.field);
    return Object.hasOwn(posting, csvField) ? csvField : undefined;
  };

  return {
    read(posting) {
      if (typeof posting !== 'object' || posting === null) return { success: false, reason: `no label: the record is a bare ad text, not an object with a '${spec.field}' field` };
      const key = keyIn(posting);
      const value: unknown = key === undefined ? undefined : (posting as Record<string, unknown>)[key];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        return { success: false, reason: `no label: '${spec.field}' is missing or empty` };
      }
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        return { success: false, reason: `unreadable label: '${spec.field}' holds ${Array.isArray(value) ? 'an array' : 'an object'}, not a value` };
      }
      const folded = foldLabel(String(value));
      // An unset side takes every value the other side does not list.
      const isPositive = positives === undefined ? !(negatives?.has(folded) ?? false) : positives.has(folded);
      if (isPositive) return { success: true, positive: true };
      if (negatives === undefined || negatives.has(folded)) return { success: true, positive: false };
      return { success: false, reason: `unreadable label: '${spec.field}' is ${JSON.stringify(value)}, expected ${expected} (see --positive, --negative)` };
    },
    withoutLabel(posting) {
      if (typeof posting !== 'object' || posting === null) return posting;
      const key = keyIn(posting);
      if (key === undefined) return posting;
      const { [key]: _label, ...rest } = posting as Record<string, unknown>;
      return rest;
    },
  };
}

function foldLabel(value: string): string {
  return value.trim().toLowerCase();
}
