import type { CombinedScore } from '../combine/combine-score';
import type { Facts } from '../extract/facts';
import type { FiredRule } from '../match/fired-rule';
import type { JobPosting } from '../posting/posting-schema';
import { ILO_INDICATORS } from '../rules/rule-schema';
import type { Action } from '../combine/scoring-policy';
import { localisedText } from './rule-summary';
import type { ClassifierVerdict, Flag, Verdict } from './verdict';

export interface VerdictParts {
  posting: JobPosting;
  fired: readonly FiredRule[];
  combined: CombinedScore;
  facts: Facts;
  bias: number;
  action: Action;
  classifier: ClassifierVerdict | undefined;
  versions: Verdict['versions'];
  language: string;
}

/** Turns what fired into the plain-JSON verdict a moderator reads: strongest flags first. */
export function buildVerdict({ posting, fired, combined, facts, bias, action, classifier, versions, language }: VerdictParts): Verdict {
  // A rule whose weight the data set to zero (or below) is not evidence of fraud: it stays in `fired`, not in flags.
  const flags: Flag[] = fired
    .filter(({ rule }) => !rule.id.startsWith('__') && (combined.contributions.get(rule.id) ?? 0) > 0)
    .map(({ rule, kind, evidence }) => ({
      id: rule.id,
      kind,
      category: rule.category,
      severity: rule.severity,
      ...localisedText(rule, language),
      indicators: [...rule.indicators],
      ilo: rule.ilo.map((number) => ({ number, name: ILO_INDICATORS[number] })),
      sources: [...rule.sources],
      contribution: combined.contributions.get(rule.id) ?? 0,
      evidence: evidence.map((item) => ({ ...item })),
    }))
    .sort((a, b) => b.contribution - a.contribution || (a.id < b.id ? -1 : 1));

  const verdict: Verdict = {
    language,
    score: combined.score,
    risk: combined.risk,
    action,
    flags,
    lure: combined.lure,
    ...(combined.floor === undefined ? {} : { floor: combined.floor }),
    ...(combined.cap === undefined ? {} : { cap: combined.cap }),
    ...(classifier === undefined ? {} : { classifier }),
    fired: {
      rules: fired.filter((f) => f.kind === 'rule').map((f) => f.rule.id),
      patterns: fired.filter((f) => f.kind === 'pattern').map((f) => f.rule.id),
    },
    extracted: facts,
    bias,
    versions,
  };
  return posting.id === undefined ? verdict : { id: posting.id, ...verdict };
}
