/** How much a posting looks like a lure, lowest first: what thresholds, floors and actions are keyed by. */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
