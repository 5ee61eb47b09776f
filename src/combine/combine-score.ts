import { RISK_LEVELS, type RiskLevel } from '../types/risk-level';
import type { FiredRule } from '../match/fired-rule';
import { rankWithinCategory, type WeightedFlag } from './rank-within-category';
import { ruleWeight } from './rule-weight';
import type { ScoringPolicy } from './scoring-policy';
import { SHORT_MESSAGE_LENGTH } from '../posting/field-text';
import { summariseLure, type LureSummary } from './summarise-lure';

export interface CombinedScore {
  score: number;
  risk: RiskLevel;
  /** Log-odds each fired rule adds, by id. Building blocks (`__` ids) add nothing: they only feed patterns. */
  contributions: ReadonlyMap<string, number>;
  /**
   * Present when a rule's severity or the lure elements call for a higher risk than the weights reach: the log-odds
   * added to lift the score to that risk's threshold, so that thresholds on `score` give the verdict's `risk`.
   */
  floor?: { risk: RiskLevel; contribution: number };
  /**
   * Present when the score reaches a risk that the evidence a moderator could check does not support (see
   * `ceilingOf`): the (negative) log-odds that hold the score just under that risk's threshold.
   */
  cap?: { risk: RiskLevel; contribution: number };
  lure: LureSummary;
}

/**
 * Sums the bias, each fired rule's weight (decayed within its category) and `extraLogOdds` (the classifier's
 * contribution) into log-odds. A rule's risk floor, or three or more distinct lure elements, can call for a higher
 * risk than that sum reaches; then the score itself is lifted to the floor's threshold, so score and risk agree.
 * The other way, a cap holds the score under the risk its evidence does not support (see `ceilingOf`).
 * `textLength` is the posting's length in characters: a short message's weak elements count (see summariseLure).
 */
export function combineScore(fired: readonly FiredRule[], policy: ScoringPolicy, extraLogOdds = 0, textLength = Infinity): CombinedScore {
  const contributions = new Map<string, number>();
  const weighted: WeightedFlag[] = [];
  const weights = new Map<string, number>();
  for (const { rule } of fired) {
    if (!rule.id.startsWith('__')) weights.set(rule.id, ruleWeight(rule, policy).effective);
  }
  const weightOf = (id: string): number => weights.get(id) ?? 0;

  let floor: RiskLevel = 'low';
  let checkable = false;
  let severe = false;
  let flagged = false;
  for (const { rule, kind } of fired) {
    if (rule.id.startsWith('__')) {
      contributions.set(rule.id, 0);
      continue;
    }
    const weight = weightOf(rule.id);
    weighted.push({ id: rule.id, category: rule.category, weight });
    // A rule its learned weight silences sets no floor either: the data say it is not evidence.
    if (weight <= 0) continue;
    flagged = true;
    if (rule.severity !== 'low') checkable = true;
    if (rule.severity === 'high' || rule.severity === 'critical') severe = true;
    const ruleFloor = rule.minRisk ?? (kind === 'rule' ? policy.severityFloors[rule.severity] : undefined);
    if (ruleFloor !== undefined) floor = maxRisk(floor, ruleFloor);
  }
  const lure = summariseLure(fired, weightOf, textLength <= SHORT_MESSAGE_LENGTH);
  floor = maxRisk(floor, lure.floor);

  let logit = policy.bias + extraLogOdds;
  const ranks = rankWithinCategory(weighted);
  for (const { id, weight } of weighted) {
    const contribution = weight > 0 ? weight * policy.repeatDecay ** (ranks.get(id) as number) : weight;
    contributions.set(id, contribution);
    logit += contribution;
  }

  const reached = riskFromScore(sigmoid(logit), policy);
  const ceiling = ceilingOf(flagged, checkable, severe || strongSignals(fired, weightOf) >= 2 || lure.summary.count >= 2, classifierReading(extraLogOdds));
  if (ceiling !== null && RISK_LEVELS.indexOf(floor) <= RISK_LEVELS.indexOf(ceiling) && RISK_LEVELS.indexOf(reached) > RISK_LEVELS.indexOf(ceiling)) {
    // Just under the next threshold up, so the score gives the same risk as the verdict.
    const target = logitOf(policy.thresholds[ceiling === 'medium' ? 'high' : 'medium']) - MARGIN;
    const risk = riskFromScore(sigmoid(target), policy);
    return { score: sigmoid(target), risk, contributions, cap: { risk, contribution: target - logit }, lure: lure.summary };
  }
  if (floor === 'low' || RISK_LEVELS.indexOf(floor) <= RISK_LEVELS.indexOf(reached)) {
    return { score: sigmoid(logit), risk: reached, contributions, lure: lure.summary };
  }
  // Lift to just above the floor's threshold, so rounding can never leave the score a hair below it.
  const target = logitOf(policy.thresholds[floor]) + MARGIN;
  return { score: sigmoid(target), risk: floor, contributions, floor: { risk: floor, contribution: target - logit }, lure: lure.summary };
}

