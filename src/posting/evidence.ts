import type { TextField } from './posting-schema';

/**
 * A piece of the ORIGINAL posting that supports a finding: `posting[field].slice(start, end) === text`.
 * For a string posting the field is `text`.
 */
export interface Evidence {
  field: TextField;
  start: number;
  end: number;
  text: string;
}
