import type { FoldedText } from '../normalise/folded-text';
import type { TextField } from './posting-schema';

/** One text field of a posting, folded for matching. Extractors read `text.folded` and quote `text.original`. */
export interface FieldText {
  field: TextField;
  text: FoldedText;
}

/**
 * A message this short (a tweet, an SMS, a DM, a social post) is judged on its own terms: each lure element in it is
 * the point of the message, not one line of a long honest ad. The combination counts its weak elements too, and a pay
 * condition may ask for it (`shortMessage`).
 */
export const SHORT_MESSAGE_LENGTH = 280;

/** The characters of a posting's fields as written: how long a message is, for the rules of short texts. */
export function postingTextLength(fields: readonly FieldText[]): number {
  return fields.reduce((sum, field) => sum + field.text.original.length, 0);
}
