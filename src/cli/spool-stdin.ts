import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A temporary file and how to delete it. */
export interface Spool {
  path: string;
  remove(): Promise<void>;
}

/** A temporary folder for one run's spool files, deleted by `remove`. */
export async function spoolDir(): Promise<{ file(name: string): string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lurescan-'));
  return { file: (name) => join(dir, name), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies standard input to a temporary file, so a command that reads its input twice can read stdin too. */
export async function spoolStdin(stdin: Readable): Promise<Spool> {
  const dir = await spoolDir();
  const path = dir.file('stdin');
  await pipeline(stdin, createWriteStream(path));
  return { path, remove: dir.remove };
}
