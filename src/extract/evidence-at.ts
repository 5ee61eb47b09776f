import type { Evidence } from '../posting/evidence';
import type { FoldedText } from '../normalise/folded-text';
import type { FieldText } from '../posting/field-text';
import { createLinkIndex, type LinkIndex } from './link-index';
import { wholeSpan } from './whole-span';

/**
 * Evidence for the folded span [start, end) of a field, quoted exactly from the original text and widened to whole
 * words, numbers and links.
 */
export function evidenceAt(fieldText: FieldText, start: number, end: number): Evidence {
  const mapped = fieldText.text.toOriginal(start, end);
  const span = wholeSpan(fieldText.text.original, mapped.start, mapped.end, linkIndexOf(fieldText.text));
  return {
    field: fieldText.field,
    start: span.start,
    end: span.end,
    text: fieldText.text.original.slice(span.start, span.end),
  };
}

const linkIndexes = new WeakMap<FoldedText, LinkIndex>();

/** The link index of a field's original text, built once however many evidence spans are widened in it. */
function linkIndexOf(text: FoldedText): LinkIndex {
  let links = linkIndexes.get(text);
  if (links === undefined) {
    links = createLinkIndex(text.original);
    linkIndexes.set(text, links);
  }
  return links;
}
