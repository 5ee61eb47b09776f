import type { EvalReport } from '../evaluate/eval-report';
import type { Estimate, HitFrequency } from '../../index';

const number = (value: number | null): string => (value === null ? '-' : value.toFixed(3));
const percent = (value: number | null): string => (value === null ? '-' : `${(100 * value).toFixed(1)}%`);

/** The report `lurescan eval` prints by default: a summary, the ranking metrics, each risk level, the rule table. */
export function formatEvalReport(report: EvalReport): string {
  const withIntervals = report.bootstrap !== null;
  const estimate = ({ value, interval }: Estimate): string =>
    !withIntervals || value === null || interval === null ? number(value) : `${number(value)} [${number(interval.low)}, ${number(interval.high)}]`;

  const lines = [
    `lurescan eval: ${report.input}, label '${report.labelField}' (engine ${report.versions.engine}, rule set ${report.versions.ruleSet})`,
    `Records: ${report.records.read} read, ${report.records.evaluated} evaluated, ${report.records.skipped} skipped`,
    `Classes: ${report.positives} positive, ${report.negatives} negative (base rate ${percent(report.baseRate)})`,
  ];
  if (report.crossValidation !== null) {
    const { folds, nearCopyGroups } = report.crossValidation;
    lines.push(`Cross-validated: ${folds} folds of lurescan train on these postings, ${nearCopyGroups} near-copy groups kept whole`);
  }
  if (report.records.skipped > 0) {
    lines.push(`WARNING: ${report.records.skipped} records were skipped (listed on standard error and in --format json); the metrics leave them out.`);
  }
  lines.push('', 'Ranking by score');
  if (report.bootstrap !== null) {
    const { resamples, seed, confidence } = report.bootstrap;
    lines.push(`  (value [${Math.round(100 * confidence)}% interval] from ${resamples} bootstrap resamples, stratified by class, seed ${seed})`);
  }
  lines.push(`  PR-AUC (average precision)  ${estimate(report.prAuc)}`, `  ROC-AUC                     ${estimate(report.rocAuc)}`);
  const { bestF1 } = report;
  lines.push(
    bestF1 === null
      ? '  Best F1 on the score        -'
      : `  Best F1 on the score        ${number(bestF1.f1)} at score >= ${bestF1.threshold.toPrecision(4)} (precision ${number(bestF1.precision)}, recall ${number(bestF1.recall)}; chosen on these data, so optimistic)`,
  );

  lines.push('', 'Flagged when risk >= level', ...formatTable(
    ['LEVEL', 'TP', 'FP', 'FN', 'TN', 'PRECISION', 'RECALL', 'F1', 'FALSE-POS. RATE'],
    report.levels.map((level) => [
      level.level,
      String(level.confusion.truePositives),
      String(level.confusion.falsePositives),
      String(level.confusion.falseNegatives),
      String(level.confusion.trueNegatives),
      estimate(level.precision),
      estimate(level.recall),
      estimate(level.f1),
      estimate(level.falsePositiveRate),
    ]),
    [false, true, true, true, true, false, false, false, false],
  ));

  lines.push(
    '',
    "Rule hits, as SpamAssassin's hit-frequencies",
    '  S/O = POS% / (POS% + NEG%). OVERLAP: the rule it fires with most (leaving out rules that fire on every posting),',
    '  and the share of its hits that rule shares.',
  );
  if (report.rules.length === 0) lines.push('  no rule fired');
  else lines.push(...formatTable(['RULE', 'POS', 'POS%', 'NEG', 'NEG%', 'S/O', 'OVERLAP'], report.rules.map(ruleRow), [false, true, true, true, true, true, false]));
  return `${lines.join('\n')}\n`;
}

function ruleRow(rule: HitFrequency): string[] {
  return [
    rule.id,
    String(rule.positiveHits),
    percent(rule.positiveRate),
    String(rule.negativeHits),
    percent(rule.negativeRate),
    number(rule.soRatio),
    rule.overlap === null ? '-' : `${rule.overlap.id} (${percent(rule.overlap.share)})`,
  ];
}

/** Rows under a header, columns padded to their widest cell, numbers right-aligned. */
function formatTable(header: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly boolean[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const render = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => (alignRight[column] === true ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd();
  return [render(header), ...rows.map(render)];
}
