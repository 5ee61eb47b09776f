import { availableParallelism } from 'node:os';
import { JobPostingSchema, postingTemplateText, type CampaignIndex, type CampaignIndexOptions } from '../index';
import { MAX_TEMPLATE_SAMPLES } from '../campaigns/campaign-template';
import { campaignRecord, type CampaignRecord } from './campaign-record';
import type { CommandContext } from './command-context';
import type { InputFormat } from './input/detect-format';
import { InputReadError } from './input/open-input';
import { readInput } from './input/read-input';
import { ProgressMeter } from './output/progress';
import type { LocatedRecord } from './workers/score-record';
import { WorkerPool } from './workers/worker-pool';

export interface MemberPassOptions {
  inputs: readonly string[];
  names: readonly string[];
  format: InputFormat | undefined;
  workers: number | undefined;
  index: CampaignIndexOptions;
  /** Members scored per campaign, the first ones added; Infinity scores them all. */
  scoreLimit: number;
}

/** Where a member was read: its file (when several are read) and line. */
export const memberKey = (file: string | undefined, line: number | undefined): string => `${file ?? ''}\u0000${line ?? 0}`;

/** Scoring this many members in all is quicker on the main thread than starting workers. */
const MEMBERS_BEFORE_WORKERS = 256;

/**
 * The second reading of the inputs: scores the first `scoreLimit` members of every campaign (their risks join
 * the index) and keeps the texts of each campaign's template members. Reading stops after the last of those
 * members, and memory grows with the campaigns, not the input.
 */
export async function readMembers(context: CommandContext, index: CampaignIndex, options: MemberPassOptions): Promise<Map<string, string>> {
  const templateKeys = new Set<string>();
  const toScore = new Map<string, number>();
  for (const campaign of index.campaigns()) {
    for (const member of index.templateMembers(campaign, MAX_TEMPLATE_SAMPLES)) templateKeys.add(memberKey(member.file, member.line));
    for (const member of campaign.members.slice(0, options.scoreLimit)) toScore.set(memberKey(member.file, member.line), member.ordinal);
  }
  const texts = new Map<string, string>();
  if (templateKeys.size === 0 && toScore.size === 0) return texts;

  // Reading stops once every wanted member has been seen: the first members of campaigns come early in a file.
  const pending = new Set([...templateKeys, ...toScore.keys()]);
  const { io } = context;
  const progress = new ProgressMeter(io.stderr, io.stderrIsTTY ?? false, io.now);
  const workers = options.workers ?? (toScore.size > MEMBERS_BEFORE_WORKERS ? availableParallelism() : 1);
  const recordOptions = { json: false, score: true };
  const pool = workers > 1 ? new WorkerPool<LocatedRecord, CampaignRecord>(workers, context.scannerFiles ?? {}, 'campaign-worker', { index: options.index, record: recordOptions }) : undefined;
  let scored = 0;
  const take = (results: readonly CampaignRecord[]): void => {
    for (const result of results) {
      if (result.kind !== 'posting' || result.posting.risk === undefined) continue;
      const ordinal = toScore.get(memberKey(result.posting.source?.file, result.posting.source?.line));
      if (ordinal !== undefined) index.setRisk(ordinal, result.posting.risk, result.posting.score ?? Number.NaN);
      progress.update(++scored);
    }
  };
  try {
    for (const [position, input] of options.inputs.entries()) {
      if (pending.size === 0) break;
      const file = options.names.length > 1 ? options.names[position] : undefined;
      try {
        for await (const record of readInput(input, options.format, io.stdin)) {
          const key = memberKey(file, record.line);
          if (record.kind !== 'posting' || !pending.delete(key)) continue;
          if (templateKeys.has(key)) {
            const posting = typeof record.posting === 'string' ? record.posting : JobPostingSchema.safeParse(record.posting).data;
            if (posting !== undefined) texts.set(key, postingTemplateText(posting));
          }
          if (!toScore.has(key)) continue;
          const located: LocatedRecord = { record, location: file === undefined ? { line: record.line } : { line: record.line, file } };
          if (pool !== undefined) take(await pool.push(located));
          else take([campaignRecord(located, context.scanner(), index, recordOptions)]);
          if (pending.size === 0) break;
        }
      } catch (error) {
        // Already reported when the input was first read.
        if (!(error instanceof InputReadError)) throw error;
      }
    }
    if (pool !== undefined) take(await pool.drain());
  } finally {
    progress.finish();
    await pool?.close();
  }
  return texts;
}
