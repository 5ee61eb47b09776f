import type { FieldText } from '../../posting/field-text';
import { evidenceAt } from '../evidence-at';
import type { ContactCandidate, FoldedSpan } from './contact-candidate';
import { countBelow, overlapTester } from '../span-overlap';
import { contactValue } from './contact-value';
import { CUE_WINDOW, LEFT_CONTACT_CUE, PLATFORM_USE, RIGHT_CONTACT_CUE, TOOL_USE } from './contact-cues';
import type { PhoneHit } from './find-phones';
import type { MessengerChannel } from './messenger-channel';
import type { MessengerLabel } from './messenger-labels';
import { LABEL_MATCHERS, labelStartsAt } from './messenger-labels';

interface LabelHit extends FoldedSpan {
  label: MessengerLabel;
}

/** What follows a label: a number or handle, with its folded span. */
interface Target extends FoldedSpan {
  value: string;
  country?: string;
  phone?: PhoneHit;
}

// Handles as each app allows them (folded, so lower case). WhatsApp, Zalo and Viber are reached by number only.
const HANDLE_OF: Partial<Record<MessengerChannel, RegExp>> = {
  telegram: /@?[a-z][a-z0-9_]{3,31}(?![a-z0-9_])/y,
  wechat: /[a-z][a-z0-9_-]{4,19}(?![a-z0-9_-])|\d{5,12}(?!\d)/y,
  line: /@?[a-z0-9](?:[a-z0-9_-]|\.(?=[a-z0-9])){2,19}(?![a-z0-9_-])/y,
  signal: /@?[a-z][a-z0-9_]{2,31}(?:\.\d{2,9})?(?![a-z0-9_])/y,
  qq: /[1-9]\d{4,11}(?!\d)/y,
  kakaotalk: /@?[a-z0-9](?:[a-z0-9_-]|\.(?=[a-z0-9])){2,19}(?![a-z0-9_-])/y,
  facebook: /@?[a-z0-9](?:[a-z0-9_-]|\.(?=[a-z0-9])){3,49}(?![a-z0-9_-])/y,
};

// QQ numbers are not phone numbers; every other app can be reached through one.
const TAKES_PHONE = (channel: MessengerChannel): boolean => channel !== 'qq';

// Words that follow a label but are not handles ("Telegram: for details", "LINE: official").
const NOT_HANDLES = new Set([
  'for', 'and', 'the', 'you', 'your', 'our', 'app', 'only', 'group', 'groups', 'channel', 'please', 'now', 'today',
  'number', 'account', 'official', 'messenger', 'are', 'with', 'link', 'below', 'above', 'here', 'contact', 'chat',
  'call', 'also', 'same', 'phone', 'info', 'details', 'apply', 'message', 'saja', 'aja', 'lang', 'dan',
  'atau', 'hoặc', 'hoac', 'ngay', 'admin', 'business', 'marketing', 'ads', 'page', 'team', 'manager', 'support',
]);

