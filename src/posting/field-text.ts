import type { FoldedText } from '../normalise/folded-text';
import type { TextField } from './posting-schema';

/** One text field of a posting, folded for matching. Extractors read `text.folded` and quote `text.original`. */
export interface FieldText {
  field: TextField;
  text: FoldedText;
}

/** The characters of a posting's fields as written: how long a message is, for the rules of short texts. */
export function postingTextLength(fields: readonly FieldText[]): number {
  return fields.reduce((sum, field) => sum + field.text.original.length, 0);
}
