import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinkIndex, MAX_LINK } from '../../src/extract/link-index';

// The index answers what the per-span scan used to (walk out to the white space, try the link regex at every
// offset), in constant time per span: the scan was quadratic on "a.a.a.…" and cost 4 KiB per evidence span.
const LINK_START = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iy;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '»', '」', '』']);
function scanLinkAround(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from > Math.max(0, start - MAX_LINK) && !/[\s<>]/u.test(text[from - 1] as string)) from--;
  while (to < Math.min(text.length, end + MAX_LINK) && !/[\s<>]/u.test(text[to] as string)) to++;
  const token = text.slice(from, to);
  for (let offset = 0; offset < token.length; offset++) {
    LINK_START.lastIndex = offset;
    if (!LINK_START.test(token)) continue;
    const linkStart = from + offset;
    if (linkStart > end) return null;
    let linkEnd = to;
    while (linkEnd > linkStart && TRAILING.has(text[linkEnd - 1] as string)) linkEnd--;
    return { start: linkStart, end: linkEnd };
  }
  return null;
}

describe('createLinkIndex', () => {
  it('finds the link around a span, less trailing punctuation', () => {
    const text = 'Apply at https://bit.ly/jobs-2024. Or WWW.Example.com!';
    const links = createLinkIndex(text);
    expect(links.linkAround(12, 15)).toEqual({ start: 9, end: 33 });
    expect(links.linkAround(40, 45)).toEqual({ start: 38, end: 53 });
    expect(links.linkAround(0, 5)).toBeNull();
  });

  it('ends a link at "<" or ">", as the link finder does (pasted markup)', () => {
    const text = 'See <https://acme.example/jobs>, or www.acme.example<br>today';
    const links = createLinkIndex(text);
    expect(links.linkAround(6, 10)).toEqual({ start: 5, end: 30 });
    expect(links.linkAround(37, 40)).toEqual({ start: 36, end: 52 });
  });

  it('answers as the per-span scan did (property)', () => {
    const piece = fc.constantFrom('a', 'W', 'w', 'www.', '.', ':', '//', '://', '1', '+', '-', ' ', '\n', 'é', ')', 'x', 'H', '<', '>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(createLinkIndex(text).linkAround(start, end)).toEqual(scanLinkAround(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
