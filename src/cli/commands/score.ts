import type { RiskLevel, Scanner, Verdict } from '../../index';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import type { CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { SCORE_HELP } from '../help-text';
import { decodeText } from '../input/decode-text';
import { formatFromFileName, INPUT_FORMATS, sniffFormat, type InputFormat } from '../input/detect-format';
import { InputReadError, openInput, STDIN_NAME } from '../input/open-input';
import { peekText } from '../input/peek-text';
import { readCsvRecords } from '../input/read-csv';
import { readJsonlRecords } from '../input/read-jsonl';
import { readTextRecords } from '../input/read-text';
import { scannerWithRulePack } from '../input/load-rule-pack';
import { postingId, type InputRecord, type RecordError } from '../input/record';
import { errorRecordJson, recordErrorFromCrash, recordErrorFromValidation, type RecordLocation } from '../output/error-record';
import { formatErrorReport, formatSummary, formatVerdictReport } from '../output/format-pretty';
import { LineWriter, OutputClosedError } from '../output/line-writer';
import { ProgressMeter } from '../output/progress';
import { createTerminalStyle, wantsAnsi, type TerminalStyle } from '../output/terminal-style';

const OPTIONS = {
  input: { type: 'string', short: 'i' },
  format: { type: 'string', short: 'f' },
  rules: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OUTPUT_FORMATS = ['json', 'pretty'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const READERS: Readonly<Record<InputFormat, (text: AsyncIterable<string>) => AsyncIterable<InputRecord>>> = {
  jsonl: readJsonlRecords,
  csv: readCsvRecords,
  text: readTextRecords,
};

/** `lurescan score [FILE...]`: one result per input record, in order. */
export async function runScore(args: readonly string[], baseContext: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const { io } = baseContext;
  if (values.help === true) {
    io.stdout.write(SCORE_HELP);
    return EXIT_STATUS.ok;
  }
  const inputFormat = values.input === undefined ? undefined : oneOf(values.input, INPUT_FORMATS, '--input');
  const outputFormat = oneOf(values.format ?? 'json', OUTPUT_FORMATS, '--format');
  const inputs = positionals.length > 0 ? positionals : [STDIN_NAME];
  if (inputs.filter((name) => name === STDIN_NAME).length > 1) throw new UsageError(`standard input ('-') can be read only once`);
  const context = await withRulePack(baseContext, values.rules);

  const run = new ScoreRun(context, outputFormat, inputs.length > 1);
  let unreadableInputs = 0;
  try {
    for (const name of inputs) {
      try {
        for await (const record of readInput(name, inputFormat, context)) await run.emit(record, name);
      } catch (error) {
        if (!(error instanceof InputReadError)) throw error;
        unreadableInputs += 1;
        io.stderr.write(`lurescan score: ${error.message}\n`);
      }
    }
    await run.finish();
  } catch (error) {
    // The reader of our output went away (`| head`): stop quietly, as a Unix filter does.
    if (!(error instanceof OutputClosedError)) throw error;
  } finally {
    run.release();
  }
  if (unreadableInputs > 0) return EXIT_STATUS.usage;
  return run.failed > 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
}

/** The context with a scanner that also runs the rule pack in `file`, when one is given. */
export async function withRulePack(context: CommandContext, file: string | undefined): Promise<CommandContext> {
  if (file === undefined) return context;
  const scanner = await scannerWithRulePack(file);
  return { ...context, scanner: () => scanner };
}

async function* readInput(name: string, format: InputFormat | undefined, { io }: CommandContext): AsyncGenerator<InputRecord> {
  let text: AsyncIterable<string> = decodeText(await openInput(name, io.stdin));
  let chosen = format ?? formatFromFileName(name);
  if (chosen === undefined) {
    const peeked = await peekText(text);
    text = peeked.text;
    chosen = sniffFormat(peeked.head);
  }
  yield* READERS[chosen](text);
}

type Outcome =
  | { kind: 'verdict'; verdict: Verdict }
  | { kind: 'error'; id?: string | number; error: RecordError };

/** Scores one record; anything that goes wrong becomes that record's error, so one bad posting never stops a run. */
function scoreRecord(record: InputRecord, scanner: Scanner): Outcome {
  if (record.kind === 'error') return { kind: 'error', ...(record.id === undefined ? {} : { id: record.id }), error: record.error };
  const id = postingId(record.posting);
  const withId = id === undefined ? {} : { id };
  try {
    const result = scanner.safeScore(record.posting);
    if (result.success) return { kind: 'verdict', verdict: result.verdict };
    return { kind: 'error', ...withId, error: recordErrorFromValidation(result.error) };
  } catch (error) {
    return { kind: 'error', ...withId, error: recordErrorFromCrash(error) };
  }
}

/** The output side of a score run: writing each result, counting, and the progress meter. */
class ScoreRun {
  failed = 0;
  private records = 0;
  private readonly byRisk: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  private readonly writer: LineWriter;
  private readonly progress: ProgressMeter;
  private readonly style: TerminalStyle;

  constructor(
    private readonly context: CommandContext,
    private readonly format: OutputFormat,
    private readonly nameFiles: boolean,
  ) {
    const { io } = context;
    this.writer = new LineWriter(io.stdout);
    // With results on the same terminal the meter would be interleaved with them, and they show progress anyway.
    this.progress = new ProgressMeter(io.stderr, (io.stderrIsTTY ?? false) && !io.isTTY, io.now);
    this.style = createTerminalStyle(wantsAnsi(io.isTTY, io.env ?? {}));
  }

  async emit(record: InputRecord, file: string): Promise<void> {
    const location: RecordLocation = this.nameFiles ? { line: record.line, file } : { line: record.line };
    const outcome = scoreRecord(record, this.context.scanner());
    this.records += 1;
    if (outcome.kind === 'verdict') this.byRisk[outcome.verdict.risk] += 1;
    else this.failed += 1;
    await this.writer.write(this.render(location, outcome, record));
    this.progress.update(this.records);
  }

  private render(location: RecordLocation, outcome: Outcome, record: InputRecord): string {
    if (this.format === 'json') {
      const json = outcome.kind === 'verdict' ? { ...location, ...outcome.verdict } : errorRecordJson(location, outcome.error, outcome.id);
      return `${JSON.stringify(json)}\n`;
    }
    const place = location.file === undefined ? `line ${location.line}` : `${location.file}:${location.line}`;
    if (outcome.kind === 'error') return formatErrorReport(outcome.error, this.style, `${outcome.id ?? 'record'} (${place})`);
    const posting = record.kind === 'posting' ? record.posting : undefined;
    return formatVerdictReport(outcome.verdict, posting, this.style, `${outcome.verdict.id ?? 'posting'} (${place})`);
  }

  async finish(): Promise<void> {
    this.progress.finish();
    if (this.format === 'pretty') await this.writer.write(formatSummary(this.byRisk, this.failed, this.style));
  }

  release(): void {
    this.progress.finish();
    this.writer.release();
  }
}
