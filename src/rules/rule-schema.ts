// A namespace import: bundlers keep only the zod functions used, where `{ z }` keeps all of zod (JSON Schema included).
import * as z from 'zod';
import { CONTACT_CHANNELS, PAY_PERIODS } from '../extract/facts';
import { DISGUISE_KINDS } from '../normalise/disguise-kind';
import { ScorablePostingSchema, TEXT_FIELDS } from '../posting/posting-schema';
import { LURE_ELEMENTS, SCAM_FAMILIES } from './lure-elements';
import { MAX_REGEX_LENGTH } from './regex-safety';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Languages the built-in phrase lists cover; a rule may add others (BCP 47 primary tags). */
export const LanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'expected a BCP 47 tag like "en" or "zh-Hant"');

/** Ids are dotted kebab-case, e.g. `travel.paid-all`; `__` marks a building block that is never reported. */
export const RuleIdSchema = z
  .string()
  .regex(/^(__)?[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'expected a dotted kebab-case id like "travel.paid-all"');

/** The ILO's eleven forced-labour indicators (ILO SAP-FL 2012), by number. */
export const ILO_INDICATORS = {
  1: 'Abuse of vulnerability',
  2: 'Deception',
  3: 'Restriction of movement',
  4: 'Isolation',
  5: 'Physical and sexual violence',
  6: 'Intimidation and threats',
  7: 'Retention of identity documents',
  8: 'Withholding of wages',
  9: 'Debt bondage',
  10: 'Abusive working and living conditions',
  11: 'Excessive overtime',
} as const;
export type IloIndicatorNumber = keyof typeof ILO_INDICATORS;

const IloNumberSchema = z
  .number()
  .int()
  .min(1)
  .max(11)
  .transform((n) => n as IloIndicatorNumber);

/**
 * Bounds on what one rule may hold. A rule pack may come from someone else: these keep a pack from making a scanner
 * slow or huge. The built-in rules stay far inside them (at most 46 phrases per language and 15 patterns per rule).
 */
export const RULE_LIMITS = {
  /** Languages one rule's phrases (or translations) may name: "500 phrases per language" bounds nothing without it. */
  languages: 40,
  phrasesPerLanguage: 500,
  phraseLength: 200,
  patterns: 50,
  examples: 200,
  textLength: 10_000,
} as const;

/** A pattern written as a JavaScript regular expression source, matched against folded (lower-case NFKC) text. */
const PatternSchema = z.strictObject({
  /** Built-in rules run on V8 (audited by the tests); every other rule's regexes on the linear-time engine: see `linearRegex`. */
  regex: z.string().min(1).max(MAX_REGEX_LENGTH),
  /** Only `u` is implied; these add to it. Global and sticky flags are the engine's. */
  flags: z.string().regex(/^[is]*$/, 'only the i and s flags may be given').optional(),
});

/**
 * A literal phrase. One that begins with a hyphen cannot be keyed in the phrase index, so its rule would fall back
 * to a scan of every offset with all its phrases: refused, as a space or nothing matches a hyphen anyway.
 */
const PhraseSchema = z
  .string()
  .min(1)
  .max(RULE_LIMITS.phraseLength)
  .refine((phrase) => !phrase.trim().startsWith('-'), { message: 'a phrase may not begin with a hyphen' });

/** A condition over the facts the extractors found. A pack cannot run code: conditions are data only. */
export const FactConditionSchema = z.discriminatedUnion('fact', [
  z.strictObject({
    fact: z.literal('pay'),
    /** Fires on stated pay whose monthly USD estimate reaches this amount (its upper bound). */
    monthlyUsdAtLeast: z.number().nonnegative().optional(),
    /** Fires on pay stated per one of these periods. */
    periods: z.array(z.enum(PAY_PERIODS)).min(1).optional(),
    /** Fires only on pay in a currency other than these (ISO 4217), e.g. to leave out US dollar contract rates. */
    exceptCurrencies: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1).optional(),
    /**
     * Fires on pay worth at least this many days of unskilled casual work in the reader's market, per day (or per
     * task, week, month: see src/extract/pay/local-wage.ts and rules/currencies/unskilled-wages.yaml).
     */
    localWageMultipleAtLeast: z.number().positive().optional(),
    /**
     * Which judgements `localWageMultipleAtLeast` takes: `known` (the default) only pay judged against the reader's
     * own market, `assumed` only pay whose market is a guess (US dollars in an English ad), `any` both.
     */
    market: z.enum(['known', 'assumed', 'any']).optional(),
    /** Fires only on pay worth fewer than this many local unskilled day wages (see `localWageMultipleAtLeast`). */
    localWageMultipleBelow: z.number().positive().optional(),
    /** Fires only in a posting of at most this many characters in all: a DM, an SMS, a quoted line. */
    textAtMost: z.number().int().positive().optional(),
    /**
     * Fires only in a short message: at most SHORT_MESSAGE_LENGTH (src/posting/field-text.ts) characters in all, the
     * length up to which the combination judges a message on its own terms.
     */
    shortMessage: z.literal(true).optional(),
  }),
  z.strictObject({
    fact: z.literal('contact'),
    channels: z.array(z.enum(CONTACT_CHANNELS)).min(1),
  }),
  z.strictObject({
    fact: z.literal('place'),
    /** Fires on a known scam-compound hub. */
    hub: z.boolean().optional(),
    /** Fires on a place in one of these countries (ISO 3166-1 alpha-2). */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).optional(),
    /** Fires on a place outside the country whose language the ad is in (a Korean ad naming Thailand or Dubai). */
    abroad: z.boolean().optional(),
  }),
  z.strictObject({
    fact: z.literal('age'),
    /** Fires when the youngest age asked for is below this. */
    minBelow: z.number().int().positive(),
  }),
  z.strictObject({
    /** Fires when a phone number's country differs from every country the posting names as a place. */
    fact: z.literal('phone-country-mismatch'),
  }),
  z.strictObject({
    /** Fires on a structured posting (not a raw string) that leaves all these fields empty. */
    fact: z.literal('missing-fields'),
    fields: z.array(z.enum(TEXT_FIELDS)).min(1),
  }),
  z.strictObject({
    /** Fires on a contact or a word some rule looks for, written in disguise ("T e l e g r a m", "v1sa"). */
    fact: z.literal('disguise'),
    /** Only these ways of disguise count; default all. */
    kinds: z.array(z.enum(DISGUISE_KINDS)).min(1).optional(),
  }),
  z.strictObject({
    /** Fires when the read limits cut a field (too long, or folding multiplied it): the rest was not scored. */
    fact: z.literal('text-cut'),
  }),
  z.strictObject({
    /** Fires on a structured posting whose EMSCAD metadata has these values. */
    fact: z.literal('metadata'),
    telecommuting: z.boolean().optional(),
    hasCompanyLogo: z.boolean().optional(),
    hasQuestions: z.boolean().optional(),
  }),
]);
export type FactCondition = z.infer<typeof FactConditionSchema>;

