// A namespace import: bundlers keep only the zod functions used, where `{ z }` keeps all of zod (JSON Schema included).
import * as z from 'zod';

/**
 * Who posted the ad, as the job board knows it: never read from the ad. An ad can say anything ("Apply:
 * careers@acme.com", "not affiliated with acme.com", a link whose userinfo names acme.com), so only what the board
 * itself checked proves an employer: the account that posted, or a domain the poster proved they control (a
 * confirmed email address, a DNS record).
 */
export const PosterIdentitySchema = z.strictObject({
  /** The board's id of the account that posted, matched against an employer's `accounts`. */
  account: z.string().trim().min(1).max(200).optional(),
  /** A domain the board verified the poster controls, matched against an employer's email and website domains. */
  verifiedDomain: z
    .string()
    .max(253)
    .transform((domain) => domain.trim().toLowerCase().replace(/^www\./, ''))
    .optional(),
});
export type PosterIdentity = z.input<typeof PosterIdentitySchema>;

/** What `score` may be told beside the posting: facts the board supplies, which the ad cannot forge. */
export const ScoreContextSchema = z.strictObject({ poster: PosterIdentitySchema.optional() });
export type ScoreContext = z.input<typeof ScoreContextSchema>;
