import type { ScoringPolicy } from '../combine/scoring-policy';
import type { Evidence } from '../posting/evidence';
import { RISK_LEVELS, type RiskLevel } from '../types/risk-level';
import { type Flag, type Verdict } from '../explain/verdict';
import type { Campaign, CampaignMember, CampaignSignals } from './campaign';
import { contactKey } from './contact-key';

export const CAMPAIGN_FLAG_ID = 'campaign.mass-template';

/** Log-odds each campaign signal adds; a member's flag adds those of the signals its campaign shows, at most `max`. */
export interface CampaignWeights {
  employers: number;
  contactAcrossEmployers: number;
  places: number;
  max: number;
}

/**
 * Chosen by hand, below what the data would allow, since the classifier already reads the same ads' words. On
 * EMSCAD + difraud-jobs (`npm run eval:campaigns`, 24% fraudulent), 57% of the ads whose template reappears at
 * several places are fraudulent, and 88% of those sharing a contact across places or employers; the data sets
 * name no employers, so that signal is untested. One employer posting a job in several cities is common.
 */
export const DEFAULT_CAMPAIGN_WEIGHTS: CampaignWeights = { employers: 1.5, contactAcrossEmployers: 1.5, places: 0.5, max: 2.5 };

/** Members of the campaign a flag names: enough to check by hand, few enough to keep a verdict small. */
export const MAX_CITED_MEMBERS = 20;

/** The campaign flag: a flag like any other, and the campaign it rests on, citing other members by id and line. */
export interface CampaignFlag extends Flag {
  campaign: {
    campaign: number;
    size: number;
    signals: CampaignSignals;
    /** Other members (not this posting), at most `MAX_CITED_MEMBERS`. */
    members: CampaignMember[];
    employers: string[];
    places: string[];
  };
}

/** What the posting itself shows of the campaign's signals, for the flag's evidence: its company name and location. */
export interface MemberFields {
  companyName?: string;
  location?: string;
}

/**
 * The campaign flag for member `ordinal` of `campaign`, or undefined when the campaign shows none of the signals
 * of mass recruitment (one employer reposting one ad at one place is not a red flag).
 */
export function campaignFlag(
  campaign: Campaign,
  ordinal: number,
  verdict: Verdict,
  fields: MemberFields = {},
  weights: CampaignWeights = DEFAULT_CAMPAIGN_WEIGHTS,
): CampaignFlag | undefined {
  const { signals } = campaign;
  const contribution = Math.min(
    weights.max,
    (signals.employers ? weights.employers : 0) + (signals.contactAcrossEmployers ? weights.contactAcrossEmployers : 0) + (signals.places ? weights.places : 0),
  );
  if (contribution <= 0) return undefined;
  const others = campaign.members.filter((member) => member.ordinal !== ordinal);
  const reasons = [
    signals.employers ? `${campaign.employers.length} employer names` : undefined,
    signals.places ? `${campaign.places.length} places` : undefined,
    signals.contactAcrossEmployers ? 'one contact shared across employers or places' : undefined,
  ].filter((reason) => reason !== undefined);
  return {
    id: CAMPAIGN_FLAG_ID,
    kind: 'rule',
    category: 'campaign',
    severity: 'medium',
    title: 'The same ad posted as a campaign',
    summary: `This posting is one of ${campaign.size} in a campaign (near-identical text or a shared contact) with ${reasons.join(', ')}: mass recruitment under changing names, not one employer's ad.`,
    indicators: ['meta.mass_template'],
    language: 'en',
    ilo: [],
    sources: ['INFOSHIELD'],
    contribution,
    evidence: memberEvidence(campaign, verdict, fields),
    campaign: {
      campaign: campaign.campaign,
      size: campaign.size,
      signals,
      members: others.slice(0, MAX_CITED_MEMBERS),
      employers: campaign.employers.map((employer) => employer.value),
      places: campaign.places.map((place) => place.value),
    },
  };
}

/** This posting's company name, location and the contacts it shares with other members, as written. */
function memberEvidence(campaign: Campaign, verdict: Verdict, fields: MemberFields): Evidence[] {
  const evidence: Evidence[] = [];
  for (const field of ['companyName', 'location'] as const) {
    const text = fields[field];
    if (text !== undefined && text !== '') evidence.push({ field, start: 0, end: text.length, text });
  }
  const shared = new Set(campaign.contacts.filter((contact) => contact.members >= 2).map((contact) => contactKey(contact.channel, contact.value)));
  for (const contact of verdict.extracted.contacts) if (shared.has(contactKey(contact.channel, contact.value))) evidence.push(contact.evidence);
  return evidence;
}

/**
 * The verdict with the campaign flag added: its contribution joins the log-odds (so `bias + Σ contributions` is
 * still the score's logit), the risk rises to what the new score reaches and never falls, and the action follows.
 */
export function withCampaignFlag(verdict: Verdict, flag: CampaignFlag, policy: ScoringPolicy): Verdict {
  const score = sigmoid(logit(verdict.score) + flag.contribution);
  const risk = maxRisk(verdict.risk, riskOf(score, policy));
  return {
    ...verdict,
    score,
    risk,
    action: policy.actions[risk],
    flags: [...verdict.flags, flag],
    fired: { ...verdict.fired, rules: [...verdict.fired.rules, flag.id] },
  };
}

function riskOf(score: number, policy: ScoringPolicy): RiskLevel {
  const { thresholds } = policy;
  if (score >= thresholds.critical) return 'critical';
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}

function maxRisk(left: RiskLevel, right: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(left) >= RISK_LEVELS.indexOf(right) ? left : right;
}

function logit(probability: number): number {
  const clamped = Math.min(1 - 1e-12, Math.max(1e-12, probability));
  return Math.log(clamped / (1 - clamped));
}

function sigmoid(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}
