import { crossValidate, DEFAULT_CROSS_VALIDATION, evaluate, type CrossValidation, type LabelledExample, type TrainingExample } from '../../index';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import { withScannerFiles, type CommandContext } from '../command-context';
import type { EvalReport, SkippedRecord } from '../evaluate/eval-report';
import { createLabelReader, type LabelReader } from '../evaluate/label-reader';
import { EXIT_STATUS } from '../exit-status';
import { EVAL_HELP } from '../help-text';
import { InputReadError } from '../input/open-input';
import { LABELLED_FORMATS, openLabelledRecords } from '../evaluate/open-labelled-records';
import type { InputRecord } from '../input/record';
import { formatEvalReport } from '../output/format-eval-report';
import { ProgressMeter } from '../output/progress';
import { scoreRecord } from '../score-record';

const OPTIONS = {
  model: { type: 'string' },
  rules: { type: 'string' },
  label: { type: 'string', short: 'l' },
  positive: { type: 'string', multiple: true },
  negative: { type: 'string', multiple: true },
  input: { type: 'string', short: 'i' },
  format: { type: 'string', short: 'f' },
  bootstrap: { type: 'string' },
  seed: { type: 'string' },
  cv: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OUTPUT_FORMATS = ['text', 'json'] as const;
const DEFAULT_RESAMPLES = 1000;
const DEFAULT_SEED = 1;
/** The generator takes a 32-bit seed: larger values would silently share seeds. */
const MAX_SEED = 2 ** 31 - 1;

/** `lurescan eval FILE --label FIELD`: scores a labelled file and judges the scores against the labels. */
export async function runEval(args: readonly string[], baseContext: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const { io } = baseContext;
  if (values.help === true) {
    io.stdout.write(EVAL_HELP);
    return EXIT_STATUS.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? `give the labelled FILE to evaluate ('-' for standard input)` : `give one FILE, not ${positionals.length}`);
  }
  const [input = ''] = positionals;
  if (values.label === undefined || values.label.trim() === '') throw new UsageError('--label FIELD is required: the field or column that holds each record\'s true class');
  const labels = createLabelReader({ field: values.label, positive: values.positive, negative: values.negative });
  const inputFormat = values.input === undefined ? undefined : oneOf(values.input, LABELLED_FORMATS, '--input');
  const outputFormat = oneOf(values.format ?? 'text', OUTPUT_FORMATS, '--format');
  const resamples = parseCount(values.bootstrap, DEFAULT_RESAMPLES, '--bootstrap');
  const seed = parseCount(values.seed, DEFAULT_SEED, '--seed', MAX_SEED);
  const folds = values.cv === undefined ? null : parseCount(values.cv, DEFAULT_CROSS_VALIDATION.folds, '--cv', 20);
  if (folds !== null && folds < 2) throw new UsageError(`--cv needs at least 2 folds (got '${values.cv}')`);
  if (folds !== null && (values.model !== undefined || values.rules !== undefined)) {
    throw new UsageError('--cv trains its own model on each fold with the built-in rules: leave out --model and --rules');
  }
  const context = await withScannerFiles(baseContext, { rules: values.rules, model: values.model });

  let collected: Collected;
  try {
    collected = await collect(await openLabelledRecords(input, inputFormat, io.stdin), labels, context);
  } catch (error) {
    if (!(error instanceof InputReadError)) throw error;
    io.stderr.write(`lurescan eval: ${error.message}; nothing was evaluated\n`);
    return EXIT_STATUS.usage;
  }

  const { skipped, read } = collected;
  let examples = collected.examples;
  let crossValidation: EvalReport['crossValidation'] = null;
  if (folds !== null) {
    // Near-copies are grouped first and kept in one fold, so a template is never both trained on and judged.
    let cv: CrossValidation;
    try {
      cv = crossValidate(collected.postings, { ...DEFAULT_CROSS_VALIDATION, folds });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      io.stderr.write(`lurescan eval: ${error.message}; nothing was evaluated\n`);
      return EXIT_STATUS.usage;
    }
    examples = cv.verdicts.map(({ score, risk, fired }, position) => ({
      score,
      risk,
      positive: (collected.postings[position] as TrainingExample).positive,
      fired: [...fired.rules, ...fired.patterns],
    }));
    crossValidation = { folds, nearCopyGroups: new Set(cv.groups).size };
  }
  const evaluation = evaluate(examples, { bootstrap: resamples === 0 ? false : { resamples, seed } });
  const report: EvalReport = {
    input,
    labelField: values.label,
    versions: context.scanner().versions,
    records: { read, evaluated: examples.length, skipped: skipped.length },
    skipped,
    crossValidation,
    ...evaluation,
  };
  io.stdout.write(outputFormat === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));

  if (skipped.length > 0) {
    io.stderr.write(`lurescan eval: ${skipped.length} of ${read} records were SKIPPED (listed above); the metrics cover only the other ${examples.length}\n`);
  }
  if (evaluation.positives === 0 || evaluation.negatives === 0) {
    io.stderr.write(`lurescan eval: no ${evaluation.positives === 0 ? 'positive' : 'negative'} record was evaluated, so most metrics are undefined; check --label, --positive and --negative\n`);
  }
  return skipped.length > 0 || evaluation.positives === 0 || evaluation.negatives === 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
}

interface Collected {
  examples: LabelledExample[];
  /** The evaluated records as training examples, for --cv. */
  postings: TrainingExample[];
  skipped: SkippedRecord[];
  read: number;
}

/** Reads, labels and scores every record; each one becomes an example or a skipped record, reported as it happens. */
async function collect(records: AsyncIterable<InputRecord>, labels: LabelReader, { io, scanner }: CommandContext): Promise<Collected> {
  const examples: LabelledExample[] = [];
  const postings: TrainingExample[] = [];
  const skipped: SkippedRecord[] = [];
  const progress = new ProgressMeter(io.stderr, io.stderrIsTTY ?? false, io.now);
  let read = 0;
  const skip = (entry: SkippedRecord): void => {
    skipped.push(entry);
    progress.finish();
    io.stderr.write(`lurescan eval: line ${entry.line}${entry.id === undefined ? '' : ` (id ${entry.id})`}: skipped: ${entry.reason}\n`);
  };
  try {
    for await (const record of records) {
      read += 1;
      progress.update(read);
      if (record.kind === 'error') {
        skip({ line: record.line, ...(record.id === undefined ? {} : { id: record.id }), reason: record.error.message });
        continue;
      }
      const label = labels.read(record.posting);
      const posting = labels.withoutLabel(record.posting);
      const outcome = scoreRecord({ ...record, posting }, scanner());
      if (outcome.kind === 'error') {
        skip({ line: record.line, ...(outcome.id === undefined ? {} : { id: outcome.id }), reason: outcome.error.message });
      } else if (!label.success) {
        skip({ line: record.line, ...(outcome.verdict.id === undefined ? {} : { id: outcome.verdict.id }), reason: label.reason });
      } else {
        const { score, risk, fired } = outcome.verdict;
        examples.push({ score, risk, positive: label.positive, fired: [...fired.rules, ...fired.patterns] });
        postings.push({ input: posting, positive: label.positive, line: record.line });
      }
    }
  } finally {
    progress.finish();
  }
  return { examples, postings, skipped, read };
}

/** A whole number from 0 to `max` from the command line. */
function parseCount(value: string | undefined, fallback: number, option: string, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.trim());
  if (value.trim() === '' || !Number.isSafeInteger(parsed) || parsed < 0 || parsed > max) {
    throw new UsageError(`${option} must be a whole number from 0 to ${max} (got '${value}')`);
  }
  return parsed;
}
