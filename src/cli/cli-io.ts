import type { Readable, Writable } from 'node:stream';

/** The streams and terminal facts the CLI runs against, so tests can run it in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether stdout is a terminal: pretty output is coloured and highlighted only then. */
  isTTY: boolean;
  /** Whether stdin is a terminal: reading it then waits for typing, so the CLI says so first. Default false. */
  stdinIsTTY?: boolean;
  /** Whether stderr is a terminal: progress is shown only then. Default false. */
  stderrIsTTY?: boolean;
  /** Environment variables the CLI honours (NO_COLOR). Default none, so a caller's shell cannot change test output. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Clock in milliseconds, for the progress meter. Default `performance.now`. */
  now?: () => number;
}
