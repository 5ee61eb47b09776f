import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { main } from '../../src/cli/main';

/** Test helpers: run the CLI in-process on in-memory streams, and write input files to a temporary folder. */

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string | Uint8Array;
  isTTY?: boolean;
  stderrIsTTY?: boolean;
  stdinIsTTY?: boolean;
  env?: Record<string, string>;
  now?: () => number;
}

export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  // Consumed while main runs, so backpressure never stalls it.
  const out = text(stdout);
  const err = text(stderr);
  stdin.end(options.stdin ?? '');
  const status = await main(args, {
    stdin,
    stdout,
    stderr,
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: options.env ?? {},
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  stdout.end();
  stderr.end();
  return { status, stdout: await out, stderr: await err };
}

/** The JSON objects of a JSON-lines output. */
export function parseJsonLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface TempFiles {
  dir: string;
  /** Writes `content` to `name` in the folder and returns its path. */
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function makeTempFiles(): Promise<TempFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'lurescan-cli-'));
  return {
    dir,
    async write(name, content) {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Yields the chunks of a text one by one, as a stream would deliver them. */
export async function* chunksOf(...chunks: readonly string[]): AsyncGenerator<string> {
  yield* chunks;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}
