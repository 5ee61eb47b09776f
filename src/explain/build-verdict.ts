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
      evidence: evidence.slice(0, VERDICT_LIMITS.evidencePerFlag).map((item) => ({ ...item })),
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
    extracted: cappedFacts(facts),
    bias,
    versions,
  };
  const capped = cutsOf(fired, facts);
  if (capped.length > 0) verdict.capped = capped;
  return posting.id === undefined ? verdict : { id: posting.id, ...verdict };
}

/**
 * Most items a verdict lists: one 64 KiB posting of contact-like runs yielded 13,106 facts, a 1.7 MB verdict that
 * exhausted a CLI worker's heap. Real ads stay far below (the most contacts in the corpora is a few dozen). What
 * is cut is said in `verdict.capped`; rules and patterns read every fact before the cut.
 */
export const VERDICT_LIMITS = { factsPerKind: 50, evidencePerFlag: 20 } as const;

const FACT_KINDS = ['pay', 'contacts', 'places', 'ages', 'disguises'] as const;

function cappedFacts(facts: Facts): Facts {
  const limit = VERDICT_LIMITS.factsPerKind;
  return {
    pay: facts.pay.slice(0, limit),
    contacts: facts.contacts.slice(0, limit),
    places: facts.places.slice(0, limit),
    ages: facts.ages.slice(0, limit),
    disguises: facts.disguises.slice(0, limit),
  };
}

function cutsOf(fired: readonly FiredRule[], facts: Facts): NonNullable<Verdict['capped']> {
  const cuts: NonNullable<Verdict['capped']> = [];
  for (const kind of FACT_KINDS) {
    // Past FACT_LIMIT the extractors count facts without building them.
    const found = facts.found?.[kind] ?? facts[kind].length;
    if (found > VERDICT_LIMITS.factsPerKind) cuts.push({ list: `extracted.${kind}`, kept: VERDICT_LIMITS.factsPerKind, found });
  }
  for (const { rule, evidence } of fired) {
    if (evidence.length > VERDICT_LIMITS.evidencePerFlag) cuts.push({ list: `flags.${rule.id}.evidence`, kept: VERDICT_LIMITS.evidencePerFlag, found: evidence.length });
  }
  return cuts;
}
