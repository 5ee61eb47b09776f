import type { Evidence } from '../../index';
import { sanitizeForTerminal, type TerminalStyle } from './terminal-style';

/** Characters of context shown on each side of the quoted words. */
export const SNIPPET_CONTEXT = 40;

/** The text of the posting field a piece of evidence quotes: the string itself for a string posting. */
export function fieldText(posting: unknown, field: Evidence['field']): string | undefined {
  if (typeof posting === 'string') return field === 'text' ? posting : undefined;
  if (typeof posting !== 'object' || posting === null) return undefined;
  const value: unknown = (posting as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The quoted words with a little of the text around them, the words highlighted: `…free flight, [[visa]] and
 * housing…`. When the posting's field does not hold the quote where the evidence says, only the quote is shown.
 */
export function evidenceSnippet(source: string | undefined, evidence: Evidence, style: TerminalStyle, context = SNIPPET_CONTEXT): string {
  const quoted = style.highlight(sanitizeForTerminal(evidence.text));
  if (source === undefined || source.slice(evidence.start, evidence.end) !== evidence.text) return quoted;
  const from = avoidSplitPair(source, Math.max(0, evidence.start - context));
  const to = avoidSplitPair(source, Math.min(source.length, evidence.end + context));
  const before = sanitizeForTerminal(source.slice(from, evidence.start)).trimStart();
  const after = sanitizeForTerminal(source.slice(evidence.end, to)).trimEnd();
  return `${from > 0 ? '…' : ''}${before}${quoted}${after}${to < source.length ? '…' : ''}`;
}

/** Moves a cut off the middle of a surrogate pair, so an emoji or rare CJK character is never halved. */
function avoidSplitPair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}
