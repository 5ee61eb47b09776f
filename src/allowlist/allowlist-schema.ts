import { z } from 'zod';

/** A domain name as written in an allowlist: lower-cased, without scheme, "www." or path. */
const DomainSchema = z
  .string()
  .max(253)
  .transform((domain) => domain.trim().toLowerCase().replace(/^www\./, ''))
  .pipe(z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/, 'expected a domain like "example.com"'));

/** One employer a job board has verified, and the domains only that employer writes from or links to. */
export const VerifiedEmployerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  emailDomains: z.array(DomainSchema).max(100).default([]),
  websiteDomains: z.array(DomainSchema).max(100).default([]),
});
export type VerifiedEmployer = z.output<typeof VerifiedEmployerSchema>;

/**
 * A job board's verified employers. A posting is from one of them only when it carries a contact on one of the
 * employer's own domains (an email address, or a link to the site or a subdomain) and names no other company: a
 * name alone proves nothing, since impersonating a real employer is a common lure. See `applyAllowlist` for what a
 * verified posting changes.
 */
export const AllowlistSchema = z.strictObject({
  employers: z.array(VerifiedEmployerSchema).max(10_000),
});
export type Allowlist = z.output<typeof AllowlistSchema>;
export type AllowlistInput = z.input<typeof AllowlistSchema>;
