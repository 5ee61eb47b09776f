import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { RiskLevel } from '../../index';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import { withScannerFiles, type CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { SCORE_HELP } from '../help-text';
import { INPUT_FORMATS } from '../input/detect-format';
import { InputReadError, STDIN_NAME } from '../input/open-input';
import { readInput } from '../input/read-input';
import { postingId, type InputRecord } from '../input/record';
import { errorRecordJson, type RecordLocation } from '../output/error-record';
import { formatErrorReport, formatSummary, formatVerdictReport } from '../output/format-pretty';
import { LineWriter, OutputClosedError } from '../output/line-writer';
import { ProgressMeter, type InputProgress } from '../output/progress';
import { createTerminalStyle, wantsAnsi, type TerminalStyle } from '../output/terminal-style';
import { scoreRecord, type Outcome } from '../score-record';
import { jsonResult, type JsonResult, type LocatedRecord } from '../workers/score-record';
import { WorkerPool, type WorkerPoolHooks } from '../workers/worker-pool';
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

  const size = { read: 0, total: await totalSize(inputs) };
  const run = new ScoreRun(context, outputFormat, inputs.length > 1, workers, () => (size.total === undefined ? undefined : (size as InputProgress)));
  const countBytes = (bytes: number): void => {
    size.read += bytes;
  };
  let unreadableInputs = 0;
  try {
    for (const name of inputs) {
      if (name === STDIN_NAME && io.stdinIsTTY === true) io.stderr.write(STDIN_PROMPT);
      try {
        for await (const record of readInput(name, inputFormat, context.io.stdin, countBytes)) await run.emit(record, name);
      } catch (error) {
        if (!(error instanceof InputReadError)) throw error;
        unreadableInputs += 1;
        io.stderr.write(`lurescan score: ${error.message}\n`);
      }
    }
    await run.finish();
    if (run.failed > 0) io.stderr.write(`lurescan score: ${run.failureSummary()}\n`);
  } catch (error) {
    // The reader of our output went away (`| head`): stop quietly, as a Unix filter does.
    if (!(error instanceof OutputClosedError)) throw error;
  } finally {
    await run.release();
  }
  if (unreadableInputs > 0) return EXIT_STATUS.usage;
  return run.failed > 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
}

/** Said on stderr before waiting for a terminal's input, so that `lurescan score` alone does not seem to hang. */
export const STDIN_PROMPT =
  'lurescan score: reading postings from standard input (one JSON object, CSV row or ad per line); end with Ctrl-D,\n' +
  "or give a FILE: lurescan score ads.jsonl. 'lurescan help score' has the details.\n";

/** The size in bytes of all the inputs together, or undefined when one is a pipe or cannot be sized. */
async function totalSize(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const name of inputs) {
    if (name === STDIN_NAME) return undefined;
    try {
      const info = await stat(name);
      if (!info.isFile()) return undefined;
      total += info.size;
    } catch {
      return undefined;
    }
  }
  return total;
}

/** How many failed-record lines the stderr summary names before "and N more". */
const FAILED_LINES_LISTED = 10;

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


/** Batches are sized by the records' bytes; a record whose worker died becomes an error record in its place. */
const SCORE_POOL_HOOKS: WorkerPoolHooks<LocatedRecord, JsonResult> = {
  weigh: ({ record }) => (record.kind === 'posting' ? approximateBytes(record.posting) : 256),
  lost: ({ record, location }, reason) => {
    const id = record.kind === 'posting' ? postingId(record.posting) : record.id;
    return { text: `${JSON.stringify(errorRecordJson(location, { message: `not scored: ${reason}`, issues: [] }, id))}\n`, risk: null, failedAt: location };
  },
};

/** The UTF-16 length of a posting's strings (its top-level values), a cheap stand-in for its size. */
function approximateBytes(posting: unknown): number {
  if (typeof posting === 'string') return posting.length;
  if (typeof posting !== 'object' || posting === null) return 16;
  let bytes = 0;
  for (const value of Object.values(posting)) bytes += typeof value === 'string' ? value.length : 16;
  return bytes;
}

/** The output side of a score run: writing each result, counting, and the progress meter. */
class ScoreRun {
  failed = 0;
  /** Where the first failed records are, for the summary on stderr. */
  private readonly failedAt: string[] = [];
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
    input?: () => InputProgress | undefined,
  ) {
    const { io } = context;
    this.writer = new LineWriter(io.stdout);
    // With results on the same terminal the meter would be interleaved with them, and they show progress anyway.
    this.progress = new ProgressMeter(io.stderr, (io.stderrIsTTY ?? false) && !io.isTTY, io.now, input);
    this.style = createTerminalStyle(wantsAnsi(io.isTTY, io.env ?? {}));
  }

  /** "3 of 1,000 records failed (lines 4, 17, 90)", naming the first few places. */
  failureSummary(): string {
    const more = this.failed - this.failedAt.length;
    const places = `${this.nameFiles ? '' : this.failedAt.length === 1 ? 'line ' : 'lines '}${this.failedAt.join(', ')}${more > 0 ? `, and ${more.toLocaleString('en-US')} more` : ''}`;
    return `${this.failed.toLocaleString('en-US')} of ${this.records.toLocaleString('en-US')} record${this.records === 1 ? '' : 's'} failed (${places})`;
  }

  private noteFailure(location: RecordLocation): void {
    this.failed += 1;
    if (this.failedAt.length < FAILED_LINES_LISTED) this.failedAt.push(location.file === undefined ? String(location.line) : `${location.file}:${location.line}`);
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
    else this.noteFailure(location);
    await this.writer.write(this.render(location, outcome, record));
    this.progress.update(this.records);
  }

  /** The worker pool to score the `ordinal`-th record with, started when it is first wanted; none for one worker. */
  private poolFor(ordinal: number): WorkerPool | undefined {
    if (this.pool !== undefined) return this.pool;
    const size = this.workers ?? (ordinal > RECORDS_BEFORE_DEFAULT_WORKERS ? availableParallelism() : 1);
    // The main thread is one of the `size` scorers: it starts `size - 1` workers and scores batches itself too.
    if (size > 1) {
      const scanner = this.context.scanner();
      const local = (items: LocatedRecord[]): JsonResult[] => items.map((item) => jsonResult(item, scanner));
      this.pool = new WorkerPool(size - 1, this.context.scannerFiles ?? {}, 'score-worker', {}, { ...SCORE_POOL_HOOKS, local });
    }
    return this.pool;
  }

  /** Writes results in order, in one write (a system call per line was a share of the main thread's time), and counts them. */
  private async count(results: readonly JsonResult[]): Promise<void> {
    if (results.length === 0) return;
    let text = '';
    for (const result of results) {
      this.records += 1;
      if (result.risk === null) this.noteFailure(result.failedAt ?? { line: Number.NaN });
      else this.byRisk[result.risk] += 1;
      text += result.text;
    }
    await this.writer.write(text);
    this.progress.update(this.records);
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
