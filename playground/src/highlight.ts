import type { Evidence, Flag, TextField, Verdict } from '../../src/index';

/** A run of one field's text, either plain or covered by the evidence of one or more flags. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The flags whose evidence covers this run, in the verdict's order; empty for plain text. */
  flags: Flag[];
}

/**
 * Cuts one field's text at every evidence boundary, so that overlapping evidence of several flags can be shown
 * without nesting: each run lists every flag whose evidence covers it. Joined, the runs are the field's text.
 */
export function segmentField(text: string, field: TextField, flags: readonly Flag[]): Segment[] {
  const spans: { evidence: Evidence; flag: Flag }[] = [];
  for (const flag of flags) {
    for (const evidence of flag.evidence) {
      if (evidence.field === field && evidence.end > evidence.start && evidence.end <= text.length) spans.push({ evidence, flag });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const { evidence } of spans) {
    cuts.add(evidence.start);
    cuts.add(evidence.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const covering: Flag[] = [];
    for (const { evidence, flag } of spans) {
      if (evidence.start <= start && evidence.end >= end && !covering.includes(flag)) covering.push(flag);
    }
    segments.push({ start, end, text: text.slice(start, end), flags: covering });
  }
  return segments;
}

/**
 * The flag whose category colours a run: a rule before a pattern (a pattern's evidence is that of the rules it
 * combines), then the verdict's order.
 */
export function leadFlag(flags: readonly Flag[]): Flag | undefined {
  return flags.find((flag) => flag.kind === 'rule') ?? flags[0];
}

/** Every text field of the posting that has text, in reading order, with its value. */
export function postingFields(posting: Record<string, unknown>, fields: readonly TextField[]): { field: TextField; text: string }[] {
  return fields.flatMap((field) => {
    const value = posting[field];
    return typeof value === 'string' && value.length > 0 ? [{ field, text: value }] : [];
  });
}

/** One bar of the contributions chart. */
export interface Contribution {
  kind: 'bias' | 'flag' | 'classifier' | 'floor' | 'cap';
  label: string;
  value: number;
  /** The flag's category, for its colour. */
  category?: string;
}

/** How the score adds up: `bias + Σ flag + classifier + floor = logit(score)`. */
export function contributions(verdict: Verdict, titleOf: (flag: Flag) => string = (flag) => flag.title): Contribution[] {
  const rows: Contribution[] = [{ kind: 'bias', label: 'Base rate (bias)', value: verdict.bias }];
  for (const flag of verdict.flags) rows.push({ kind: 'flag', label: titleOf(flag), value: flag.contribution, category: flag.category });
  if (verdict.classifier) rows.push({ kind: 'classifier', label: 'Text classifier', value: verdict.classifier.contribution });
  if (verdict.floor) rows.push({ kind: 'floor', label: `Floor to ${verdict.floor.risk}`, value: verdict.floor.contribution });
  if (verdict.cap) rows.push({ kind: 'cap', label: `Held at ${verdict.cap.risk}`, value: verdict.cap.contribution });
  return rows;
}
