import type { Evidence } from '../posting/evidence';
import type { Facts } from '../extract/facts';
import { SHORT_MESSAGE_LENGTH, postingTextLength } from '../posting/field-text';
import { type LocalWageJudgement, judgeAgainstLocalWage } from '../extract/pay/local-wage';
import type { ParsedPosting } from '../posting/parse-posting';
import type { FactCondition } from '../rules/rule-schema';

/** The country whose people read an ad in this language at home, for the languages lures circulate in. */
const HOME_COUNTRIES: Readonly<Record<string, string>> = {
  km: 'KH',
  my: 'MM',
  lo: 'LA',
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  ms: 'MY',
  tl: 'PH',
  ko: 'KR',
  ja: 'JP',
  hi: 'IN',
  zh: 'CN',
};

/** Whether a place is abroad for the readers of an ad in `language`; unknown (false) for a language of many countries. */
function isAbroad(country: string, language: string): boolean {
  const home = HOME_COUNTRIES[language];
  return home !== undefined && country !== home && !(HOME_REGIONS[language]?.includes(country) ?? false);
}

/** Places that Chinese-language ads name as home: mainland China, Taiwan, Hong Kong and Macau. */
const HOME_REGIONS: Readonly<Record<string, readonly string[]>> = { zh: ['CN', 'TW', 'HK', 'MO'] };

/**
 * The evidence for a fact condition, or null when it does not hold. A condition that holds without a span to quote
 * (a missing field, a metadata value) returns an empty list. `hits` is the evidence of the rules that fired before
 * this one: a disguised word counts only where it hides a contact or lies inside such a hit.
 */
export function evaluateFactCondition(
  condition: FactCondition,
  facts: Facts,
  parsed: ParsedPosting,
  hits: readonly Evidence[] = [],
): Evidence[] | null {
  switch (condition.fact) {
    case 'pay': {
      const textAtMost = condition.shortMessage === true ? SHORT_MESSAGE_LENGTH : condition.textAtMost;
      if (textAtMost !== undefined && postingTextLength(parsed.fields) > textAtMost) return null;
      // A rule that names the unknown period asks for a sum stated without one to be read as pay for one task.
      const unknownPeriodAsTask = condition.periods?.includes('unknown') ?? false;
      const judgesWage = condition.localWageMultipleAtLeast !== undefined || condition.localWageMultipleBelow !== undefined;
      const hits = facts.pay.filter((pay) => {
        const judgement = judgesWage ? judgeAgainstLocalWage(pay, parsed.language, { unknownPeriodAsTask }) : null;
        return (
          (condition.monthlyUsdAtLeast === undefined ||
            (pay.monthlyUsd !== null && pay.monthlyUsd.max >= condition.monthlyUsdAtLeast)) &&
          (condition.periods === undefined || condition.periods.includes(pay.period)) &&
          (condition.exceptCurrencies === undefined || (pay.currency !== null && !condition.exceptCurrencies.includes(pay.currency))) &&
          (condition.localWageMultipleAtLeast === undefined ||
            isFarAboveLocalWage(judgement, condition.localWageMultipleAtLeast, condition.market ?? 'known')) &&
          (condition.localWageMultipleBelow === undefined || (judgement !== null && judgement.multiple < condition.localWageMultipleBelow))
        );
      });
      return evidenceOrNull(hits);
    }
    case 'contact':
      return evidenceOrNull(facts.contacts.filter((contact) => condition.channels.includes(contact.channel)));
    case 'place':
      return evidenceOrNull(
        facts.places.filter(
          (place) =>
            (condition.hub === undefined || place.hub === condition.hub) &&
            // A place by country is a destination only from abroad: Phnom Penh in a Khmer ad is a job at home.
            (condition.countries === undefined ||
              (condition.countries.includes(place.country) && HOME_COUNTRIES[parsed.language] !== place.country)) &&
            (condition.abroad === undefined || isAbroad(place.country, parsed.language) === condition.abroad),
        ),
      );
    case 'age':
      return evidenceOrNull(facts.ages.filter((age) => age.min !== null && age.min < condition.minBelow));
    case 'phone-country-mismatch': {
      const placeCountries = new Set(facts.places.map((place) => place.country));
      if (placeCountries.size === 0) return null;
      return evidenceOrNull(
        facts.contacts.filter((contact) => contact.country !== undefined && !placeCountries.has(contact.country)),
      );
    }
    case 'disguise': {
      const { kinds } = condition;
      return evidenceOrNull(
        facts.disguises.filter(
          (fact) =>
            (kinds === undefined || fact.kinds.some((kind) => kinds.includes(kind))) &&
            (fact.hides === 'contact' || hits.some((hit) => overlaps(hit, fact.evidence))),
        ),
      );
    }
    case 'missing-fields': {
      if (parsed.raw) return null;
      const allMissing = condition.fields.every((field) => (parsed.posting[field]?.trim().length ?? 0) === 0);
      return allMissing ? [] : null;
    }
    case 'text-cut':
      return parsed.truncated.length > 0 ? [] : null;
    case 'metadata': {
      if (parsed.raw) return null;
      const { telecommuting, hasCompanyLogo, hasQuestions } = condition;
      const posting = parsed.posting;
      const holds =
        (telecommuting === undefined || posting.telecommuting === telecommuting) &&
        (hasCompanyLogo === undefined || posting.hasCompanyLogo === hasCompanyLogo) &&
        (hasQuestions === undefined || posting.hasQuestions === hasQuestions);
      return holds ? [] : null;
    }
  }
}

function isFarAboveLocalWage(judgement: LocalWageJudgement | null, atLeast: number, market: 'known' | 'assumed' | 'any'): boolean {
  if (judgement === null || judgement.multiple < atLeast) return false;
  return market === 'any' || judgement.marketKnown === (market === 'known');
}

const overlaps = (a: Evidence, b: Evidence): boolean => a.field === b.field && a.start < b.end && b.start < a.end;

function evidenceOrNull(found: readonly { evidence: Evidence }[]): Evidence[] | null {
  return found.length > 0 ? found.map((fact) => fact.evidence) : null;
}