/** What a base rule looks for. It fires when any phrase, pattern or fact condition matches. */
export const MatchSchema = z
  .strictObject({
    /** Literal phrases per language, matched on folded text; Latin-script phrases match whole words only. */
    phrases: z
      .record(LanguageSchema, z.array(PhraseSchema).min(1).max(RULE_LIMITS.phrasesPerLanguage))
      .refine((byLanguage) => Object.keys(byLanguage).length <= RULE_LIMITS.languages, {
        message: `at most ${RULE_LIMITS.languages} languages`,
      })
      .optional(),
    patterns: z.array(PatternSchema).min(1).max(RULE_LIMITS.patterns).optional(),
    facts: z.array(FactConditionSchema).min(1).optional(),
    /** Ignore a phrase or pattern hit that a negation ("no", "without", "không", "不", "tanpa"...) shortly precedes. */
    negatable: z.boolean().optional(),
    /** Read only these fields; a string posting is the field `text`, so list `text` to read raw ads too. */
    fields: z.array(z.enum(TEXT_FIELDS)).min(1).optional(),
  })
  .refine((m) => m.phrases !== undefined || m.patterns !== undefined || m.facts !== undefined, {
    message: 'a match needs phrases, patterns or facts',
  });
export type Match = z.infer<typeof MatchSchema>;