// Between a label and its handle: punctuation, and words like "id", "number", "me", "at", "号".
const GAP_CHARACTER = /[ :：=\-–—/|()（）[\]【】「」<>~#*]/u;
const COLON = /[:：=]/u;
const LATIN_FILLER =
  /(?:id|no\.?|nos?|number|num|acc(?:ount)?|username|user|handle|contact|tel|telp|phone|mobile|hp|nomor|sđt|số|me|us|at|on|to|via|is|di|ke)(?![a-z0-9\u00c0-\u024f\u1e00-\u1eff])/uy;
const CJK_FILLER = /(?:号码|號碼|账号|帳號|帐号|号|號|ไอดี|아이디|番号)/uy;
const NAMING_FILLERS = new Set([
  'id', 'no', 'no.', 'nos', 'number', 'num', 'acc', 'account', 'username', 'user', 'handle', 'nomor', 'sđt', 'số',
  '号码', '號碼', '账号', '帳號', '帐号', '号', '號', 'ไอดี', '아이디', '番号',
]);
const MAX_GAP = 24;

// Between two labels of one list: "WhatsApp/Viber", "微信、QQ", "Telegram or Signal".
const LABEL_JOINER = /^ ?(?:(?:[/,&|、+・]|or|and|hoặc|atau|或者|或|和|及|与|與|และ|หรือ) ?)?$/u;

// A local or international number after a label when libphonenumber could not place it (no default country).
const DIGIT_RUN = /\+?\(?\d[\d ().-]{4,24}\d/y;

const ARTICLE_BEFORE = /(?:^|[^a-z])(?:a|an|the) $/;
// "phone line: +44 …", "help line", "hot line", "bottom line", "bicycle messenger": the everyday noun.
const COMPOUND_BEFORE =
  /(?:^|[^a-z])(?:tele)?(?:phone|help|hot|land|direct|support|service|toll[ -]?free|main|office|fax|customer|bottom|front|assembly|production|product|bicycle|bike|courier|mixed|analog|digital)[ -]?$/;

// "+855 12 345 678 (WhatsApp)": the number comes first.
const OPEN_BRACKET_BEFORE = /[(（[] ?$/u;

/**
 * Messenger names with what follows them. A name followed by a handle or number is a contact with that value
 * (phone numbers in E.164 with their country, and the number is then NOT reported again as a plain phone). A name
 * with nothing after it is a contact with value "" only in contact wording (see contact-cues.ts), or in the
 * posting's `contact` field. Labels inside `claimed` spans (links, emails) are skipped.
 */
export function findMessengerMentions(
  fieldText: FieldText,
  phones: readonly PhoneHit[],
  claimed: readonly ContactCandidate[],
): { contacts: ContactCandidate[]; phonesUsed: Set<PhoneHit>; linksUsed: Set<ContactCandidate> } {
  const folded = fieldText.text.folded;
  const labels = findLabels(folded, overlapTester(claimed));
  // Looked up by position for every chain of labels: a field may hold thousands of links, phones and labels.
  const claimedAt = new Map<number, ContactCandidate>();
  for (const candidate of claimed) if (!claimedAt.has(candidate.start)) claimedAt.set(candidate.start, candidate);
  const phoneStarts = phones.map((phone) => phone.start);
  const contacts: ContactCandidate[] = [];
  const phonesUsed = new Set<PhoneHit>();
  const linksUsed = new Set<ContactCandidate>();

  for (const chain of chainsOf(folded, labels)) {
    const first = chain[0];
    const last = chain[chain.length - 1];
    if (first === undefined || last === undefined) continue;

    const gap = scanGap(folded, last.end);
    const claimedAfter = claimedAt.get(gap.end);
    // "ไอดีไลน์: somchai.work": after a label, a bare "name.tld" is the handle, not a web site.
    const handleLikeDomain = claimedAfter !== undefined && isBareHostName(claimedAfter) ? claimedAfter : undefined;
    const linkAfter = handleLikeDomain === undefined ? claimedAfter : undefined;
    const phoneAfter = linkAfter === undefined ? phoneStartingIn(phones, phoneStarts, last.end, gap.end, phonesUsed) : undefined;
    const phoneBefore = phoneAfter === undefined ? phoneEndingBefore(folded, first.start, phones, phoneStarts, phonesUsed) : undefined;

    const window = folded.slice(Math.max(0, first.start - CUE_WINDOW), first.start);
    const inContactWording =
      fieldText.field === 'contact' ||
      gap.colon ||
      LEFT_CONTACT_CUE.test(window) ||
      matchesAt(RIGHT_CONTACT_CUE, folded, last.end);
    // "drop us a line", "a strong signal", "the messenger": an everyday word after an article.
    const asCommonNoun = first.label.kind === 'ambiguous' && first.label.latin && ARTICLE_BEFORE.test(window);
    const asPlatformOrTool = asCommonNoun || matchesAt(PLATFORM_USE, folded, last.end) || TOOL_USE.test(window);

    for (const hit of chain) {
      const channel = hit.label.channel;
      const target =
        linkAfter !== undefined
          ? undefined
          : phoneAfter !== undefined && TAKES_PHONE(channel)
            ? phoneTarget(phoneAfter)
            : readHandle(fieldText, hit, gap) ?? readDigits(fieldText, channel, gap);
      if (target !== undefined) {
        if (target.phone !== undefined) phonesUsed.add(target.phone);
        if (handleLikeDomain !== undefined && target.end >= handleLikeDomain.end) linksUsed.add(handleLikeDomain);
        contacts.push(contactOf(channel, target, hit.start, target.end));
        continue;
      }
      if (phoneBefore !== undefined && TAKES_PHONE(channel)) {
        phonesUsed.add(phoneBefore);
        const closing = /[)）\]]/u.test(folded.charAt(hit.end)) ? 1 : 0;
        contacts.push(contactOf(channel, phoneTarget(phoneBefore), phoneBefore.start, hit.end + closing));
        continue;
      }
      // "Telegram: t.me/hr_jobs": the link already reports this channel.
      if (linkAfter?.channel === channel) continue;
      if (inContactWording && !asPlatformOrTool) {
        contacts.push({ channel, value: '', start: hit.start, end: hit.end });
      }
    }
  }
  return { contacts, phonesUsed, linksUsed };
}

function isBareHostName(candidate: ContactCandidate): boolean {
  return candidate.channel === 'url' && /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+$/u.test(candidate.value) && !/^www\./i.test(candidate.value);
}

function findLabels(folded: string, isClaimed: (start: number, end: number) => boolean): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const { pattern, labels } of LABEL_MATCHERS) {
    for (const match of folded.matchAll(pattern)) {
      const label = labelOfMatch(match, labels);
      if (label === undefined || match[0].length === 0) continue;
      if (label.kind === 'ambiguous' && label.latin && COMPOUND_BEFORE.test(folded.slice(Math.max(0, match.index - 16), match.index))) {
        continue;
      }
      const hit = { label, start: match.index, end: match.index + match[0].length };
      if (!isClaimed(hit.start, hit.end)) hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function labelOfMatch(match: RegExpMatchArray, labels: readonly MessengerLabel[]): MessengerLabel | undefined {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return labels[group - 1];
  }
  return undefined;
}

/** Labels listed together ("WhatsApp/Viber: +63 …") share what follows the last of them. */
function chainsOf(folded: string, labels: readonly LabelHit[]): LabelHit[][] {
  const chains: LabelHit[][] = [];
  let current: LabelHit[] = [];
  for (const hit of labels) {
    const previous = current[current.length - 1];
    if (previous !== undefined && !(hit.start - previous.end <= 10 && LABEL_JOINER.test(folded.slice(previous.end, hit.start)))) {
      chains.push(current);
      current = [];
    }
    current.push(hit);
  }
  if (current.length > 0) chains.push(current);
  return chains;
}

interface Gap {
  /** Where the handle or number would start. */
  end: number;
  /** A colon or "=" was seen: "Telegram: hr_jobs". */
  colon: boolean;
  /** The gap names what follows: ":", "id", "number", "号". */
  naming: boolean;
}

function scanGap(folded: string, from: number): Gap {
  let at = from;
  let colon = false;
  let naming = false;
  let fillers = 0;
  while (at < folded.length && at - from < MAX_GAP) {
    const character = folded[at] ?? '';
    if (GAP_CHARACTER.test(character)) {
      if (COLON.test(character)) colon = true;
      at += 1;
      continue;
    }
    if (fillers >= 3) break;
    const filler = matchAt(LATIN_FILLER, folded, at) ?? matchAt(CJK_FILLER, folded, at);
    if (filler === undefined) break;
    if (NAMING_FILLERS.has(filler)) naming = true;
    fillers += 1;
    at += filler.length;
  }
  return { end: at, colon, naming: naming || colon };
}

function readHandle(fieldText: FieldText, hit: LabelHit, gap: Gap): Target | undefined {
  const pattern = HANDLE_OF[hit.label.channel];
  const folded = fieldText.text.folded;
  if (pattern === undefined) return undefined;
  const handle = matchAt(pattern, folded, gap.end);
  if (handle === undefined) return undefined;
  const end = gap.end + handle.length;
  if (NOT_HANDLES.has(handle.replace(/^@/, ''))) return undefined;
  if (labelStartsAt(folded, gap.end)) return undefined;
  // The start of an email address or a domain, which the other finders read.
  if (/^[@.][a-z0-9]/.test(folded.slice(end, end + 2))) return undefined;

  const looksLikeHandle = /[@_\d]/.test(handle) || (hit.label.channel !== 'telegram' && handle.includes('.'));
  // "微信abc123": a CJK label written right against the handle.
  const attached = !hit.label.latin && gap.end === hit.end;
  const accepted =
    hit.label.kind === 'ambiguous'
      ? handle.startsWith('@') || (gap.naming && looksLikeHandle)
      : gap.naming || looksLikeHandle || attached;
  if (!accepted) return undefined;
  return { start: gap.end, end, value: contactValue(evidenceAt(fieldText, gap.end, end).text) };
}

function readDigits(fieldText: FieldText, channel: MessengerChannel, gap: Gap): Target | undefined {
  if (!TAKES_PHONE(channel)) return undefined;
  const run = matchAt(DIGIT_RUN, fieldText.text.folded, gap.end);
  if (run === undefined) return undefined;
  // Keep whole space-separated groups while they fit in a phone number (15 digits), so that "WA 0812 3456 7890
  // 2019" stops before the year.
  let kept = '';
  let digits = '';
  for (const group of run.split(' ')) {
    const groupDigits = group.replace(/\D/g, '');
    if (digits.length + groupDigits.length > 15) break;
    kept += (kept === '' ? '' : ' ') + group;
    digits += groupDigits;
  }
  kept = kept.replace(/[ ().-]+$/, '');
  const international = kept.startsWith('+');
  // A local number starts with a trunk prefix 0 ("0812…"); other digit runs only after "WA:" and the like, so
  // that "Seattle, WA 98101" is not a WhatsApp number.
  if (digits.length < 8 || !(international || digits.startsWith('0') || gap.colon)) return undefined;
  return { start: gap.end, end: gap.end + kept.length, value: (international ? '+' : '') + digits };
}

function phoneTarget(phone: PhoneHit): Target {
  return {
    start: phone.start,
    end: phone.end,
    value: phone.e164,
    ...(phone.country === undefined ? {} : { country: phone.country }),
    phone,
  };
}

/** The first unused phone (of `phones`, in text order, with `starts` their starts) that starts in [from, to]. */
function phoneStartingIn(
  phones: readonly PhoneHit[],
  starts: readonly number[],
  from: number,
  to: number,
  used: ReadonlySet<PhoneHit>,
): PhoneHit | undefined {
  for (let index = countBelow(starts, from); index < phones.length && (starts[index] ?? Infinity) <= to; index++) {
    const phone = phones[index];
    if (phone !== undefined && !used.has(phone)) return phone;
  }
  return undefined;
}

function phoneEndingBefore(
  folded: string,
  labelStart: number,
  phones: readonly PhoneHit[],
  starts: readonly number[],
  used: ReadonlySet<PhoneHit>,
): PhoneHit | undefined {
  const before = folded.slice(Math.max(0, labelStart - 3), labelStart);
  const bracket = OPEN_BRACKET_BEFORE.exec(before);
  if (bracket === null) return undefined;
  const bracketStart = labelStart - before.length + bracket.index;
  // Phones do not overlap and are in text order, so their ends are too: only those starting before the bracket
  // can end at it, and of those only the last few.
  let found: PhoneHit | undefined;
  for (let index = countBelow(starts, bracketStart) - 1; index >= 0; index--) {
    const phone = phones[index];
    if (phone === undefined || phone.end < bracketStart - 1) break;
    if (!used.has(phone) && (phone.end === bracketStart || phone.end === bracketStart - 1)) found = phone;
  }
  return found;
}

function contactOf(channel: MessengerChannel, target: Target, start: number, end: number): ContactCandidate {
  return {
    channel,
    value: target.value,
    ...(target.country === undefined ? {} : { country: target.country }),
    start,
    end,
  };
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  return matchAt(pattern, text, at) !== undefined;
}
