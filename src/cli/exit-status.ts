/** The CLI's exit statuses, as documented in `lurescan help score` and `lurescan help eval`. */
export const EXIT_STATUS = {
  ok: 0,
  /** At least one record could not be scored (for explain, there was nothing to score; for eval, a record was skipped or a class is missing). */
  recordFailed: 1,
  /** The command line was wrong, or an input could not be read at all. */
  usage: 2,
  /**
   * The run itself failed (an internal error, output that could not be written): the output may be incomplete,
   * which exit 1 never means. A crashed scoring worker is not this: its records come back as error records.
   */
  runFailed: 3,
} as const;
