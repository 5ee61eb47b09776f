import { createDefaultScanner, type SafeScoreResult, type Scanner } from './scanner';
import type { Verdict } from './explain/verdict';
import type { PostingInput } from './posting/posting-schema';

export { createScanner, type Scanner, type ScannerOptions, type SafeScoreResult, type SafeExtractResult } from './scanner';
export {
  JobPostingSchema,
  ScorablePostingSchema,
  hasPostingText,
  TEXT_FIELDS,
  type JobPosting,
  type PostingInput,
  type TextField,
} from './posting/posting-schema';
export { LurescanError, isLurescanError, LURESCAN_ERROR_CODES, type LurescanErrorCode } from './errors/lurescan-error';
export { PostingValidationError, type PostingIssue } from './posting/posting-validation-error';
export { RuleSetError, type RuleIssue } from './rules/rule-set-error';
export { parseRulePack, MAX_RULES_PER_PACK, type RulePack, type ParseRulePackOptions } from './rules/rule-pack';
export { RULE_LIMITS } from './rules/rule-schema';
export { MAX_REGEX_LENGTH } from './rules/regex-safety';
export { AllowlistSchema, type Allowlist, type AllowlistInput, type VerifiedEmployer } from './rules/allowlist-schema';
export { ALLOWLIST_KEPT_RULES, ALLOWLIST_SUPPRESSIBLE_CATEGORIES, type AllowlistHit } from './allowlist/apply-allowlist';
export { PosterIdentitySchema, ScoreContextSchema, type PosterIdentity, type ScoreContext } from './allowlist/poster-identity';
import type { ScoreContext } from './allowlist/poster-identity';
export {
  RuleSchema,
  SEVERITIES,
  ILO_INDICATORS,
  type Rule,
  type RuleDefinition,
  type ScannerRule,
  type RuleCondition,
  type FactCondition,
  type Severity,
} from './rules/rule-schema';
export { RISK_LEVELS, type RiskLevel } from './types/risk-level';
export { type Verdict, type Flag, type ClassifierVerdict } from './explain/verdict';
export type { Evidence } from './posting/evidence';
export type { LureSummary, LureElementHit } from './combine/summarise-lure';
export { LURE_ELEMENTS, SCAM_FAMILIES, type LureElement, type ScamFamily } from './rules/lure-elements';
export type { Facts, PayFact, ContactFact, PlaceFact, AgeFact, ContactChannel, PayPeriod } from './extract/facts';
export { DEFAULT_SCORING_POLICY, ACTIONS, type ScoringPolicy, type Action } from './combine/scoring-policy';
export { LurescanModelSchema, type LurescanModel } from './classify/classifier-model';
export { ModelError, type ModelIssue } from './classify/model-error';
export { formatModel } from './classify/format-model';
export { trainModel, DEFAULT_TRAINING, type TrainingExample, type TrainModelOptions } from './classify/train/train-model';
export { crossValidate, DEFAULT_CROSS_VALIDATION, type CrossValidation, type CrossValidationOptions } from './classify/train/cross-validate';
export { nearCopyGroups, NEAR_COPY_JACCARD } from './classify/train/near-copy-groups';
export type { ClassifierTerm } from './classify/score-classifier';
export { ENGINE_VERSION } from './version';
export {
  evaluate,
  type Evaluation,
  type EvaluateOptions,
  type Estimate,
  type LevelEvaluation,
} from './evaluate/evaluate';
export type { LabelledExample } from './evaluate/labelled-example';
export type { BootstrapOptions, ConfidenceInterval } from './evaluate/bootstrap';
export type { BestF1Threshold } from './evaluate/best-f1-threshold';
export type { ConfusionMatrix } from './evaluate/confusion-matrix';
export type { DecisionLevel } from './evaluate/risk-level-confusion';
export { HitFrequencyCounter, type HitFrequency } from './evaluate/hit-frequencies';

// The default scanner is built on first use, so importing lurescan compiles nothing.
let defaultScanner: Scanner | undefined;
const getDefaultScanner = (): Scanner => (defaultScanner ??= createDefaultScanner());

/** Scores one posting with the built-in rules. Throws `PostingValidationError` for an invalid posting object. */
export function score(input: PostingInput, context?: ScoreContext): Verdict {
  return getDefaultScanner().score(input, context);
}

/** Like `score`, but returns a result union instead of throwing; accepts any value. */
export function safeScore(input: unknown, context?: ScoreContext): SafeScoreResult {
  return getDefaultScanner().safeScore(input, context);
}

export { CampaignIndex, type CampaignIndexOptions } from './campaigns/campaign-index';
export type { Campaign, CampaignMember, CampaignSignals, CountedValue, SharedContact } from './campaigns/campaign';
export type { CampaignPosting, SignedPosting, PostingSource } from './campaigns/campaign-posting';
export { campaignPostingOf, campaignPostingFromFacts, postingTemplateText, recordDate, DATE_FIELDS } from './campaigns/campaign-posting-of';
export { campaignTemplate, type CampaignTemplate } from './campaigns/campaign-template';
export {
  campaignFlag,
  withCampaignFlag,
  CAMPAIGN_FLAG_ID,
  DEFAULT_CAMPAIGN_WEIGHTS,
  type CampaignFlag,
  type CampaignWeights,
  type MemberFields,
} from './campaigns/campaign-flag';
export { scoreWithCampaigns, type ScoreWithCampaignsOptions, type CampaignScoring } from './campaigns/score-with-campaigns';