/**
 * The most an ad may be rated on what it shows, or null for no limit:
 * - with no red flag at all, the classifier alone never makes an ad high: worth a review at most;
 * - with only weak (low-severity) flags, which honest ads say all the time, the ad stays low however many add up;
 *   with the classifier reading the text as fraud it may be medium, and high only where the classifier is
 *   convinced: generic recruitment fraud (fake employers, work from home, money mules) shows mostly weak flags that a
 *   moderator can still check, and the text is what gives it away;
 * - high needs strong evidence: a high-severity flag, two independent signals, or the classifier agreeing; one
 *   medium flag with some weak ones and nothing else is worth a review, as the indicator catalogue asks.
 */
function ceilingOf(flagged: boolean, checkable: boolean, strong: boolean, classifier: 'none' | 'agrees' | 'convinced'): RiskLevel | null {
  if (!flagged) return classifier === 'none' ? 'low' : 'medium';
  if (!checkable) return classifier === 'convinced' ? null : classifier === 'agrees' ? 'medium' : 'low';
  return strong || classifier !== 'none' ? null : 'medium';
}

/**
 * Independent signals of medium severity or more: each lure element once, and each rule without an element by its
 * category, so that five ways of saying "high pay" are one signal.
 */
function strongSignals(fired: readonly FiredRule[], weightOf: (id: string) => number): number {
  const signals = new Set<string>();
  for (const { rule } of fired) {
    if (rule.id.startsWith('__') || rule.severity === 'low' || weightOf(rule.id) <= 0) continue;
    signals.add(rule.element ?? `category:${rule.category}`);
  }
  return signals.size;
}

/** How far the classifier backs the flags: not at all, enough for a review, or enough for high with weak flags. */
function classifierReading(logOdds: number): 'none' | 'agrees' | 'convinced' {
  return logOdds >= CLASSIFIER_CONVINCED ? 'convinced' : logOdds >= CLASSIFIER_SUPPORT ? 'agrees' : 'none';
}

/**
 * The classifier's contribution (log-odds) from which weak flags with it may make an ad high: about a medium flag's
 * weight. Chosen on the template-grouped cross-validation (npm run eval:cv): fraud-class F1 at high 0.661 at 1,
 * 0.640 at 0.5, 0.566 at 2.
 */
const CLASSIFIER_CONVINCED = 1;

/**
 * The classifier's contribution (log-odds) from which it counts as reading the text as fraud, so that weak flags
 * with it may make an ad medium: a tenth of the way from even to the odds of a medium flag, well clear of the
 * near-zero contributions on text it can barely read.
 */
const CLASSIFIER_SUPPORT = 0.5;

/** Log-odds by which a floor lifts the score above its threshold, or a cap holds it below one. */
const MARGIN = 1e-6;

const sigmoid = (logit: number): number => 1 / (1 + Math.exp(-logit));
const logitOf = (p: number): number => Math.log(p / (1 - p));

export function riskFromScore(score: number, policy: ScoringPolicy): RiskLevel {
  if (score >= policy.thresholds.critical) return 'critical';
  if (score >= policy.thresholds.high) return 'high';
  if (score >= policy.thresholds.medium) return 'medium';
  return 'low';
}

export function maxRisk(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(a) >= RISK_LEVELS.indexOf(b) ? a : b;
}
