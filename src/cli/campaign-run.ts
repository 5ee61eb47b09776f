import { availableParallelism } from 'node:os';
import { CampaignIndex, type CampaignIndexOptions, type MemberFields } from '../index';
import { campaignRecord, type CampaignRecord, type CampaignRecordOptions } from './campaign-record';
import type { CommandContext } from './command-context';
import type { InputFormat } from './input/detect-format';
import { InputReadError } from './input/open-input';
import { readInput } from './input/read-input';
import { ProgressMeter } from './output/progress';
import type { LocatedRecord } from './workers/score-record';
import { WorkerPool } from './workers/worker-pool';

/** As in `score`: starting workers costs more than scoring a few hundred ads on the main thread. */
const RECORDS_BEFORE_DEFAULT_WORKERS = 256;

export interface CampaignRunOptions {
  /** Files to read, in order; `names[i]` is how input i is named in the output (stdin spooled to a file is '-'). */
  inputs: readonly string[];
  names: readonly string[];
  format: InputFormat | undefined;
  workers: number | undefined;
  index: CampaignIndexOptions;
  record: CampaignRecordOptions;
  /** Called for every record in input order, with its ordinal in the index (undefined for a record that failed). */
  onRecord?: (record: CampaignRecord, ordinal: number | undefined, fields: MemberFields) => Promise<void>;
  /** The command's name, for messages on stderr. */
  command: string;
}

export interface CampaignRunResult {
  index: CampaignIndex;
  records: number;
  failed: number;
  unreadableInputs: number;
}

/**
 * Reads every input, scores each record (on worker threads once the input proves long) and adds it to a campaign
 * index. A record that cannot be read or scored is reported on stderr with its line and counted, never dropped
 * silently; an input that cannot be opened is reported and the others are still read.
 */
export async function indexInputs(context: CommandContext, options: CampaignRunOptions): Promise<CampaignRunResult> {
  const { io } = context;
  const index = new CampaignIndex(options.index);
  const progress = new ProgressMeter(io.stderr, io.stderrIsTTY ?? false, io.now);
  const nameFiles = options.names.length > 1;
  let pool: WorkerPool<LocatedRecord, CampaignRecord> | undefined;
  let records = 0;
  let failed = 0;
  let unreadableInputs = 0;

  const take = async (results: readonly CampaignRecord[]): Promise<void> => {
    for (const result of results) {
      records += 1;
      let ordinal: number | undefined;
      if (result.kind === 'posting') ordinal = index.addSigned(result.posting, result.signature);
      else {
        failed += 1;
        const where = result.id === undefined ? `line ${result.line}` : `line ${result.line} (id ${String(result.id)})`;
        if (options.onRecord === undefined) io.stderr.write(`lurescan ${options.command}: ${where}: ${result.error.message}\n`);
      }
      await options.onRecord?.(result, ordinal, result.kind === 'posting' ? result.fields : {});
      progress.update(records);
    }
  };

  try {
    for (const [position, input] of options.inputs.entries()) {
      const name = options.names[position] ?? input;
      try {
        for await (const record of readInput(input, options.format, io.stdin)) {
          const located: LocatedRecord = { record, location: nameFiles ? { line: record.line, file: name } : { line: record.line } };
          const size = options.workers ?? (records + 1 > RECORDS_BEFORE_DEFAULT_WORKERS ? availableParallelism() : 1);
          if (pool === undefined && size > 1) {
            pool = new WorkerPool(size, context.scannerFiles ?? {}, 'campaign-worker', { index: options.index, record: options.record });
          }
          if (pool !== undefined) await take(await pool.push(located));
          else await take([campaignRecord(located, context.scanner(), index, options.record)]);
        }
      } catch (error) {
        if (!(error instanceof InputReadError)) throw error;
        unreadableInputs += 1;
        io.stderr.write(`lurescan ${options.command}: ${error.message.replace(input, name)}\n`);
      }
    }
    if (pool !== undefined) await take(await pool.drain());
  } finally {
    progress.finish();
    await pool?.close();
  }
  return { index, records, failed, unreadableInputs };
}
