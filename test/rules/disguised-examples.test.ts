import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS, type PostingInput } from '../../src/posting/posting-schema';
import { BUILTIN_RULE_EXAMPLES } from '../../src/rules/builtin/builtin-rule-examples';
import { createScanner, scannerLexicon } from '../../src/scanner';
import {
  DISGUISES,
  disguiseArguments,
  disguiseOneWord,
  keycapDigits,
  type WordDisguiseKind,
} from '../support/disguise-text';

// Every rule's own examples, written in disguise, must give the same answer as written plainly: firing examples
// still fire, quiet ones stay quiet. Which words a kind touches (see disguisableWords):
// - a zero-width character goes into a word of any script: it is invisible in all of them;
// - look-alike letters, spacing-out, digit swaps, styled, full-width and enclosed letters touch ASCII words of four
//   or more letters. These are Latin-alphabet tricks: Chinese, Thai or Korean have no letters to swap or space
//   out, and the normaliser reads look-alikes back only into Latin words;
// - spacing-out skips a word next to a one-letter word ("a v i s a"), which no normaliser can tell apart;
// - digit swaps go only into words of the scanner's lexicon (what rules and extractors name): the normaliser
//   reads "v1sa" back as "visa" but leaves "rm1500" and "b2b" alone, so a swap in a word that a rule only
//   matches as "any word" (the "[a-z]+" of "pretty and [a-z]+ girls") stays unread by design;
// - keycap digits replace every digit: amounts, ages and phone numbers must read the same.
const scanner = createScanner();
const lexicon = scannerLexicon(scanner.rules);
const acceptFor = (kind: WordDisguiseKind) => (word: string): boolean => kind !== 'digit-swap' || lexicon.has(word.toLowerCase());
const KINDS = Object.keys(DISGUISES) as WordDisguiseKind[];
// The evasion rule answers "was something disguised?": it is expected to change its answer.
const EVASION_RULE = 'evasion.disguised-keyword';

type Example = PostingInput;

function disguiseExample(example: Example, rewrite: (text: string) => string): Example {
  if (typeof example === 'string') return rewrite(example);
  const copy: Record<string, unknown> = { ...example };
  for (const field of TEXT_FIELDS) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = rewrite(value);
  }
  return copy as Example;
}

const firedIds = (example: Example): string[] => {
  const verdict = scanner.score(example);
  return [...verdict.fired.rules, ...verdict.fired.patterns];
};

const rules = scanner.rules.filter((rule) => rule.id !== EVASION_RULE);

describe.each(rules.map((rule) => [rule.id, BUILTIN_RULE_EXAMPLES.examples[rule.id] ?? { fire: [], quiet: [] }] as const))('%s in disguise', (id, examples) => {
  it.each(KINDS)('still fires with %s words', (kind) => {
    for (const example of examples.fire) {
      fc.assert(
        fc.property(disguiseArguments, ([index, seed]) => {
          const disguised = disguiseExample(example, (text) => disguiseOneWord(text, kind, index, seed, acceptFor(kind)));
          expect(firedIds(disguised), JSON.stringify(disguised)).toContain(id);
        }),
        { numRuns: 6 },
      );
    }
  });

  it.each(KINDS)('stays quiet with %s words', (kind) => {
    for (const example of examples.quiet) {
      fc.assert(
        fc.property(disguiseArguments, ([index, seed]) => {
          const disguised = disguiseExample(example, (text) => disguiseOneWord(text, kind, index, seed, acceptFor(kind)));
          expect(firedIds(disguised), JSON.stringify(disguised)).not.toContain(id);
        }),
        { numRuns: 6 },
      );
    }
  });

  it('reads keycap digits as digits', () => {
    for (const example of examples.fire) expect(firedIds(disguiseExample(example, keycapDigits))).toContain(id);
    for (const example of examples.quiet) expect(firedIds(disguiseExample(example, keycapDigits))).not.toContain(id);
  });
});
