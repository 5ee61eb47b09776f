import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineWriter, OutputClosedError } from '../../../src/cli/output/line-writer';

describe('LineWriter', () => {
  it('waits for a slow consumer instead of buffering everything', async () => {
    const received: string[] = [];
    let buffered = 0;
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString());
        setImmediate(callback);
      },
    });
    const writer = new LineWriter(slow);
    for (let index = 0; index < 200; index += 1) {
      await writer.write(`{"line":${index + 1}}\n`);
      buffered = slow.writableLength;
      maxBuffered = Math.max(maxBuffered, buffered);
    }
    await new Promise((resolve) => slow.end(resolve));
    expect(received.join('').split('\n').filter(Boolean)).toHaveLength(200);
    expect(maxBuffered).toBeLessThan(64 + 16);
    writer.release();
  });

  it('fails with OutputClosedError once the stream is closed or failed', async () => {
    const closed = new PassThrough();
    const writer = new LineWriter(closed);
    closed.destroy();
    await expect(writer.write('x\n')).rejects.toBeInstanceOf(OutputClosedError);

    const failing = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const failingWriter = new LineWriter(failing);
    await expect(failingWriter.write('first line\n')).rejects.toBeInstanceOf(OutputClosedError);
    await expect(failingWriter.write('second line\n')).rejects.toBeInstanceOf(OutputClosedError);
  });
});
