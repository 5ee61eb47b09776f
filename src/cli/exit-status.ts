/** The CLI's exit statuses, as documented in `lurescan help score`. */
export const EXIT_STATUS = {
  ok: 0,
  /** At least one record could not be scored (or, for explain, there was nothing to score). */
  recordFailed: 1,
  /** The command line was wrong, or an input could not be read at all. */
  usage: 2,
} as const;
