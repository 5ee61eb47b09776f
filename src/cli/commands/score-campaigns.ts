import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { campaignFlag, withCampaignFlag, type Campaign, type MemberFields, type Verdict } from '../../index';
import { indexInputs } from '../campaign-run';
import type { CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import type { InputFormat } from '../input/detect-format';
import { LineWriter, OutputClosedError } from '../output/line-writer';
import { spoolDir } from '../spool-stdin';
import { campaignIndexOptions } from './campaign-options';

export interface ScoreCampaignsOptions {
  inputs: readonly string[];
  format: InputFormat | undefined;
  workers: number | undefined;
  values: { threshold?: string; 'min-size'?: string; 'no-contacts'?: boolean; 'date-field'?: string[] };
}

/**
 * `lurescan score --campaigns`: every record is scored once and its JSON line spooled to a temporary file, with
 * the company name and location its flag would cite; once the whole batch is indexed, the spool is copied to the
 * output in order, adding the campaign flag to the members of campaigns that show mass recruitment. Other lines
 * are copied byte for byte: a posting outside such a campaign gets exactly its single-ad verdict.
 */
export async function runScoreCampaigns(context: CommandContext, options: ScoreCampaignsOptions): Promise<number> {
  const { io } = context;
  const dir = await spoolDir();
  const writer = new LineWriter(io.stdout);
  try {
    const spoolPath = dir.file('verdicts.jsonl');
    const spool = createWriteStream(spoolPath);
    const dateFields = options.values['date-field'];
    const run = await indexInputs(context, {
      inputs: options.inputs,
      names: options.inputs,
      format: options.format,
      workers: options.workers,
      index: campaignIndexOptions(options.values),
      record: { json: true, ...(dateFields === undefined ? {} : { dateFields }) },
      command: 'score',
      onRecord: async (record, ordinal, fields) => {
        // One spool line per record: the ordinal and fields, a tab, then the output line (JSON has no raw tabs).
        const head = JSON.stringify(ordinal === undefined ? [] : [ordinal, fields]);
        if (!spool.write(`${head}\t${record.json ?? '\n'}`)) await once(spool, 'drain');
      },
    });
    spool.end();
    await once(spool, 'close');

    const memberOf = new Map<number, Campaign>();
    for (const campaign of run.index.campaigns()) {
      if (!campaign.signals.employers && !campaign.signals.places && !campaign.signals.contactAcrossEmployers) continue;
      for (const member of campaign.members) memberOf.set(member.ordinal, campaign);
    }
    const policy = context.scanner().policy;
    const lines = createInterface({ input: createReadStream(spoolPath), crlfDelay: Infinity });
    for await (const line of lines) {
      const tab = line.indexOf('\t');
      const [ordinal, fields] = JSON.parse(line.slice(0, tab)) as [number?, MemberFields?];
      const json = line.slice(tab + 1);
      const campaign = ordinal === undefined ? undefined : memberOf.get(ordinal);
      if (campaign === undefined || ordinal === undefined) {
        await writer.write(`${json}\n`);
        continue;
      }
      const { line: at, file, ...verdict } = JSON.parse(json) as Verdict & { line: number; file?: string };
      const flag = campaignFlag(campaign, ordinal, verdict, fields ?? {});
      const flagged = flag === undefined ? verdict : withCampaignFlag(verdict, flag, policy);
      await writer.write(`${JSON.stringify({ line: at, ...(file === undefined ? {} : { file }), ...flagged })}\n`);
    }
    if (run.unreadableInputs > 0) return EXIT_STATUS.usage;
    return run.failed > 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT_STATUS.ok;
    throw error;
  } finally {
    writer.release();
    await dir.remove();
  }
}
