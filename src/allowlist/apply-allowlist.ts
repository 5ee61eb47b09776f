import type { Facts } from '../extract/facts';
import type { FiredRule } from '../match/fired-rule';
import type { JobPosting } from '../posting/posting-schema';
import type { Allowlist, VerifiedEmployer } from './allowlist-schema';

/**
 * Rule categories about who is behind an ad and how to reach them: the only flags a verified employer's posting
 * drops. Everything about the offer itself (fees, documents, travel, pay, conditions) stays, and so does every
 * combination pattern, because a verified account can still be compromised or misused.
 */
export const ALLOWLIST_SUPPRESSIBLE_CATEGORIES: readonly string[] = ['employer', 'links', 'contact'];

/** What the allowlist did to a verdict: recorded so a moderator sees why flags are missing. */
export interface AllowlistHit {
  employer: string;
  /** The contact that proves it: an email address or link on one of the employer's domains. */
  matchedBy: { channel: 'email' | 'url'; value: string };
  /** Ids of the flags dropped. */
  suppressed: string[];
}

/**
 * Drops the identity flags (low or medium severity, in `ALLOWLIST_SUPPRESSIBLE_CATEGORIES`) of a posting that
 * proves it comes from a verified employer. Patterns were evaluated before this, on every rule that fired, so a
 * compound lure posted from a verified account still fires in full.
 */
export function applyAllowlist(
  fired: readonly FiredRule[],
  posting: JobPosting,
  facts: Facts,
  allowlist: Allowlist,
): { fired: readonly FiredRule[]; hit: AllowlistHit | null } {
  const verified = findVerifiedEmployer(posting, facts, allowlist);
  if (verified === null) return { fired, hit: null };
  const suppressible = (firedRule: FiredRule): boolean =>
    firedRule.kind === 'rule' &&
    ALLOWLIST_SUPPRESSIBLE_CATEGORIES.includes(firedRule.rule.category) &&
    (firedRule.rule.severity === 'low' || firedRule.rule.severity === 'medium');
  return {
    fired: fired.filter((firedRule) => !suppressible(firedRule)),
    hit: { ...verified, suppressed: fired.filter(suppressible).map((firedRule) => firedRule.rule.id) },
  };
}

function findVerifiedEmployer(posting: JobPosting, facts: Facts, allowlist: Allowlist): Omit<AllowlistHit, 'suppressed'> | null {
  if (allowlist.employers.length === 0) return null;
  const named = posting.companyName === undefined ? null : comparableName(posting.companyName);
  for (const { channel, value } of facts.contacts) {
    if (channel !== 'email' && channel !== 'url') continue;
    const domain = channel === 'email' ? emailDomain(value) : linkHost(value);
    if (domain === null) continue;
    const employer = allowlist.employers.find((candidate) => ownsDomain(candidate, channel, domain));
    // An ad that names another company while linking to a verified domain is not taken as the verified employer.
    if (employer === undefined || (named !== null && named.length > 0 && named !== comparableName(employer.name))) continue;
    return { employer: employer.name, matchedBy: { channel, value } };
  }
  return null;
}

function ownsDomain(employer: VerifiedEmployer, channel: 'email' | 'url', domain: string): boolean {
  if (channel === 'email') return employer.emailDomains.includes(domain);
  return employer.websiteDomains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

const comparableName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function emailDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 ? null : address.slice(at + 1).toLowerCase();
}

function linkHost(link: string): string | null {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(link)?.[1];
  return host === undefined ? null : host.toLowerCase().replace(/^www\./, '');
}
