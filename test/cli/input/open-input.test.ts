import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { InputReadError, openInput } from '../../../src/cli/input/open-input';
import { collect, makeTempFiles, type TempFiles } from '../run-cli';

describe('openInput', () => {
  let files: TempFiles;
  beforeAll(async () => {
    files = await makeTempFiles();
  });
  afterAll(() => files.remove());

  it('reads a file and stdin for "-"', async () => {
    const path = await files.write('ads.txt', 'Cook in Dubai\n');
    expect(Buffer.concat((await collect(await openInput(path, new PassThrough()))).map((c) => Buffer.from(c))).toString()).toBe('Cook in Dubai\n');
    const stdin = new PassThrough();
    stdin.end('from stdin');
    expect(Buffer.concat((await collect(await openInput('-', stdin))).map((c) => Buffer.from(c))).toString()).toBe('from stdin');
  });

  it('fails to open a missing file with a plain message', async () => {
    const missing = `${files.dir}/nope.jsonl`;
    await expect(openInput(missing, new PassThrough())).rejects.toBeInstanceOf(InputReadError);
    await expect(openInput(missing, new PassThrough())).rejects.toThrow(`cannot read ${missing}: no such file`);
  });

  it('fails while reading a directory, as an InputReadError', async () => {
    const stream = await openInput(files.dir, new PassThrough());
    await expect(collect(stream)).rejects.toThrow(`cannot read ${files.dir}: it is a directory`);
  });
});
