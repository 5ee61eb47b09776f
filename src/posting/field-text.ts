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

/**
 * How long a message is, for the rules of short texts: each field counts the fewer of its characters as written and
 * as folded, so that neither invisible padding (zero-width spaces, soft hyphens, runs of blanks: gone when folded)
 * nor characters that folding multiplies ("ﷺ" folds to 18 letters) can turn a short lure into a long ad.
 */
export function postingTextLength(fields: readonly FieldText[]): number {
  return fields.reduce((sum, field) => sum + Math.min(field.text.original.length, field.text.folded.length), 0);
}
