import type { ClassifierTerm } from '../classify/score-classifier';
import type { Action } from '../combine/scoring-policy';
import type { LureSummary } from '../combine/summarise-lure';
import type { AllowlistHit } from '../allowlist/apply-allowlist';
import type { Facts } from '../extract/facts';
import type { JobPosting, TextField } from '../posting/posting-schema';
import type { IloIndicatorNumber, Severity } from '../rules/rule-schema';
import type { Evidence } from '../posting/evidence';
import type { RiskLevel } from '../types/risk-level';

/** One red flag: a rule or a combination pattern that fired, with what it rests on and where it was seen. */
export interface Flag {
  /** Stable id, e.g. `travel.paid-all` or `pattern.compound-lure`. */
  id: string;
  kind: 'rule' | 'pattern';
  category: string;
  severity: Severity;
  /** In the ad's language where the rule has it (see `language`), else English. */
  title: string;
  /**
   * One sentence on what the ad does that raised the flag. The rule's whole explanation, why it matters and what to
   * check, is `scanner.rules` by `id` (`lurescan rules ID`, and `lurescan explain` prints it).
   */
  summary: string;
  /** The language of `title` and `summary`. */
  language: string;
  /** Catalogue indicator ids (indicators.md) the flag maps to. */
  indicators: string[];
  /** ILO forced-labour indicators the flag is evidence of. */
  ilo: { number: IloIndicatorNumber; name: string }[];
  /** Source keys (indicators.md §5) the rule rests on. */
  sources: string[];
  /** Log-odds this flag adds to the score. */
  contribution: number;
  /** Spans of the original posting; for a pattern, the evidence of the flags it combines. */
  evidence: Evidence[];
}

/** The answer for one posting. Plain JSON: it survives `JSON.stringify` unchanged. */
export interface Verdict {
  id?: JobPosting['id'];
  /** The language the posting is in: its own `language`, or a guess from its script and common words. */
  language: string;
  /** Estimated probability that the posting is a fraudulent or trafficking lure, in [0, 1]. */
  score: number;
  risk: RiskLevel;
  /** What the scanner's policy says to do at this risk level. */
  action: Action;
  flags: Flag[];
  /** The lure elements the flags show, the scam families, and whether this reads as trafficking or fraud. */
  lure: LureSummary;
  /**
   * Present when a flag's severity or the lure elements set a higher risk than the weights reach: the log-odds
   * that lift the score to that risk's threshold (part of the sum that makes the score).
   */
  floor?: { risk: RiskLevel; contribution: number };
  /**
   * Present when the score would reach a risk that the flags a moderator can check do not support (the classifier
   * alone, or weak flags alone, or one medium flag without a second signal): the (negative) log-odds that hold it
   * under that risk's threshold.
   */
  cap?: { risk: RiskLevel; contribution: number };
  /** The text classifier's part of the score; absent when the scanner runs without a model. */
  classifier?: ClassifierVerdict;
  /** The ids of every rule and pattern that fired, reported or building block. */
  fired: { rules: string[]; patterns: string[] };
  extracted: Facts;
  /**
   * Fields cut by the scanner's `maxFieldLength` or `maxPostingLength`: only their start was read, so a red flag
   * past the cut is missed. Absent when nothing was cut.
   */
  truncated?: { field: TextField; originalLength: number }[];
  /**
   * Lists the verdict cut to stay small (`VERDICT_LIMITS`): which list, how many items it kept and how many were
   * found. Absent when nothing was cut. Rules read every hit, and the first FACT_LIMIT (200) facts of each kind.
   */
  capped?: { list: string; kept: number; found: number }[];
  /** Present when the posting proved it comes from a verified employer of the scanner's allowlist. */
  allowlisted?: AllowlistHit;
  /**
   * Log-odds of a posting with no flags; `bias + Σ flag.contribution + classifier.contribution + floor.contribution + cap.contribution`
   * is the score's log-odds.
   */
  bias: number;
  /** `model` is the hash of the trained model's weights, when one is used. */
  versions: { engine: string; ruleSet: string; model?: string };
}

/** What the trained classifier read in the posting's words. */
export interface ClassifierVerdict {
  /** Log-odds the classifier adds to the score. */
  contribution: number;
  /** The classifier's own log-odds of fraud, before the combiner weighs it. */
  logOdds: number;
  /** The words or word pairs of the ad that moved it most, either way, quoted with where they are. */
  terms: ClassifierTerm[];
}
