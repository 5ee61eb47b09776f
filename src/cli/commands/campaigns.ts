import { campaignTemplate, type Campaign } from '../../index';
import { MAX_TEMPLATE_SAMPLES } from '../../campaigns/campaign-template';
import { oneOf, parseCommandArgs, UsageError } from '../args';
import { memberKey, readMembers } from '../campaign-members';
import { indexInputs } from '../campaign-run';
import { withScannerFiles, type CommandContext } from '../command-context';
import { EXIT_STATUS } from '../exit-status';
import { CAMPAIGNS_HELP } from '../help-text';
import { INPUT_FORMATS } from '../input/detect-format';
import { STDIN_NAME } from '../input/open-input';
import { LineWriter, OutputClosedError } from '../output/line-writer';
import { spoolStdin, type Spool } from '../spool-stdin';
import { campaignIndexOptions, CAMPAIGN_OPTIONS, inputList, workerCount } from './campaign-options';

const OPTIONS = {
  input: { type: 'string', short: 'i' },
  workers: { type: 'string', short: 'w' },
  rules: { type: 'string' },
  model: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'score-members': { type: 'string' },
  ...CAMPAIGN_OPTIONS,
} as const;

/** Members of each campaign scored by default: their risks make the campaign's; the template is the same. */
const DEFAULT_SCORED_MEMBERS = 16;

/**
 * `lurescan campaigns [FILE...]`: groups postings into campaigns and writes one JSON line per campaign, in the
 * order of each campaign's first member. The input is read twice: first every posting's facts (contacts, places)
 * and MinHash signature are indexed, without scoring, a fifth of the cost; then the first members of each
 * campaign are scored and the texts of a few alike members read for the template. Stdin is spooled to a
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
  const scoreLimit = scoreMembers(values['score-members']);

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
      record: { json: false, score: false, ...(dateFields === undefined ? {} : { dateFields }) },
      command: 'campaigns',
    });
    const texts = await readMembers(context, run.index, { inputs, names, format, workers, index, scoreLimit });
    let campaigns = 0;
    let members = 0;
    for (const campaign of run.index.campaigns()) {
      campaigns += 1;
      members += campaign.size;
      const samples = run.index.templateMembers(campaign, MAX_TEMPLATE_SAMPLES).map((member) => texts.get(memberKey(member.file, member.line)) ?? '');
      await writer.write(`${JSON.stringify(campaignJson(campaign, samples))}\n`);
    }
    io.stderr.write(`lurescan campaigns: ${run.records} records, ${campaigns} campaigns of ${members} postings${run.failed > 0 ? `, ${run.failed} records were not valid postings` : ''}\n`);
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

function scoreMembers(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SCORED_MEMBERS;
  if (value === 'all') return Infinity;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new UsageError(`--score-members must be a whole number or 'all' (got '${value}')`);
  return count;
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
