import type { Facts } from '../extract/facts';
import type { FiredRule } from '../match/fired-rule';
import type { JobPosting } from '../posting/posting-schema';
import type { Allowlist, VerifiedEmployer } from '../rules/allowlist-schema';
import type { PosterIdentity } from './poster-identity';

/**
 * Rule categories about who is behind an ad and how to reach them: the only flags a verified employer's posting
 * drops. Everything about the offer itself (fees, documents, travel, pay, conditions) stays, and so does every
 * combination pattern, because a verified account can still be compromised or misused.
 */
export const ALLOWLIST_SUPPRESSIBLE_CATEGORIES: readonly string[] = ['employer', 'links', 'contact'];

/**
 * Rules in those categories that are claims about the offer, not about the sender: a verified employer claiming
 * a government partnership is still a claim to check, so these are never dropped.
 */
export const ALLOWLIST_KEPT_RULES: readonly string[] = ['employer.impersonation'];

/** What the allowlist did to a verdict: recorded so a moderator sees why flags are missing. */
export interface AllowlistHit {
  employer: string;
  /** What the board said that proves it: the poster's account, or a domain the poster verified. */
  matchedBy: { channel: 'account' | 'domain'; value: string };
  /** Ids of the flags dropped. */
  suppressed: string[];
}

/**
 * Drops the identity flags (low or medium severity, in `ALLOWLIST_SUPPRESSIBLE_CATEGORIES`, less the offer claims
 * of `ALLOWLIST_KEPT_RULES`) of a posting whose poster the board verified as an allowlisted employer. Patterns were
 * evaluated before this, on every rule that fired, so a compound lure posted from a verified account still fires.
 */
export function applyAllowlist(
  fired: readonly FiredRule[],
  posting: JobPosting,
  facts: Facts,
  allowlist: Allowlist,
  poster: PosterIdentity | undefined,
): { fired: readonly FiredRule[]; hit: AllowlistHit | null } {
  const verified = poster === undefined ? null : findVerifiedEmployer(posting, facts, allowlist, poster);
  if (verified === null) return { fired, hit: null };
  const suppressible = (firedRule: FiredRule): boolean =>
    firedRule.kind === 'rule' &&
    ALLOWLIST_SUPPRESSIBLE_CATEGORIES.includes(firedRule.rule.category) &&
    !ALLOWLIST_KEPT_RULES.includes(firedRule.rule.id) &&
    (firedRule.rule.severity === 'low' || firedRule.rule.severity === 'medium');
  return {
    fired: fired.filter((firedRule) => !suppressible(firedRule)),
    hit: { ...verified, suppressed: fired.filter(suppressible).map((firedRule) => firedRule.rule.id) },
  };
}

function findVerifiedEmployer(posting: JobPosting, facts: Facts, allowlist: Allowlist, poster: PosterIdentity): Omit<AllowlistHit, 'suppressed'> | null {
  const byAccount = poster.account === undefined ? undefined : allowlist.employers.find((employer) => employer.accounts.includes(poster.account?.trim() ?? ''));
  const domain = poster.verifiedDomain?.trim().toLowerCase().replace(/^www\./, '');
  const byDomain = byAccount !== undefined || domain === undefined ? undefined : allowlist.employers.find((employer) => ownsDomain(employer, domain));
  const employer = byAccount ?? byDomain;
  if (employer === undefined) return null;
  // A verified poster writing for another company (an agency, a hijacked account) is not that company's ad.
  if (namesOtherCompany(posting, facts, employer, allowlist)) return null;
  return { employer: employer.name, matchedBy: byAccount !== undefined ? { channel: 'account', value: poster.account ?? '' } : { channel: 'domain', value: domain ?? '' } };
}

function ownsDomain(employer: VerifiedEmployer, domain: string): boolean {
  return employer.emailDomains.includes(domain) || employer.websiteDomains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

/**
 * True when the ad names a company other than `employer`: its company name, or an email address or link (by the
 * host a browser opens) on the domain of another allowlisted employer.
 */
function namesOtherCompany(posting: JobPosting, facts: Facts, employer: VerifiedEmployer, allowlist: Allowlist): boolean {
  const named = posting.companyName === undefined ? '' : comparableName(posting.companyName);
  if (named.length > 0 && named !== comparableName(employer.name)) return true;
  return facts.contacts.some((contact) => {
    const domain = contact.channel === 'email' ? emailDomain(contact.value) : contact.channel === 'url' ? (contact.host ?? null) : null;
    if (domain === null || ownsDomain(employer, domain)) return false;
    return allowlist.employers.some((other) => other !== employer && ownsDomain(other, domain));
  });
}

const comparableName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function emailDomain(address: string): string | null {
  // The host after the last "@", up to a path, query or port, as a browser reads "https://a.com:x@b.io/jobs".
  const at = address.lastIndexOf('@');
  return at < 0 ? null : (address.slice(at + 1).toLowerCase().split(/[/?#:]/u, 1)[0] ?? '');
}
