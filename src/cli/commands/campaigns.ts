import { campaignTemplate, JobPostingSchema, postingTemplateText, type Campaign, type CampaignIndex } from '../../index';
import { MAX_TEMPLATE_SAMPLES } from '../../campaigns/campaign-template';
import { oneOf, parseCommandArgs } from '../args';
import { indexInputs } from '../campaign-run';
import { withScannerFiles, type CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { CAMPAIGNS_HELP } from '../help-text';
import { INPUT_FORMATS, type InputFormat } from '../input/detect-format';
import { InputReadError, STDIN_NAME } from '../input/open-input';
import { readInput } from '../input/read-input';
import { LineWriter, OutputClosedError } from '../output/line-writer';
import { spoolStdin, type Spool } from '../spool-stdin';
import { campaignIndexOptions, CAMPAIGN_OPTIONS, inputList, workerCount } from './campaign-options';

const OPTIONS = {
  input: { type: 'string', short: 'i' },
  workers: { type: 'string', short: 'w' },
  rules: { type: 'string' },
  model: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...CAMPAIGN_OPTIONS,
} as const;

/**
 * `lurescan campaigns [FILE...]`: scores every posting, groups them into campaigns and writes one JSON line per
 * campaign, in the order of each campaign's first member. The input is read twice: once to score and index, once
 * for the texts of a few members of each campaign, from which the template is drawn; stdin is spooled to a
 * temporary file for that.
 */
export async function runCampaigns(args: readonly string[], baseContext: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const { io } = baseContext;
  if (values.help === true) {
    io.stdout.write(CAMPAIGNS_HELP);
    return EXIT_STATUS.ok;
  }
  const format = values.input === undefined ? undefined : oneOf(values.input, INPUT_FORMATS, '--input');
  const workers = values.workers === undefined ? undefined : workerCount(values.workers);
  const index = campaignIndexOptions(values);
  const names = inputList(positionals);
  const context = await withScannerFiles(baseContext, { rules: values.rules, model: values.model });
  const dateFields = values['date-field'];

  let spool: Spool | undefined;
  const writer = new LineWriter(io.stdout);
  try {
    if (names.includes(STDIN_NAME)) spool = await spoolStdin(io.stdin);
    const inputs = names.map((name) => (name === STDIN_NAME && spool !== undefined ? spool.path : name));
    const run = await indexInputs(context, {
      inputs,
      names,
      format,
      workers,
      index,
      record: { json: false, ...(dateFields === undefined ? {} : { dateFields }) },
      command: 'campaigns',
    });
    const texts = await sampleTexts(run.index, inputs, names, format, context);
    let campaigns = 0;
    let members = 0;
    for (const campaign of run.index.campaigns()) {
      campaigns += 1;
      members += campaign.size;
      const samples = run.index.templateMembers(campaign, MAX_TEMPLATE_SAMPLES).map((member) => texts.get(memberKey(member.file, member.line)) ?? '');
      await writer.write(`${JSON.stringify(campaignJson(campaign, samples))}\n`);
    }
    io.stderr.write(`lurescan campaigns: ${run.records} records, ${campaigns} campaigns of ${members} postings${run.failed > 0 ? `, ${run.failed} records could not be scored` : ''}\n`);
    if (run.unreadableInputs > 0) return EXIT_STATUS.usage;
    return run.failed > 0 ? EXIT_STATUS.recordFailed : EXIT_STATUS.ok;
  } catch (error) {
    if (error instanceof OutputClosedError) return EXIT_STATUS.ok;
    throw error;
  } finally {
    writer.release();
    await spool?.remove();
  }
}

/** A campaign line: its members without their internal ordinals, and the template of its first members. */
function campaignJson(campaign: Campaign, samples: readonly string[]): Record<string, unknown> {
  const { campaign: number, size, members, ...rest } = campaign;
  const template = campaignTemplate(samples);
  return {
    campaign: number,
    size,
    members: members.map(({ ordinal: _ordinal, ...member }) => member),
    template,
    ...rest,
  };
}

const memberKey = (file: string | undefined, line: number | undefined): string => `${file ?? ''}\u0000${line ?? 0}`;

/**
 * The texts of the template members of every campaign, read again from the inputs. Only those are kept, so memory
 * grows with the number of campaigns, not with the input.
 */
async function sampleTexts(
  index: CampaignIndex,
  inputs: readonly string[],
  names: readonly string[],
  format: InputFormat | undefined,
  context: CommandContext,
): Promise<Map<string, string>> {
  const wanted = new Set<string>();
  for (const campaign of index.campaigns()) for (const member of index.templateMembers(campaign, MAX_TEMPLATE_SAMPLES)) wanted.add(memberKey(member.file, member.line));
  const texts = new Map<string, string>();
  if (wanted.size === 0) return texts;
  for (const [position, input] of inputs.entries()) {
    const file = names.length > 1 ? names[position] : undefined;
    try {
      for await (const record of readInput(input, format, context.io.stdin)) {
        const key = memberKey(file, record.line);
        if (record.kind !== 'posting' || !wanted.has(key)) continue;
        const posting = typeof record.posting === 'string' ? record.posting : JobPostingSchema.safeParse(record.posting).data;
        if (posting !== undefined) texts.set(key, postingTemplateText(posting));
      }
    } catch (error) {
      // Already reported when it was first read.
      if (!(error instanceof InputReadError)) throw error;
    }
  }
  return texts;
}
