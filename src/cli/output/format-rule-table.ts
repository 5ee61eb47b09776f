import type { Rule } from '../../index';

const COLUMNS = ['ID', 'SEVERITY', 'CATEGORY', 'TITLE', 'SOURCES'] as const;

/** The rules as an aligned text table, one rule a line. */
export function formatRuleTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => [rule.id, rule.severity, rule.category, rule.title, rule.sources.join(', ')]);
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[render(COLUMNS), ...rows.map(render)].join('\n')}\n`;
}
