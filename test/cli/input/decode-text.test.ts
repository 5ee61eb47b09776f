import { describe, expect, it } from 'vitest';
import { decodeText, encodingFromBom } from '../../../src/cli/input/decode-text';
import { collect } from '../run-cli';

async function* bytesOf(bytes: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += chunkSize) yield bytes.subarray(start, start + chunkSize);
}

const decode = async (bytes: Uint8Array, chunkSize = 1024) => (await collect(decodeText(bytesOf(bytes, chunkSize)))).join('');

const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.from(le).swap16();
};

const AD = 'Tuyển gấp đi Campuchia 包吃住 🔥\r\nsecond line\n';

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', async () => {
    expect(await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AD)]))).toBe(AD);
    expect(await decode(Buffer.from(AD))).toBe(AD);
  });

  it('reads UTF-16 LE and BE by their byte-order mark, even one byte at a time', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AD, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(AD)]);
    expect(await decode(le)).toBe(AD);
    expect(await decode(be)).toBe(AD);
    expect(await decode(le, 1)).toBe(AD);
    expect(await decode(be, 3)).toBe(AD);
  });

  it('reassembles a UTF-8 character split across chunks', async () => {
    expect(await decode(Buffer.from('包吃住'), 1)).toBe('包吃住');
  });

  it('turns malformed bytes into U+FFFD instead of failing', async () => {
    expect(await decode(Buffer.from([0x61, 0xff, 0x62, 0xc3]))).toBe('a\uFFFDb\uFFFD');
  });

  it('reads inputs shorter than a byte-order mark, and strings as UTF-8 text', async () => {
    expect(await decode(Buffer.from('a'))).toBe('a');
    expect(await decode(Buffer.alloc(0))).toBe('');
    expect(await decode(Buffer.from([0xff, 0xfe]))).toBe('');
    expect((await collect(decodeText((async function* () { yield 'plain ', yield 'text'; })()))).join('')).toBe('plain text');
  });

  it('names the encoding from the first bytes', () => {
    expect(encodingFromBom(Buffer.from([0xff, 0xfe, 0x41]))).toBe('utf-16le');
    expect(encodingFromBom(Buffer.from([0xfe, 0xff, 0x00]))).toBe('utf-16be');
    expect(encodingFromBom(Buffer.from('{"a"'))).toBe('utf-8');
  });
});
