import { writeFile } from 'node:fs/promises';
import { formatModel, ScorablePostingSchema, PostingValidationError, trainModel, DEFAULT_TRAINING, type TrainingExample } from '../../index';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import type { CommandContext } from '../command-context';
import { createLabelReader } from '../evaluate/label-reader';
import { EXIT_STATUS } from '../exit-status';
import { TRAIN_HELP } from '../help-text';
import { InputReadError } from '../input/open-input';
import { LABELLED_FORMATS, openLabelledRecords } from '../evaluate/open-labelled-records';
import { ProgressMeter } from '../output/progress';

const OPTIONS = {
  label: { type: 'string', short: 'l' },
  positive: { type: 'string', multiple: true },
  negative: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o' },
  input: { type: 'string', short: 'i' },
  'base-rate': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Fewer examples of a class than this cannot support five-fold cross-validation of anything. */
const MIN_PER_CLASS = 10;

/** `lurescan train FILE --label FIELD --out MODEL`: trains a model on a user's labelled postings. */
export async function runTrain(args: readonly string[], { io }: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(TRAIN_HELP);
    return EXIT_STATUS.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the labelled FILE to train on' : `give one FILE, not ${positionals.length}`);
  const [input = ''] = positionals;
  if (values.label === undefined || values.label.trim() === '') throw new UsageError("--label FIELD is required: the field or column that holds each record's true class");
  if (values.out === undefined || values.out.trim() === '') throw new UsageError('--out MODEL is required: where to write the trained model');
  const labels = createLabelReader({ field: values.label, positive: values.positive, negative: values.negative });
  const inputFormat = values.input === undefined ? undefined : oneOf(values.input, LABELLED_FORMATS, '--input');
  const baseRate = values['base-rate'] === undefined ? DEFAULT_TRAINING.baseRate : Number(values['base-rate']);
  if (!(baseRate > 0 && baseRate < 1)) throw new UsageError(`--base-rate must be a number between 0 and 1 (got '${values['base-rate']}')`);

  const examples: TrainingExample[] = [];
  let skipped = 0;
  let read = 0;
  const progress = new ProgressMeter(io.stderr, io.stderrIsTTY ?? false, io.now);
  try {
    for await (const record of await openLabelledRecords(input, inputFormat, io.stdin)) {
      read += 1;
      progress.update(read);
      const skip = (reason: string): void => {
        skipped += 1;
        progress.finish();
        io.stderr.write(`lurescan train: line ${record.line}: skipped: ${reason}\n`);
      };
      if (record.kind === 'error') {
        skip(record.error.message);
        continue;
      }
      const label = labels.read(record.posting);
      if (!label.success) {
        skip(label.reason);
        continue;
      }
      const posting = labels.withoutLabel(record.posting);
      const problem = postingProblem(posting);
      if (problem !== null) {
        skip(problem);
        continue;
      }
      examples.push({ input: posting, positive: label.positive, line: record.line });
    }
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    io.stderr.write(`lurescan train: ${error.message}; nothing was trained\n`);
    return EXIT_STATUS.usage;
  } finally {
    progress.finish();
  }

  const positives = examples.filter((example) => example.positive).length;
  const negatives = examples.length - positives;
  if (positives < MIN_PER_CLASS || negatives < MIN_PER_CLASS) {
    io.stderr.write(`lurescan train: need at least ${MIN_PER_CLASS} postings of each class; got ${positives} positive and ${negatives} negative; nothing was trained\n`);
    return EXIT_STATUS.usage;
  }
  const model = trainModel(examples, { ...DEFAULT_TRAINING, baseRate, describe: { source: input } });
  const text = formatModel(model);
  await writeFile(values.out, text);
  const { thresholds } = model.combiner;
  io.stderr.write(
    `lurescan train: ${examples.length} postings (${positives} positive), ${skipped} skipped -> ${values.out}: ` +
      `${Object.keys(model.classifier.terms).length} terms, ${(text.length / 1024).toFixed(0)} KiB, hash ${model.hash}; ` +
      `thresholds medium ${thresholds.medium}, high ${thresholds.high}, critical ${thresholds.critical}\n`,
  );
  return skipped > 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
}

/** Why a record is not a posting `score` would take, or null: such records are skipped, as `score` reports them. */
function postingProblem(posting: unknown): string | null {
  if (typeof posting === 'string') return null;
  const result = ScorablePostingSchema.safeParse(posting);
  if (result.success) return null;
  return new PostingValidationError(result.error.issues.map(({ path, message }) => ({ path: path.map(String), message }))).message;
}
