/**
 * Writes the engine image, what `createScanner` would otherwise build at every start:
 * - src/generated/engine-image.generated.json, from the built-in rules: the phrase indexes as front-coded strings,
 *   and which rules have phrases (see `RuleSetImage`);
 * - src/generated/model.generated.json, the built-in model validated and compacted (see `CompactModel`);
 * - src/generated/scanner-rules.generated.json and rule-texts.generated.json, the built-in rules without and with
 *   what only readers of the rules need (see `BUILTIN_SCANNER_RULES`).
 * Run by `npm run rules:compile` after the rule set and its pattern literals; test/rules/engine-image-fresh.test.ts
 * checks that all are what this step writes today.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinCompactModel, builtinEngineImage, builtinScannerRules, COMPACT_MODEL_FILE, ENGINE_IMAGE_FILE, RULE_TEXTS_FILE, SCANNER_RULES_FILE } from './rules/engine-image';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, ENGINE_IMAGE_FILE);
const image = builtinEngineImage();
writeFileSync(outFile, `${JSON.stringify(image)}\n`);
const { phraseIndex, literalIndex } = image.rules;
const characters = [phraseIndex, literalIndex].reduce((sum, index) => sum + index.keys.length, 0);
const { scannerRules, texts } = builtinScannerRules();
writeFileSync(join(root, SCANNER_RULES_FILE), `${JSON.stringify(scannerRules)}\n`);
// A JSON string holding the texts' JSON: importing it reads one string, which is parsed only if the rules are read.
writeFileSync(join(root, RULE_TEXTS_FILE), `${JSON.stringify(JSON.stringify(texts))}\n`);
console.error(`engine image: phrase indexes in ${characters.toLocaleString('en')} characters -> ${relative(root, outFile)}`);
const model = builtinCompactModel();
writeFileSync(join(root, COMPACT_MODEL_FILE), `${JSON.stringify(model)}\n`);
console.error(`compact model: ${model.classifier.weights.length.toLocaleString('en')} terms, weights x ${model.classifier.scale} -> ${COMPACT_MODEL_FILE}`);
