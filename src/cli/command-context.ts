import type { Scanner } from '../index';
import type { CliIo } from './cli-io';

/** What every command runs with. */
export interface CommandContext {
  io: CliIo;
  /** The scanner, built on first use so `--help` and usage errors compile no rules. */
  scanner: () => Scanner;
}
