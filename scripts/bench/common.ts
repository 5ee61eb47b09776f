import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

export interface BenchRow {
  measure: string;
  value: number;
  unit: string;
  target: string;
  /** Whether the target is met; null where there is no target. */
  met: boolean | null;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [
    row.measure,
    `${row.value >= 100 ? Math.round(row.value).toLocaleString('en') : row.value.toFixed(row.value >= 10 ? 1 : 3)} ${row.unit}`,
    row.target,
    row.met === null ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const header = ['measure', 'value', 'target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => (cell[column] ?? '').length)));
  const line = (cell: readonly string[]): string => `| ${cell.map((text, column) => text.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
