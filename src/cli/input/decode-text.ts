import { TextDecoder } from 'node:util';

/** The encodings an input may be in, told apart by a byte-order mark; without one, UTF-8. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

// Three bytes is enough to recognise any of the byte-order marks we accept.
const BOM_PROBE_LENGTH = 3;

export function encodingFromBom(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
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
