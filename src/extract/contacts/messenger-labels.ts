import type { MessengerChannel } from './messenger-channel';
import { foldedRegex } from '../../normalise/folded-regex';
import messengerLabels from '../../generated/messenger-labels.generated.json';

/**
 * How a label can be trusted.
 * - `name`: the app's own name, which is seldom anything else ("telegram", "whatsapp", "zalo", "微信", "카톡").
 * - `ambiguous`: also an everyday word or abbreviation ("line", "signal", "wa", "fb", "电报" in "致电报名",
 *   "飞机" = aeroplane), so a handle after it must look like one (an "@", a digit, an underscore) to count.
 * Either way a label alone is a contact only in contact wording ("contact us on Telegram"): see contact-cues.ts.
 */
export type LabelKind = 'name' | 'ambiguous';

export interface MessengerLabel {
  channel: MessengerChannel;
  kind: LabelKind;
  /** RegExp source over folded (lower-case NFKC) text, without capturing groups. */
  pattern: string;
  /** Latin labels are matched as whole words. */
  latin: boolean;
}

/**
 * Labels in matching order: at one position the first that matches wins, so each app's names come before the
 * ambiguous words and longer words before shorter ones. The words live in rules/messengers/labels.yaml, where an
 * analyst adds new slang with one line, and are compiled to regex sources at build time by
 * scripts/compile-domain-data.ts.
 */
export const MESSENGER_LABELS: readonly MessengerLabel[] = messengerLabels as unknown as MessengerLabel[];

export interface LabelMatcher {
  pattern: RegExp;
  /** Capture group k + 1 is labels[k]. */
  labels: readonly MessengerLabel[];
}

// Letters that continue a Latin word (Vietnamese letters included), so "wa" does not match in "wallet". Digits
// may follow a label ("qq12345678", "wa08123..."), letters may not.
const LATIN_WORD_BEFORE = '(?<![a-z0-9_\\u00c0-\\u024f\\u1e00-\\u1eff])';
const LATIN_WORD_AFTER = '(?![a-z\\u00c0-\\u024f\\u1e00-\\u1eff])';

// Two matchers, because V8 skips ahead quickly only when every alternative starts with a literal character:
// Latin labels share one word guard around the whole alternation, and the patterns of other scripts above start
// with a literal character (their look-behinds come after it).
function matcherOf(labels: readonly MessengerLabel[], flags: string): LabelMatcher {
  const groups = labels.map((label) => `(${label.pattern})`).join('|');
  const source = labels[0]?.latin ? `${LATIN_WORD_BEFORE}(?:${groups})${LATIN_WORD_AFTER}` : groups;
  return { pattern: foldedRegex(source, flags), labels };
}

const LATIN_LABELS = MESSENGER_LABELS.filter((label) => label.latin);
const OTHER_LABELS = MESSENGER_LABELS.filter((label) => !label.latin);

/** Matchers over the whole text, compiled once. */
export const LABEL_MATCHERS: readonly LabelMatcher[] = [matcherOf(LATIN_LABELS, 'gu'), matcherOf(OTHER_LABELS, 'gu')];

const LABEL_AT: readonly LabelMatcher[] = [matcherOf(LATIN_LABELS, 'uy'), matcherOf(OTHER_LABELS, 'uy')];

/** Does a messenger label start exactly at `at`? */
export function labelStartsAt(text: string, at: number): boolean {
  return LABEL_AT.some(({ pattern }) => {
    pattern.lastIndex = at;
    return pattern.test(text);
  });
}
