import { availableParallelism } from 'node:os';
import type { RiskLevel } from '../../index';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import { withScannerFiles, type CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { SCORE_HELP } from '../help-text';
import { INPUT_FORMATS } from '../input/detect-format';
import { InputReadError, STDIN_NAME } from '../input/open-input';
import { readInput } from '../input/read-input';
import type { InputRecord } from '../input/record';
import type { RecordLocation } from '../output/error-record';
import { formatErrorReport, formatSummary, formatVerdictReport } from '../output/format-pretty';
import { LineWriter, OutputClosedError } from '../output/line-writer';
import { ProgressMeter } from '../output/progress';
import { createTerminalStyle, wantsAnsi, type TerminalStyle } from '../output/terminal-style';
import { scoreRecord, type Outcome } from '../score-record';
import { jsonResult, type JsonResult } from '../workers/score-record';
import { WorkerPool } from '../workers/worker-pool';
import { CAMPAIGN_OPTIONS } from './campaign-options';
import { runScoreCampaigns } from './score-campaigns';

const OPTIONS = {
  input: { type: 'string', short: 'i' },
  format: { type: 'string', short: 'f' },
  workers: { type: 'string', short: 'w' },
  rules: { type: 'string' },
  model: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  campaigns: { type: 'boolean' },
  ...CAMPAIGN_OPTIONS,
} as const;

const OUTPUT_FORMATS = ['json', 'pretty'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];


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
  const workers = values.workers === undefined ? undefined : workerCount(values.workers);
  const inputs = positionals.length > 0 ? positionals : [STDIN_NAME];
  if (inputs.filter((name) => name === STDIN_NAME).length > 1) throw new UsageError(`standard input ('-') can be read only once`);
  const context = await withScannerFiles(baseContext, { rules: values.rules, model: values.model });
  const campaignOption = Object.keys(CAMPAIGN_OPTIONS).find((name) => Object.hasOwn(values, name));
  if (campaignOption !== undefined && values.campaigns !== true) throw new UsageError(`--${campaignOption} applies only with --campaigns`);
  if (values.campaigns === true) {
    if (outputFormat !== 'json') throw new UsageError('--campaigns writes json only');
    return runScoreCampaigns(context, { inputs, format: inputFormat, workers, values });
  }

  const run = new ScoreRun(context, outputFormat, inputs.length > 1, workers);
  let unreadableInputs = 0;
  try {
    for (const name of inputs) {
      try {
        for await (const record of readInput(name, inputFormat, context.io.stdin)) await run.emit(record, name);
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
    await run.release();
  }
  if (unreadableInputs > 0) return EXIT_STATUS.usage;
  return run.failed > 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
}

function workerCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 256) throw new UsageError(`--workers must be a whole number from 1 to 256 (got '${value}')`);
  return count;
}


/**
 * Without --workers, a run starts scoring on the main thread and moves to one worker per core only once the input
 * proves long: starting workers costs more than scoring a few hundred ads.
 */
const RECORDS_BEFORE_DEFAULT_WORKERS = 256;


/** The output side of a score run: writing each result, counting, and the progress meter. */
class ScoreRun {
  failed = 0;
  private records = 0;
  private readonly byRisk: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  private readonly writer: LineWriter;
  private readonly progress: ProgressMeter;
  private readonly style: TerminalStyle;

  private pool: WorkerPool | undefined;

  /** `workers`: as given with --workers; undefined for the default (all cores, once the input proves long). */
  constructor(
    private readonly context: CommandContext,
    private readonly format: OutputFormat,
    private readonly nameFiles: boolean,
    private readonly workers: number | undefined,
  ) {
    const { io } = context;
    this.writer = new LineWriter(io.stdout);
    // With results on the same terminal the meter would be interleaved with them, and they show progress anyway.
    this.progress = new ProgressMeter(io.stderr, (io.stderrIsTTY ?? false) && !io.isTTY, io.now);
    this.style = createTerminalStyle(wantsAnsi(io.isTTY, io.env ?? {}));
  }

  async emit(record: InputRecord, file: string): Promise<void> {
    const location: RecordLocation = this.nameFiles ? { line: record.line, file } : { line: record.line };
    if (this.format === 'json') {
      const pool = this.poolFor(this.records + 1);
      if (pool !== undefined) return this.count(await pool.push({ record, location }));
      return this.count([jsonResult({ record, location }, this.context.scanner())]);
    }
    const outcome = scoreRecord(record, this.context.scanner());
    this.records += 1;
    if (outcome.kind === 'verdict') this.byRisk[outcome.verdict.risk] += 1;
    else this.failed += 1;
    await this.writer.write(this.render(location, outcome, record));
    this.progress.update(this.records);
  }

  /** The worker pool to score the `ordinal`-th record with, started when it is first wanted; none for one worker. */
  private poolFor(ordinal: number): WorkerPool | undefined {
    if (this.pool !== undefined) return this.pool;
    const size = this.workers ?? (ordinal > RECORDS_BEFORE_DEFAULT_WORKERS ? availableParallelism() : 1);
    if (size > 1) this.pool = new WorkerPool(size, this.context.scannerFiles ?? {});
    return this.pool;
  }

  /** Writes results in order and counts them. */
  private async count(results: readonly JsonResult[]): Promise<void> {
    for (const result of results) {
      this.records += 1;
      if (result.risk === null) this.failed += 1;
      else this.byRisk[result.risk] += 1;
      await this.writer.write(result.text);
      this.progress.update(this.records);
    }
  }

  /** A readable report (pretty output is scored on the main thread: it is meant for a few ads at a time). */
  private render(location: RecordLocation, outcome: Outcome, record: InputRecord): string {
    const place = location.file === undefined ? `line ${location.line}` : `${location.file}:${location.line}`;
    if (outcome.kind === 'error') return formatErrorReport(outcome.error, this.style, `${outcome.id ?? 'record'} (${place})`);
    const posting = record.kind === 'posting' ? record.posting : undefined;
    return formatVerdictReport(outcome.verdict, posting, this.style, `${outcome.verdict.id ?? 'posting'} (${place})`);
  }

  async finish(): Promise<void> {
    if (this.pool !== undefined) await this.count(await this.pool.drain());
    this.progress.finish();
    if (this.format === 'pretty') await this.writer.write(formatSummary(this.byRisk, this.failed, this.style));
  }

  async release(): Promise<void> {
    this.progress.finish();
    this.writer.release();
    await this.pool?.close();
  }
}
