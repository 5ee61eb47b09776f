import type { Writable } from 'node:stream';

/** Progress is redrawn at most this often, so a fast run is not slowed by writing to the terminal. */
export const PROGRESS_INTERVAL_MS = 200;

const CLEAR_LINE = '\r\u001b[2K';

/** A one-line "N records, R/s" meter on a terminal, redrawn in place and cleared at the end. */
export class ProgressMeter {
  private readonly startedAt: number;
  private lastDrawnAt: number;
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now();
    this.lastDrawnAt = this.startedAt;
  }

  update(records: number): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.lastDrawnAt < PROGRESS_INTERVAL_MS) return;
    this.lastDrawnAt = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(records / seconds) : 0;
    this.stream.write(`${CLEAR_LINE}lurescan: ${records} records, ${rate}/s`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }
}
