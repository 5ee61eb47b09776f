/**
 * Derives the compact confusables table the normaliser ships (src/generated/latin-confusables.generated.ts) from the
 * full Unicode UTS #39 confusables.txt mapping that the unhomoglyph package carries as JSON (about 6,300 entries,
 * 100 KB). Only what folded text can need is kept, so the browser bundle gets a few KB instead of 100:
 *
 * - the skeleton is one ASCII letter (after NFKC and lower case): the table only turns look-alikes into Latin;
 * - the source, folded like posting text, is one character that NFKC does not already turn into ASCII
 *   (full-width and mathematical letters are folded before the table is read);
 * - the source is a letter of a script that disguises use for Latin look-alikes: Cyrillic, Greek, Armenian,
 *   Cherokee, Coptic, Lisu, Canadian syllabics, and the Latin IPA and small-capital letters no orthography uses.
 *   Letters of scripts that ads are written in (Arabic, Hebrew, Myanmar, Malayalam...) stay out, so no Burmese or
 *   Arabic word can ever be read as Latin.
 *
 * Text is folded to lower case before the table is read, so an upper-case source is stored under its lower-case
 * form ("Т" → "t" is stored as "т" → "t") unless the lower-case letter has a Latin skeleton of its own.
 * Run `npm run confusables:compile` after upgrading unhomoglyph; a test checks the committed table is current.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLatinConfusables } from './confusables/build-latin-confusables';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/generated/latin-confusables.generated.ts');

writeFileSync(outFile, buildLatinConfusables().module);
console.error(`wrote ${outFile}`);