/** A condition over the ids of rules that fired, like a SpamAssassin meta rule or an Rspamd composite. */
export type RuleCondition =
  | string
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition }
  | { atLeast: number; of: RuleCondition[] };

export const RuleConditionSchema: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    RuleIdSchema,
    z.strictObject({ all: z.array(RuleConditionSchema).min(1) }),
    z.strictObject({ any: z.array(RuleConditionSchema).min(1) }),
    z.strictObject({ not: RuleConditionSchema }),
    z.strictObject({ atLeast: z.number().int().min(1), of: z.array(RuleConditionSchema).min(1) }),
  ]),
);

const ExampleSchema = z.union([z.string().min(1).max(RULE_LIMITS.textLength), ScorablePostingSchema]);

export const RuleSchema = z
  .strictObject({
    id: RuleIdSchema,
    title: z.string().min(1).max(120),
    /** What a moderator should know about the flag: why it matters and what to check. */
    explanation: z.string().min(1).max(RULE_LIMITS.textLength),
    /** One sentence for the verdict; default: the explanation's first sentence, less its lists of foreign phrases. */
    summary: z.string().min(1).max(300).optional(),
    /** The title and summary in other languages, shown on ads in that language (rules/translations/<lang>.yaml). */
    translations: z
      .record(LanguageSchema, z.strictObject({ title: z.string().min(1).max(120), summary: z.string().min(1).max(300).optional() }))
      .refine((byLanguage) => Object.keys(byLanguage).length <= RULE_LIMITS.languages, {
        message: `at most ${RULE_LIMITS.languages} languages`,
      })
      .optional(),
    category: z.string().regex(/^[a-z][a-z-]*$/),
    severity: z.enum(SEVERITIES),
    /** Log-odds added when the rule fires; defaults to the severity's weight. */
    weight: z.number().min(-10).max(10).optional(),
    /** A pattern that fires raises the verdict's risk to at least this level. */
    minRisk: z.enum(SEVERITIES).optional(),
    /** Indicator ids from the catalogue (indicators.md §1b/§1c), e.g. `travel.paid_all`. */
    indicators: z.array(z.string().min(1)).min(1),
    /** ILO forced-labour indicators (1-11) the rule is evidence of. */
    ilo: z.array(IloNumberSchema).default([]),
    /** Source keys from the catalogue (indicators.md §5), e.g. `PH-DMW-a`. */
    sources: z.array(z.string().min(1)).min(1),
    /** The lure element the rule is evidence of; distinct elements, not flags, make a combination. */
    element: z.enum(LURE_ELEMENTS).optional(),
    /** The scam family the rule is a sign of, when it is specific to one. */
    family: z.enum(SCAM_FAMILIES).optional(),
    languages: z.array(LanguageSchema).max(RULE_LIMITS.languages).optional(),
    match: MatchSchema.optional(),
    when: RuleConditionSchema.optional(),
    examples: z.strictObject({
      fire: z.array(ExampleSchema).min(2).max(RULE_LIMITS.examples),
      quiet: z.array(ExampleSchema).min(2).max(RULE_LIMITS.examples),
    }),
  })
  .refine((rule) => (rule.match === undefined) !== (rule.when === undefined), {
    message: 'a rule has either `match` (a base rule) or `when` (a pattern over other rules), not both',
  });

export type RuleDefinition = z.input<typeof RuleSchema>;
export type Rule = z.output<typeof RuleSchema>;
/**
 * A rule as a scanner holds it: without its examples, which only tests read (the built-in ones are in
 * `lurescan/rule-examples`), so that no scanner carries them in memory or in a browser bundle.
 */
export type ScannerRule = Omit<Rule, 'examples'>;
