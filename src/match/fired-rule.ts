import type { Evidence } from '../posting/evidence';
import type { ScannerRule } from '../rules/rule-schema';

/** A rule or pattern that fired on a posting, with the evidence it rests on (possibly none, e.g. a missing field). */
export interface FiredRule {
  rule: ScannerRule;
  kind: 'rule' | 'pattern';
  evidence: Evidence[];
}
