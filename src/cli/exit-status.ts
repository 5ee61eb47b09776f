/** The CLI's exit statuses, as documented in `lurescan help score` and `lurescan help eval`. */
export const EXIT_STATUS = {
  ok: 0,
  /** At least one record could not be scored (for explain, there was nothing to score; for eval, a record was skipped or a class is missing). */
  recordFailed: 1,
  /** The command line was wrong, or an input could not be read at all. */
  usage: 2,
} as const;
