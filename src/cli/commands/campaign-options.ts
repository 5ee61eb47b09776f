import type { CampaignIndexOptions } from '../../index';
import { UsageError } from '../args';
import { STDIN_NAME } from '../input/open-input';

/** Options that `campaigns` and `score --campaigns` share. */
export const CAMPAIGN_OPTIONS = {
  threshold: { type: 'string' },
  'min-size': { type: 'string' },
  'date-field': { type: 'string', multiple: true },
  'no-contacts': { type: 'boolean' },
} as const;

export function campaignIndexOptions(values: { threshold?: string; 'min-size'?: string; 'no-contacts'?: boolean }): CampaignIndexOptions {
  const options: CampaignIndexOptions = {};
  if (values.threshold !== undefined) {
    const threshold = Number(values.threshold);
    if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`--threshold must be a number in (0, 1] (got '${values.threshold}')`);
    options.threshold = threshold;
  }
  if (values['min-size'] !== undefined) {
    const size = Number(values['min-size']);
    if (!Number.isInteger(size) || size < 2) throw new UsageError(`--min-size must be a whole number of at least 2 (got '${values['min-size']}')`);
    options.minSize = size;
  }
  if (values['no-contacts'] === true) options.linkContacts = false;
  return options;
}

export function workerCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 256) throw new UsageError(`--workers must be a whole number from 1 to 256 (got '${value}')`);
  return count;
}

/** The inputs named on the command line (stdin when none), stdin at most once. */
export function inputList(positionals: readonly string[]): string[] {
  const inputs = positionals.length > 0 ? [...positionals] : [STDIN_NAME];
  if (inputs.filter((name) => name === STDIN_NAME).length > 1) throw new UsageError(`standard input ('-') can be read only once`);
  return inputs;
}
