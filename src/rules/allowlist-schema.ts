// A namespace import: bundlers keep only the zod functions used, where `{ z }` keeps all of zod (JSON Schema included).
import * as z from 'zod';

/** A domain name as written in an allowlist: lower-cased, without scheme, "www." or path. */
const DomainSchema = z
  .string()
  .max(253)
  .transform((domain) => domain.trim().toLowerCase().replace(/^www\./, ''))
  .pipe(z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/, 'expected a domain like "example.com"'));

/** One employer a job board has verified: its board accounts, and the domains only that employer controls. */
export const VerifiedEmployerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The board's ids of the accounts this employer posts from. */
  accounts: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  emailDomains: z.array(DomainSchema).max(100).default([]),
  websiteDomains: z.array(DomainSchema).max(100).default([]),
});
export type VerifiedEmployer = z.output<typeof VerifiedEmployerSchema>;

/**
 * A job board's verified employers. A posting is from one of them only when the board says so: the poster's
 * account is one of the employer's, or the poster proved control of one of its domains (`ScoreContext.poster`).
 * Nothing in the ad verifies anything: a name, an email address or a link can be written by anyone. See
 * `applyAllowlist` for what a verified posting changes.
 */
export const AllowlistSchema = z.strictObject({
  employers: z.array(VerifiedEmployerSchema).max(10_000),
});
export type Allowlist = z.output<typeof AllowlistSchema>;
export type AllowlistInput = z.input<typeof AllowlistSchema>;
