import type { Evaluation, Verdict } from '../../index';

/** A record that is not in the evaluation, and why. */
export interface SkippedRecord {
  line: number;
  id?: string | number;
  reason: string;
}

/**
 * What `lurescan eval --format json` prints: the evaluation with where it came from and what was left out. The keys
 * are stable and documented in the README.
 */
export interface EvalReport extends Evaluation {
  input: string;
  labelField: string;
  versions: Verdict['versions'];
  records: { read: number; evaluated: number; skipped: number };
  skipped: SkippedRecord[];
  /**
   * With --cv: the folds, and how many near-copy groups the postings formed (a group is never split across folds).
   * Null when the scanner's own model was evaluated.
   */
  crossValidation: { folds: number; nearCopyGroups: number } | null;
}
