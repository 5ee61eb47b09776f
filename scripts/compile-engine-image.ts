/**
 * Writes the built-in rules' engine image, src/rules/builtin/engine-image.generated.json: what `createScanner`
 * would otherwise build from the rules at every start (the phrase indexes, as compact strings, and which
 * rules have phrases; see `RuleSetImage`). Run by `npm run rules:compile` after the rule set and its pattern literals;
 * test/rules/engine-image-fresh.test.ts checks that it is what this step writes today.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinEngineImage, ENGINE_IMAGE_FILE } from './rules/engine-image';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, ENGINE_IMAGE_FILE);
const image = builtinEngineImage();
writeFileSync(outFile, `${JSON.stringify(image)}\n`);
const { phraseIndex, stemIndex, literalIndex } = image.rules;
const nodes = [phraseIndex, stemIndex, literalIndex].reduce((sum, index) => sum + index.childCounts.length, 0);
console.error(`engine image: ${nodes.toLocaleString('en')} trie nodes -> ${relative(root, outFile)}`);
