import type { RiskLevel } from '../types/risk-level';

/** One scored posting whose true class is known: what every evaluation metric reads. */
export interface LabelledExample {
  /** The scanner's score; any finite number works, since the metrics read only its order. */
  score: number;
  risk: RiskLevel;
  /** true: the posting is fraudulent or a lure (the positive class). */
  positive: boolean;
  /** Ids of the rules and patterns that fired (`verdict.fired`), for the hit-frequency table. */
  fired: readonly string[];
}
