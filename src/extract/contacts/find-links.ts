import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import type { ContactCandidate } from './contact-candidate';
import { contactValue } from './contact-value';
import { BARE_DOMAIN_TLDS, NOT_DOMAINS, SECOND_LEVEL_LABELS, WORDLIKE_TLDS } from './known-tlds';
import type { MessengerChannel } from './messenger-channel';
import { messengerOfHost, phoneInMessengerLink } from './messenger-links';

// scheme or "www." (optional), host of dot-separated labels, optional port, optional path of printable ASCII.
// The look-behind starts a match only at the start of a run of host characters (linear time, and no match inside
// the domain of an email address); the look-ahead after the TLD stops "a.b.c" from matching as "a.b".
const LINK =
  /(?<![a-z0-9@._%+\-/])((?:https?|ftp):\/\/)?(www\.)?((?:[a-z0-9][a-z0-9-]{0,62}\.){1,8}([a-z]{2,24}))(?![a-z0-9@-]|\.[a-z0-9])(?::\d{2,5})?([/?#][^\s<>"'`{}|\\^[\]()\u0080-\uffff]*)?/g;

// Sentence punctuation that ends a path rather than belonging to it. Trimmed by a loop: the regex /[.,;:!?'"*]+$/
// is quadratic on a path of many dots, since it is retried from every one of them.
const TRAILING_PUNCTUATION = new Set('.,;:!?\'"*');

function trimTrailingPunctuation(path: string): string {
  let end = path.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(path.charAt(end - 1))) end -= 1;
  return path.slice(0, end);
}

/**
 * Web links and chat links. "t.me/hr_jobs", "wa.me/855...", "line.me/ti/p/...", "m.me/..." become messenger
 * contacts (value: the link, or the E.164 number for WhatsApp, Viber and Zalo number links); everything else with a
 * scheme, "www." or a known TLD becomes a url contact.
 */
export function findLinks(fieldText: FieldText): ContactCandidate[] {
  const folded = fieldText.text.folded;
  const found: ContactCandidate[] = [];
  // LINK tries every offset (its look-behind comes first); most text holds no host at all, seen from its dots.
  if (!mayHoldHost(folded)) return found;
  for (const match of folded.matchAll(LINK)) {
    const [whole, scheme, www, host = '', tld = '', rawPath = ''] = match;
    const start = match.index;
    const path = trimTrailingPunctuation(rawPath);
    const end = start + whole.length - (rawPath.length - path.length);
    const messenger = messengerOfHost(host);
    if (messenger !== null) {
      found.push(new ChatLinkCandidate(fieldText, messenger, path, start, end));
      continue;
    }
    const explicit = scheme !== undefined || www !== undefined;
    if (!explicit) {
      const tldStart = start + host.length - tld.length; // no scheme or "www." here
      if (!isBareDomain(host, tld, path)) continue;
      const writtenTld = evidenceAt(fieldText, tldStart, tldStart + tld.length).text;
      if (looksLikeGluedSentence(writtenTld) || looksLikeStockCode(host, writtenTld)) continue;
    }
    // The host a browser opens, not the one the regex read first: "https://acme.com:x@evil.io" opens evil.io.
    const linkEnd = withUserinfo(folded, start, end, explicit);
    found.push(new UrlCandidate(fieldText, scheme !== undefined, host, start, linkEnd));
  }
  return found;
}

/**
 * A web link whose value (quoted from the original) and host (from the WHATWG URL parser) are worked out when first
 * read: a field of thousands of links builds FACT_LIMIT facts, and the rest are only counted.
 */
class UrlCandidate implements ContactCandidate {
  readonly channel = 'url';
  private read: { value: string; host: string } | null = null;

  constructor(
    private readonly fieldText: FieldText,
    private readonly hasScheme: boolean,
    private readonly matchedHost: string,
    readonly start: number,
    readonly end: number,
  ) {}

  private details(): { value: string; host: string } {
    if (this.read === null) {
      const value = contactValue(evidenceAt(this.fieldText, this.start, this.end).text);
      this.read = { value, host: browserHost(value, this.hasScheme) ?? this.matchedHost.replace(/^www\./, '') };
    }
    return this.read;
  }

  get value(): string {
    return this.details().value;
  }

  get host(): string {
    return this.details().host;
  }
}

/** A chat link ("t.me/hr_jobs", "wa.me/855..."), read when first asked for, as UrlCandidate. */
class ChatLinkCandidate implements ContactCandidate {
  private read: { value: string; country?: string } | null = null;

  constructor(
    private readonly fieldText: FieldText,
    readonly channel: MessengerChannel,
    private readonly path: string,
    readonly start: number,
    readonly end: number,
  ) {}

  private details(): { value: string; country?: string } {
    if (this.read === null) {
      // WhatsApp, Viber and Zalo links to a number are that number, in E.164 with its country.
      const phone = phoneInMessengerLink(this.channel, this.path);
      this.read =
        phone === null
          ? { value: contactValue(evidenceAt(this.fieldText, this.start, this.end).text) }
          : { value: phone.e164, ...(phone.country ? { country: phone.country } : {}) };
    }
    return this.read;
  }

  get value(): string {
    return this.details().value;
  }

  get country(): string | undefined {
    return this.details().country;
  }
}

const isLabelEnd = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
const isTldLetter = (code: number): boolean => code >= 97 && code <= 122;

/**
 * Whether `folded` has a dot with a label character ([a-z0-9-]) before it and two letters after it, as every LINK
 * match has before its top-level domain: text without one holds no link, and LINK need not be run over it.
 */
function mayHoldHost(folded: string): boolean {
  for (let dot = folded.indexOf('.', 1); dot !== -1; dot = folded.indexOf('.', dot + 1)) {
    if (isLabelEnd(folded.charCodeAt(dot - 1)) && isTldLetter(folded.charCodeAt(dot + 1)) && isTldLetter(folded.charCodeAt(dot + 2))) return true;
  }
  return false;
}

/**
 * The end of the link that starts at `start` when its authority carries userinfo (`user:pass@host`, where the
 * regex stopped at the user part), else `end`. Only the run of non-space characters is read, so this stays linear.
 */
function withUserinfo(folded: string, start: number, end: number, explicit: boolean): number {
  const next = folded.charAt(end);
  if (next !== ':' && next !== '@' && !(explicit && /[;&!$'()*+,=%~]/.test(next))) return end;
  let stop = end;
  while (stop < folded.length && stop - start < 2_048 && !/[\s<>"'`{}|\\^]/u.test(folded.charAt(stop))) stop += 1;
  const token = folded.slice(start, stop);
  const schemeEnd = token.indexOf('://');
  const authority = token.slice(schemeEnd < 0 ? 0 : schemeEnd + 3).split(/[/?#]/u, 1)[0] ?? '';
  if (!authority.includes('@')) return end;
  return start + trimTrailingPunctuation(token).length;
}

/** The host name the WHATWG URL parser (a browser's) finds in a link, lower case without "www.", or null. */
function browserHost(link: string, hasScheme: boolean): string | null {
  try {
    const host = new URL(hasScheme ? link : `http://${link}`).hostname.toLowerCase();
    return host === '' ? null : host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function isBareDomain(host: string, tld: string, path: string): boolean {
  if (NOT_DOMAINS.has(host)) return false;
  if (BARE_DOMAIN_TLDS.has(tld)) return true;
  if (!WORDLIKE_TLDS.has(tld)) return false;
  if (path.length > 1) return true;
  const labels = host.split('.');
  return labels.length >= 3 && SECOND_LEVEL_LABELS.has(labels[labels.length - 2] ?? '');
}

// "planning.Online" or "role.In": a capitalised TLD is a new sentence glued to the last one, not a domain.
function looksLikeGluedSentence(originalTld: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(originalTld);
}

// "06188.HK", "0700.HK": a listed company's ticker, not a domain (numeric domains like 163.com are lower case).
function looksLikeStockCode(host: string, writtenTld: string): boolean {
  return /^\d+\.[a-z]+$/.test(host) && /^\p{Lu}+$/u.test(writtenTld);
}
