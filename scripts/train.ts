/**
 * `npm run train [-- --data DIR] [--out FILE]`: trains the built-in model on the development data that may be
 * used for training (emscad-partial and difraud-jobs; orfd-zh is GPL and for evaluation only) and writes it to
 * src/classify/builtin/model.json. Deterministic: the same data gives the same file, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_TRAINING, trainModel } from '../src/classify/train/train-model';
import { formatModel } from '../src/classify/format-model';
import { loadDatasets } from './eval/datasets';

const TRAINING_SETS = ['emscad-partial', 'difraud-jobs'];

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    out: { type: 'string', default: 'src/classify/builtin/model.json' },
  },
});

const sets = loadDatasets(values.data).filter((set) => TRAINING_SETS.includes(set.name));
if (sets.length !== TRAINING_SETS.length) {
  console.error(`Training needs ${TRAINING_SETS.join(' and ')} under ${values.data}; pass --data DIR.`);
  process.exit(2);
}
const examples = sets.flatMap((set) => set.postings.map(({ input, positive }) => ({ input, positive })));
const started = performance.now();
const model = trainModel(examples, {
  ...DEFAULT_TRAINING,
  describe: { sets: Object.fromEntries(sets.map((set) => [set.name, set.postings.length])) },
});
const text = formatModel(model);
writeFileSync(values.out, text);
console.log(
  `Trained on ${examples.length} postings in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${Object.keys(model.classifier.terms).length} terms, ${(text.length / 1024).toFixed(0)} KiB, hash ${model.hash} -> ${values.out}`,
);
