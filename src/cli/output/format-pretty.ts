import type { ClassifierVerdict, Evidence, Flag, LureSummary, PostingIssue, RiskLevel, Verdict } from '../../index';
import type { RecordError } from '../input/record';
import { evidenceSnippet, fieldText } from './evidence-snippet';
import { sanitizeForTerminal, type TerminalStyle } from './terminal-style';

/** Quotes shown per flag; the rest are counted, as a pattern flag can carry the evidence of many rules. */
export const MAX_EVIDENCE_SHOWN = 3;
const WRAP_WIDTH = 78;

/**
 * A readable report of one verdict: risk and score, then each flag with its severity, its summary (or, given
 * `explanations` by rule id, the whole explanation) and the words of the posting that raised it. `posting` is the
 * original input, for the context around each quote.
 */
export function formatVerdictReport(
  verdict: Verdict,
  posting: unknown,
  style: TerminalStyle,
  heading?: string,
  explanations?: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [];
  if (heading !== undefined) lines.push(style.bold(sanitizeForTerminal(heading)));
  const flagCount = verdict.flags.length === 1 ? '1 red flag' : `${verdict.flags.length} red flags`;
  lines.push(
    `  Risk: ${style.risk(verdict.risk, verdict.risk.toUpperCase())}   score ${verdict.score.toFixed(2)}   ${flagCount}   action: ${verdict.action}`,
  );
  if (verdict.flags.length === 0) lines.push('  No red flags found.');
  const lure = formatLure(verdict.lure);
  if (lure !== null) lines.push(lure);
  verdict.flags.forEach((flag, index) => lines.push(...formatFlag(flag, index + 1, posting, style, explanations?.get(flag.id) ?? flag.summary)));
  if (verdict.classifier !== undefined) lines.push(...formatClassifier(verdict.classifier, style));
  return `${lines.join('\n')}\n\n`;
}

const LURE_KINDS = { trafficking: 'trafficking recruitment (scam-compound lure)', fraud: 'recruitment fraud' } as const;

/** One line: what kind of lure the ad reads as, and the elements that make it one (weak ones in brackets). */
function formatLure(lure: LureSummary): string | null {
  if (lure.kind === null) return null;
  const elements = lure.elements.map((hit) => (hit.counted ? hit.element : `(${hit.element})`));
  const families = lure.families.length > 0 ? `; family: ${lure.families.join(', ')}` : '';
  return `  Reads as ${LURE_KINDS[lure.kind]}: ${lure.count} lure ${lure.count === 1 ? 'element' : 'elements'}: ${elements.join(', ')}${families}`;
}

function formatFlag(flag: Flag, number: number, posting: unknown, style: TerminalStyle, text: string): string[] {
  // Titles and explanations may come from a rule pack, which is untrusted: no escape sequence reaches the terminal.
  const title = sanitizeForTerminal(flag.title);
  const lines = [`  ${number}. [${style.risk(flag.severity, flag.severity)}] ${style.bold(title)} ${style.dim(`(${sanitizeForTerminal(flag.id)})`)}`];
  lines.push(...wrap(sanitizeForTerminal(text), WRAP_WIDTH, '     '));
  const evidence = distinctEvidence(flag.evidence);
  for (const item of evidence.slice(0, MAX_EVIDENCE_SHOWN)) {
    lines.push(`     > ${item.field}: ${evidenceSnippet(fieldText(posting, item.field), item, style)}`);
  }
  const hidden = evidence.length - MAX_EVIDENCE_SHOWN;
  if (hidden > 0) lines.push(style.dim(`     > and ${hidden} more`));
  return lines;
}

/** The classifier's share, in the same units as the flags, with the words of the ad that moved it. */
function formatClassifier(classifier: ClassifierVerdict, style: TerminalStyle): string[] {
  const sign = classifier.contribution >= 0 ? '+' : '';
  // A blank field the classifier weighs (no requirements given) has no words to quote: it is named instead.
  const terms = classifier.terms.map(
    ({ text, weight, evidence }) => `${text.trim() === '' ? `(no ${evidence.field})` : sanitizeForTerminal(text)} (${weight >= 0 ? '+' : ''}${weight.toFixed(2)})`,
  );
  return [
    `  Text classifier: ${sign}${classifier.contribution.toFixed(2)} log-odds${terms.length > 0 ? style.dim(`   strongest words: ${terms.join(', ')}`) : ''}`,
  ];
}

function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.field}:${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A record that could not be scored, in the same layout as a report. */
export function formatErrorReport(error: RecordError, style: TerminalStyle, heading: string): string {
  const lines = [style.bold(sanitizeForTerminal(heading)), `  ${style.risk('high', 'ERROR')} ${sanitizeForTerminal(error.message)}`];
  for (const issue of error.issues) lines.push(`    - ${describePath(issue)}: ${sanitizeForTerminal(issue.message)}`);
  return `${lines.join('\n')}\n\n`;
}

function describePath(issue: PostingIssue): string {
  return issue.path.length === 0 ? '(posting)' : sanitizeForTerminal(issue.path.join('.'));
}

/** The closing line of a pretty run: how many postings fell in each risk level, and how many failed. */
export function formatSummary(byRisk: Readonly<Record<RiskLevel, number>>, failed: number, style: TerminalStyle): string {
  const scored = Object.values(byRisk).reduce((sum, count) => sum + count, 0);
  const levels = (['critical', 'high', 'medium', 'low'] as const).map((level) => style.risk(level, `${byRisk[level]} ${level}`));
  const failures = failed === 0 ? '' : ` ${failed} ${failed === 1 ? 'record' : 'records'} could not be scored.`;
  return `${scored} ${scored === 1 ? 'posting' : 'postings'} scored: ${levels.join(', ')}.${failures}\n`;
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (current.length > 0 && indent.length + current.length + 1 + word.length > width) {
      lines.push(indent + current);
      current = word;
    } else {
      current = current.length > 0 ? `${current} ${word}` : word;
    }
  }
  if (current.length > 0) lines.push(indent + current);
  return lines;
}
