import type { FiredRule } from '../match/fired-rule';
import { LURE_ELEMENTS, type LureElement, type ScamFamily } from '../rules/lure-elements';
import type { RiskLevel } from '../types/risk-level';

/** One lure element the posting shows, with the flags that show it. */
export interface LureElementHit {
  element: LureElement;
  flags: string[];
  /**
   * False when only low-severity flags show it (listed for the moderator, not counted toward a combination), unless
   * the posting is a short message with a counted element beside it.
   */
  counted: boolean;
}

/** What kind of lure the posting is, read from the elements and scam families its flags show. */
export interface LureSummary {
  elements: LureElementHit[];
  /** How many distinct elements count: three or more make an ad high on their own. */
  count: number;
  families: ScamFamily[];
  /**
   * `trafficking` when the ad shows scam-compound recruiting (a destination abroad with other lure elements, or a
   * trafficking-specific flag); `fraud` for any other lure; null when nothing counts.
   */
  kind: 'trafficking' | 'fraud' | null;
}

/** Distinct elements that make an ad high on their own, whatever each flag weighs. */
export const ELEMENTS_FOR_HIGH = 3;

/** Distinct elements that make a short message medium. */
export const ELEMENTS_FOR_SHORT_MEDIUM = 2;

/** The elements that, with a destination abroad, make the scam-compound combination (indicators.md §1c P-COMPOUND). */
const COMPOUND_ELEMENTS: ReadonlySet<LureElement> = new Set([
  'implausible-pay',
  'no-experience',
  'travel-paid',
  'messenger-only-contact',
  'typical-role',
  'documents',
  'secrecy',
  'debt-relief',
]);

/**
 * The destinations of the scam-compound combination (pattern.compound-lure): a hub where the compounds are, or a
 * destination that changes on the way.
 */
const HUB_FLAGS: ReadonlySet<string> = new Set(['dest.sea-hotspot', 'dest.mismatch-or-reroute']);

/** How many of COMPOUND_ELEMENTS, with a destination abroad, make the combination critical. */
const COMPOUND_ELEMENTS_FOR_CRITICAL = 3;

export interface LureReading {
  summary: LureSummary;
  /** The risk the elements alone call for. */
  floor: RiskLevel;
}

/**
 * The weak pay flags that, in a short message, make the message about pay: a stated wage several times the local
 * norm for unskilled work (a monthly one, or a US dollar day rate). Left out: daily or same-day pay (日払いOK 未経験歓迎 is an honest casual-work line) and high pay
 * claimed in words (高薪, 高収入): short Chinese postings with 高薪, 包吃住 and 无需经验 are honest factory ads
 * (four orfd-zh honest ads went high when it counted).
 */
const SHORT_MESSAGE_PAY_FLAGS: ReadonlySet<string> = new Set(['pay.far-above-local']);

/**
 * Reads the lure elements out of the fired rules. In an ad, only reported flags (not building blocks) of medium
 * severity or more count toward a combination, so that the weak, common signals (no experience needed, urgent
 * hiring, free housing) never add up to `high` in an honest ad; in a short message the weak ones count too, beside
 * a counted one.
 */
export function summariseLure(fired: readonly FiredRule[], weightOf: (id: string) => number, shortMessage = false): LureReading {
  const byElement = new Map<LureElement, { flags: string[]; counted: boolean }>();
  const families = new Set<ScamFamily>();
  for (const { rule } of fired) {
    if (rule.id.startsWith('__') || weightOf(rule.id) <= 0) continue;
    if (rule.family !== undefined) families.add(rule.family);
    if (rule.element === undefined) continue;
    const entry = byElement.get(rule.element) ?? { flags: [], counted: false };
    entry.flags.push(rule.id);
    entry.counted ||= rule.severity !== 'low';
    byElement.set(rule.element, entry);
  }
  // In a short message the weak elements count too, beside at least one strong one: "包吃住, 高薪, 无需经验" alone
  // is a domestic factory ad as often as a lure. A pay claim counts as that strong one in a short message (see
  // SHORT_MESSAGE_PAY_FLAGS): "월 1000만 가능, 카톡 문의" is the whole message.
  const strongSeen =
    [...byElement.values()].some((entry) => entry.counted) ||
    (shortMessage && (byElement.get('implausible-pay')?.flags.some((id) => SHORT_MESSAGE_PAY_FLAGS.has(id)) ?? false));
  const elements = LURE_ELEMENTS.flatMap((element) => {
    const entry = byElement.get(element);
    return entry === undefined ? [] : [{ element, flags: entry.flags, counted: entry.counted || (shortMessage && strongSeen) }];
  });
  const counted = elements.filter((hit) => hit.counted);
  const abroad = byElement.has('abroad-destination');
  const compound = elements.filter((hit) => COMPOUND_ELEMENTS.has(hit.element)).length;
  const critical = abroad && compound >= COMPOUND_ELEMENTS_FOR_CRITICAL && counted.length >= ELEMENTS_FOR_HIGH;
  const trafficking = families.has('scam-compound') || (abroad && counted.length >= 2);
  // A short message that offers pay far above the local norm in a scam-compound hub is the compound lure's bait in a
  // line ("Myawaddy, 1,000 dollars a month, free lodging"): high whatever the model's thresholds, which the data of
  // long English ads set and which used to reach it by chance (a fit that moved them left such lines at medium).
  const hubPay =
    shortMessage && (byElement.get('abroad-destination')?.flags.some((id) => HUB_FLAGS.has(id)) ?? false) && byElement.has('implausible-pay');
  // In a short message two elements already make the message a lure worth a review: honest texts that short are
  // about one thing, and it is rarely pay, ease, a messenger or a trip abroad together.
  const floor: RiskLevel = critical
    ? 'critical'
    : counted.length >= ELEMENTS_FOR_HIGH || hubPay
      ? 'high'
      : shortMessage && counted.length >= ELEMENTS_FOR_SHORT_MEDIUM
        ? 'medium'
        : 'low';
  const kind = trafficking ? 'trafficking' : counted.length > 0 || families.size > 0 ? 'fraud' : null;
  return { summary: { elements, count: counted.length, families: [...families].sort(), kind }, floor };
}
