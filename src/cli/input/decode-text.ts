import { TextDecoder } from 'node:util';

/** The encodings an input may be in, told apart by a byte-order mark or by where its NUL bytes fall; else UTF-8. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

// Bytes read before deciding: enough for a few dozen characters of UTF-16 without a byte-order mark.
const BOM_PROBE_LENGTH = 512;

export function encodingFromBom(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(head) ?? 'utf-8';
}

/**
 * UTF-16 without a byte-order mark (Excel and PowerShell write it): text of Latin letters, digits and punctuation
 * has a NUL byte in every other place, at odd offsets for little-endian and even ones for big-endian, which UTF-8
 * text never has. Read as UTF-8 it became a NUL between every letter and a different number of records.
 */
function utf16WithoutBom(head: Uint8Array): TextEncodingName | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index + 1 < head.length; index += 2) {
    if (head[index] === 0) evenNuls += 1;
    if (head[index + 1] === 0) oddNuls += 1;
  }
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes a byte stream to text chunk by chunk: UTF-8 by default, UTF-16 when a byte-order mark says so. The mark
 * is dropped, a character split across chunks is reassembled, and malformed bytes become U+FFFD instead of failing.
 */
export async function* decodeText(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let text: string;
    if (decoder === undefined) {
      head = Buffer.concat([head, bytes]);
      if (head.length < BOM_PROBE_LENGTH) continue;
      decoder = new TextDecoder(encodingFromBom(head));
      text = decoder.decode(head, { stream: true });
    } else {
      text = decoder.decode(bytes, { stream: true });
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder === undefined ? new TextDecoder(encodingFromBom(head)).decode(head) : decoder.decode();
  if (rest.length > 0) yield rest;
}
