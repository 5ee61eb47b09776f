import fc from 'fast-check';
import { TEXT_FIELDS } from '../../src/index';

/** Inputs a hostile or broken caller may hand to `score`: shared by the CI properties and `npm run fuzz`. */

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;
const POSTING_KEYS = [...TEXT_FIELDS, 'id', 'language', 'telecommuting', 'hasCompanyLogo', 'hasQuestions', 'industry', 'function'] as const;

const lureWords = fc.constantFrom(
  'Sihanoukville', 'no experience', 'free flight', 'visa', 'Telegram @hr_jobs', '$1,500/month', '包吃包住', '月入过万',
  'việc nhẹ lương cao', '20 triệu/tháng', '+855 12 345 678', 'bit.ly/x', 'passport', 'ｖｉｓａ', '\u200b', '\u0000', '😀',
);
/** Any string: random code units (lone surrogates included), grapheme soup, or lure words among junk. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.oneof(lureWords, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 25 }).map((parts) => parts.join(' ')),
);

/** A posting-shaped object whose fields hold any JSON value, with prototype-named keys mixed in. */
export const hostileObject = fc.dictionary(
  fc.oneof(fc.constantFrom(...POSTING_KEYS), fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 6 })),
  fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
  { maxKeys: 8 },
);

/** Anything: JSON values, objects with wrong types, prototype keys parsed from JSON text, and fc.anything(). */
export const hostileValue = fc.oneof(
  hostileText,
  hostileObject,
  hostileObject.map((object) => {
    // JSON.parse makes `__proto__` an own key, as a posting parsed from a hostile file would have it.
    const json = JSON.stringify(object);
    return JSON.parse(`{"__proto__":{"polluted":true}${json === '{}' ? '}' : `,${json.slice(1)}`}`) as unknown;
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }),
);
