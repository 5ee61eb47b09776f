import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ProgressMeter } from '../../../src/cli/output/progress';

const drain = (stream: PassThrough): string => {
  const chunks: string[] = [];
  for (let chunk = stream.read() as Buffer | null; chunk !== null; chunk = stream.read() as Buffer | null) chunks.push(chunk.toString());
  return chunks.join('');
};

describe('ProgressMeter', () => {
  it('redraws at most every 200 ms with the count and rate, and clears its line at the end', () => {
    const stream = new PassThrough();
    let now = 0;
    const meter = new ProgressMeter(stream, true, () => now);
    for (let records = 1; records <= 100; records += 1) {
      now += 10;
      meter.update(records);
    }
    meter.finish();
    const output = drain(stream);
    const frames = output.split('\r\u001b[2K').filter((frame) => frame.length > 0);
    expect(frames).toEqual(['lurescan: 20 records, 100/s', 'lurescan: 40 records, 100/s', 'lurescan: 60 records, 100/s', 'lurescan: 80 records, 100/s', 'lurescan: 100 records, 100/s']);
    expect(output.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('writes nothing when disabled, or when no frame was drawn', () => {
    const stream = new PassThrough();
    let now = 0;
    const disabled = new ProgressMeter(stream, false, () => now);
    now = 10_000;
    disabled.update(5);
    disabled.finish();
    const quick = new ProgressMeter(stream, true, () => now);
    quick.update(1);
    quick.finish();
    expect(drain(stream)).toBe('');
  });
});
