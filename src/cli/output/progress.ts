import type { Writable } from 'node:stream';

/** Progress is redrawn at most this often, so a fast run is not slowed by writing to the terminal. */
export const PROGRESS_INTERVAL_MS = 200;

const CLEAR_LINE = '\r\u001b[2K';

/** How much of the input has been read, when its size is known (files, not a pipe). */
export interface InputProgress {
  /** Bytes read so far. */
  readonly read: number;
  /** Bytes in all inputs together. */
  readonly total: number;
}

/**
 * A one-line meter on a terminal, redrawn in place and cleared at the end: "N records, R/s", and when the input's
 * size is known, the share read, the size and the time left ("43% of 12.3 MB, about 14 s left").
 */
export class ProgressMeter {
  private readonly startedAt: number;
  private lastDrawnAt: number;
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
    private readonly input?: () => InputProgress | undefined,
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
    this.stream.write(`${CLEAR_LINE}lurescan: ${records.toLocaleString('en-US')} records, ${rate.toLocaleString('en-US')}/s${this.sizePart(seconds)}`);
    this.drawn = true;
  }

  private sizePart(seconds: number): string {
    const input = this.input?.();
    if (input === undefined || input.total <= 0) return '';
    const share = Math.min(1, input.read / input.total);
    const left = share > 0 ? (seconds * (1 - share)) / share : Number.NaN;
    return `, ${Math.floor(share * 100)}% of ${formatBytes(input.total)}${Number.isFinite(left) ? `, about ${formatDuration(left)} left` : ''}`;
  }

  finish(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
