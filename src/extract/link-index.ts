/**
 * Where the links of a text are, answered in constant time for any span. Evidence spans are widened to a whole link
 * when they touch one (see whole-span.ts); finding the link by walking out to the white space around every span cost
 * up to 4 KiB of scanning per span, and a hostile field yields tens of thousands of spans.
 */
export interface LinkIndex {
  /**
   * The link (from its scheme or "www." to the end of its token, ended by white space, "<" or ">", less trailing punctuation) in
   * the token(s) around [start, end), when one starts at or before `end`; else null.
   */
  linkAround(start: number, end: number): { start: number; end: number } | null;
}

/** Tokens are looked at no further than this from a span: no real address is longer, and it bounds odd cases. */
export const MAX_LINK = 2048;

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '»', '」', '』']);
const WHITE_SPACE = /\s/u;

// A link ends at white space, and at "<" or ">", which no address holds (RFC 3986) and which the link finder stops at
// too: "www.acme.com<br>" or "<https://acme.com>" in pasted markup.
const isSpace = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13) || code === 60 || code === 62 || (code > 127 && WHITE_SPACE.test(text.charAt(index)));
};
const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);
const isLetter = (code: number): boolean => code >= 97 && code <= 122;
const isSchemeChar = (code: number): boolean => isLetter(code) || (code >= 48 && code <= 57) || code === 43 || code === 46 || code === 45;

/** The index of a text with no link in it: most ads, which would otherwise pay for three passes for nothing. */
const NO_LINKS: LinkIndex = { linkAround: () => null };
const HAS_LINK = /:\/\/|www\./iu;

/** Builds the index in three linear passes over `text` (none when no scheme or "www." appears in it at all). */
export function createLinkIndex(text: string): LinkIndex {
  if (!HAS_LINK.test(text)) return NO_LINKS;
  const length = text.length;
  // runStart[i] / runEnd[i]: where the run of non-space characters around boundary i starts and ends.
  const runStart = new Int32Array(length + 1);
  const punctuationStart = new Int32Array(length + 1);
  for (let index = 1; index <= length; index++) {
    runStart[index] = isSpace(text, index - 1) ? index : (runStart[index - 1] ?? 0);
    punctuationStart[index] = TRAILING_PUNCTUATION.has(text.charAt(index - 1)) ? (punctuationStart[index - 1] ?? 0) : index;
  }
  const runEnd = new Int32Array(length + 1);
  // nextLink[i]: the first offset at or after i where `[a-z][a-z0-9+.-]*://` or `www.` matches (ASCII case
  // ignored), or `length`. A scheme run matches when it ends right before "://", so one pass from the right does.
  const nextLink = new Int32Array(length + 1);
  runEnd[length] = length;
  nextLink[length] = length;
  let runEndsInScheme = false;
  for (let index = length - 1; index >= 0; index--) {
    runEnd[index] = isSpace(text, index) ? index : (runEnd[index + 1] ?? length);
    const code = lowerAscii(text.charCodeAt(index));
    let matches = false;
    if (isSchemeChar(code)) {
      if (text.startsWith('://', index + 1)) runEndsInScheme = true;
      matches = isLetter(code) && runEndsInScheme;
    } else runEndsInScheme = false;
    if (code === 119 && text.slice(index, index + 4).toLowerCase() === 'www.') matches = true;
    nextLink[index] = matches ? index : (nextLink[index + 1] ?? length);
  }

  return {
    linkAround(start, end) {
      const from = Math.max(runStart[start] ?? start, start - MAX_LINK);
      const to = Math.min(runEnd[end] ?? end, end + MAX_LINK);
      const linkStart = nextLink[from] ?? length;
      if (linkStart >= to || linkStart > end) return null;
      return { start: linkStart, end: Math.max(linkStart, punctuationStart[to] ?? to) };
    },
  };
}
