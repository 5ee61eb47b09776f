/**
 * Top-level domains for reading bare domains ("apply at jobs-asia.xyz/form") that have no "http://" or "www.".
 * Only listed TLDs count, so "e.g.", "Ph.D", "B.Tech" (.tech), "my.name" (.name), "file.zip" and "script.py"
 * are not links.
 */

/** TLDs that are not English words: a bare "name.tld" is read as a domain. */
export const BARE_DOMAIN_TLDS: ReadonlySet<string> = new Set([
  // generic, including the cheap ones scam sites favour
  'com', 'net', 'org', 'info', 'biz', 'xyz', 'top', 'vip', 'club', 'online', 'site', 'website', 'shop', 'store', 'app',
  'io', 'live', 'link', 'work', 'jobs', 'careers', 'asia', 'icu', 'pro', 'tv', 'ws', 'tk', 'ml', 'ga', 'cf', 'gq',
  'pw', 'cyou', 'buzz', 'fun', 'space', 'today', 'world', 'life', 'email', 'global', 'group', 'agency',
  // countries that matter for the postings lurescan reads
  'kh', 'mm', 'th', 'ph', 'vn', 'cn', 'hk', 'tw', 'jp', 'kr', 'sg', 'ae', 'au', 'ca', 'uk', 'de', 'ru', 'ke', 'ng',
  'lk', 'np', 'bd', 'eu', 'fr', 'nl', 'es', 'pk', 'nz', 'za', 'gh', 'ug', 'tz', 'br', 'mx', 'ch', 'se', 'pl', 'gr',
]);

/**
 * TLDs that are also words or abbreviations ("role.In", "team.Be", "day.No", "go.To" in text whose sentences were
 * glued together): a bare domain with one of these counts only with a path ("bit.ly/x") or under a
 * second-level label ("example.com.my", "example.co.id").
 */
export const WORDLIKE_TLDS: ReadonlySet<string> = new Set([
  'in', 'me', 'to', 'co', 'is', 'it', 'at', 'be', 'us', 'my', 'no', 'so', 'do', 'go', 'am', 'id', 'la', 'mo', 'ly',
  'gl', 'gd', 'ai', 'cc', 'im', 'as', 'by', 'ms', 'ee', 'mn', 'ma', 'tl', 'fm', 'gg', 'nu', 'st', 'li', 'vc',
]);

/** Second-level labels that make a word-like country TLD a domain: "example.com.my", "example.co.id". */
export const SECOND_LEVEL_LABELS: ReadonlySet<string> = new Set([
  'com', 'co', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'biz', 'info', 'web',
]);

/** Technology names that look like domains. */
export const NOT_DOMAINS: ReadonlySet<string> = new Set(['asp.net', 'vb.net', 'ado.net', 'dot.net', 'socket.io']);
