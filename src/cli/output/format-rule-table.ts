import type { ScannerRule, ScoringPolicy } from '../../index';
import { ruleWeight } from '../../combine/rule-weight';
import { sanitizeForTerminal } from './terminal-style';

const COLUMNS = ['ID', 'SEVERITY', 'DECLARED', 'LEARNED', 'CATEGORY', 'TITLE', 'SOURCES'] as const;

/**
 * The rules as an aligned text table, one rule a line, with each rule's declared weight and the weight the model
 * learned for it, then a note on why they differ.
 */
export function formatRuleTable(rules: readonly ScannerRule[], policy: ScoringPolicy): string {
  const rows = rules.map((rule) => {
    const weight = ruleWeight(rule, policy);
    const learned = weight.learned === undefined ? '-' : weight.learned <= 0 ? `${weight.learned.toFixed(2)} (off)` : weight.learned.toFixed(2);
    // A pack's titles and sources are untrusted text: printed without control characters or bidi overrides.
    return [rule.id, rule.severity, weight.declared.toFixed(2), learned, rule.category, sanitizeForTerminal(rule.title), sanitizeForTerminal(rule.sources.join(', '))];
  });
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[render(COLUMNS), ...rows.map(render)].join('\n')}\n\n${WEIGHT_NOTE}`;
}

const WEIGHT_NOTE = `DECLARED is the log-odds the rule file gives (its weight, or its severity's). LEARNED is what the model fitted on
labelled ads (lurescan train), pulled toward the declared weight, and it is what scoring uses; "-" means the rule is
not fitted (it never fired in the training data, as trafficking rules rarely do) and keeps its declared weight. A
learned weight of zero or less ("off") means the data show the rule is no evidence of fraud: it is not reported as a
flag and sets no risk floor, though it still feeds the combination patterns.
`;
