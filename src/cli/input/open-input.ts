import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** An input that cannot be read at all (missing file, a directory, an I/O error): a failure of the file, not of a record. */
export class InputReadError extends Error {
  override readonly name = 'InputReadError';

  constructor(
    readonly input: string,
    cause: unknown,
  ) {
    super(`cannot read ${input}: ${describeCause(cause)}`, { cause });
  }
}

/** The name that stands for standard input on the command line. */
export const STDIN_NAME = '-';

/**
 * Opens a file (or stdin for `-`) as a stream of bytes. Opening happens here, so a missing file fails before any
 * record is read; a failure while reading surfaces as `InputReadError` from the iteration.
 */
export async function openInput(name: string, stdin: Readable, onBytes?: (bytes: number) => void): Promise<AsyncIterable<Uint8Array | string>> {
  if (name === STDIN_NAME) return rethrowAsReadError(name, stdin, onBytes);
  try {
    const handle = await open(name, 'r');
    return rethrowAsReadError(name, handle.createReadStream(), onBytes);
  } catch (error) {
    throw new InputReadError(name, error);
  }
}

async function* rethrowAsReadError(name: string, stream: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<Uint8Array | string> {
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
      onBytes?.(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength);
      yield chunk;
    }
  } catch (error) {
    throw new InputReadError(name, error);
  } finally {
    // Stopping early (the output was closed) must release the file; stdin belongs to the caller.
    if (name !== STDIN_NAME) stream.destroy();
  }
}

const FRIENDLY_CODES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    return (code !== undefined ? FRIENDLY_CODES[code] : undefined) ?? cause.message;
  }
  return String(cause);
}
