import type { Writable } from 'node:stream';

/** The output stream was closed or failed (a closed pipe, as in `lurescan score big.jsonl | head`). */
export class OutputClosedError extends Error {
  override readonly name = 'OutputClosedError';
}

/**
 * Writes text to a stream, waiting whenever the stream asks to (backpressure), so a fast reader over a slow
 * consumer never buffers the whole output in memory.
 */
export class LineWriter {
  private failure: Error | undefined;
  private readonly onError = (error: Error): void => {
    this.failure = error;
  };

  constructor(private readonly stream: Writable) {
    // Without a listener an EPIPE would be an uncaught exception; it is reported by the next write instead.
    stream.on('error', this.onError);
  }

  async write(text: string): Promise<void> {
    if (this.failure !== undefined || this.stream.destroyed || this.stream.writableEnded) {
      throw new OutputClosedError('the output was closed', { cause: this.failure });
    }
    if (!this.stream.write(text)) await waitForDrain(this.stream);
  }

  /** Stops listening to the stream; the stream itself stays open (stdout belongs to the caller). */
  release(): void {
    this.stream.off('error', this.onError);
  }
}

function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => settle();
    const onError = (error: Error): void => settle(new OutputClosedError('the output failed', { cause: error }));
    const onClose = (): void => settle(new OutputClosedError('the output was closed'));
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
