/**
 * `npm run eval:campaigns [-- --data DIR] [--json] [--skip-train]`: issue 14's figures, on emscad-partial and
 * difraud-jobs read from DIR (default ../shared/data; nothing is copied into the repository).
 *
 * 1. Campaigns found with the built-in scanner, the share of fraudulent and of honest ads inside a campaign of 3
 *    or more, and the precision and recall of the campaign flag.
 * 2. Planted templates: lure texts from the lure sets, each posted 8 times with new employer names, places, phone
 *    numbers, handles and a few changed words, mixed into those ads; pairwise recall and precision of the grouping.
 * 3. A template-grouped evaluation: the ads are split in two folds by campaign (all copies of a template on one
 *    side), a model is trained on each fold and scores the other, alone and as a batch with campaign flags;
 *    PR-AUC of single-ad against batch-aware scores.
 */
import { parseArgs } from 'node:util';
import { createScanner, evaluate, scoreWithCampaigns, type Campaign, type PostingInput, type Scanner, type Verdict } from '../src/index';
import { DEFAULT_TRAINING, trainModel } from '../src/classify/train/train-model';
import { templateTokens } from '../src/campaigns/template-tokens';
import { hashString } from '../src/campaigns/hash-string';
import { loadDatasets, type LabelledPosting } from './eval/datasets';
import { plantedRecovery, plantTemplates } from './campaign-eval/plant-templates';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data' }, json: { type: 'boolean', default: false }, 'skip-train': { type: 'boolean', default: false } },
  strict: true,
});
const sets = loadDatasets(values.data);
const labelled = sets.filter((set) => set.name === 'emscad-partial' || set.name === 'difraud-jobs');
if (labelled.length < 2) {
  console.error(`eval:campaigns: needs emscad-partial and difraud-jobs under ${values.data}; pass --data DIR.`);
  process.exit(2);
}
const ads: (LabelledPosting & { set: string })[] = labelled.flatMap((set) => set.postings.map((posting) => ({ ...posting, set: set.name })));
const inputs = ads.map((ad) => ad.input);
const log = (message: string): void => {
  if (!values.json) console.error(message);
};
const report: Record<string, unknown> = {};

// 1. Campaigns in the labelled ads, with the built-in scanner.
log(`scoring ${ads.length} ads as one batch...`);
const scanner = createScanner();
const batch = scoreWithCampaigns(scanner, inputs);
const sizeOf = campaignSizes(batch.campaigns, ads.length);
const share = (positive: boolean, least: number): number => {
  const members = ads.map((ad, index) => ({ ad, index })).filter(({ ad }) => ad.positive === positive);
  return members.filter(({ index }) => (sizeOf[index] ?? 1) >= least).length / members.length;
};
const flagged = batch.verdicts.map(hasCampaignFlag);
const flaggedFraud = flagged.filter((flag, index) => flag && ads[index]?.positive).length;
const flaggedCount = flagged.filter(Boolean).length;
const positives = ads.filter((ad) => ad.positive).length;
report.campaigns = {
  ads: ads.length,
  fraudulent: positives,
  campaigns: batch.campaigns.length,
  adsInCampaigns: batch.campaigns.reduce((sum, campaign) => sum + campaign.size, 0),
  campaignsOf3OrMore: batch.campaigns.filter((campaign) => campaign.size >= 3).length,
  fraudulentInCampaignOf3: share(true, 3),
  honestInCampaignOf3: share(false, 3),
  fraudulentInCampaignOf2: share(true, 2),
  honestInCampaignOf2: share(false, 2),
  flag: { fired: flaggedCount, fraudulent: flaggedFraud, precision: flaggedCount === 0 ? null : flaggedFraud / flaggedCount, recall: flaggedFraud / positives },
  flagBySignal: signalPrecision(batch.campaigns),
  inSamplePrAuc: { single: prAuc(batch.single, ads), batch: prAuc(batch.verdicts, ads), note: 'the built-in model was trained on these ads' },
};

// 2. Planted templates.
const templates = sets
  .filter((set) => set.name === 'lures' || set.name === 'lures-dev2' || set.name === 'reported-lures')
  .flatMap((set) => set.postings.filter((posting) => posting.positive).map((posting) => String(posting.input)))
  .filter((text) => templateTokens(text).length >= 20);
const planted = plantTemplates([...new Set(templates)], 8);
log(`planting ${planted.length} copies of ${new Set(templates).size} lure templates among the ads...`);
const withPlanted = scoreWithCampaigns(scanner, [...inputs, ...planted.map((copy) => copy.posting)]);
const groups = groupNumbers(withPlanted.campaigns, inputs.length + planted.length);
const plantedFlagged = withPlanted.verdicts.slice(inputs.length).filter(hasCampaignFlag).length;
report.planted = { ...plantedRecovery(planted, inputs.length, groups), flagged: plantedFlagged / planted.length };

// 3. Template-grouped two-fold evaluation.
if (!values['skip-train']) {
  const fold = groupNumbers(batch.campaigns, ads.length).map((group) => hashString(String(group)) % 2);
  const single: Verdict[] = new Array<Verdict>(ads.length);
  const batchAware: Verdict[] = new Array<Verdict>(ads.length);
  for (const test of [0, 1]) {
    const train = ads.filter((_, index) => fold[index] !== test);
    const tested = ads.map((_, index) => index).filter((index) => fold[index] === test);
    log(`fold ${test + 1}/2: training on ${train.length} ads, scoring ${tested.length}...`);
    const foldScanner: Scanner = createScanner({ model: trainModel(train, DEFAULT_TRAINING) });
    const result = scoreWithCampaigns(foldScanner, tested.map((index) => inputs[index] as PostingInput));
    tested.forEach((index, position) => {
      single[index] = result.single[position] as Verdict;
      batchAware[index] = result.verdicts[position] as Verdict;
    });
  }
  const emscad = ads.map((ad, index) => ({ ad, index })).filter(({ ad }) => ad.set === 'emscad-partial');
  const pick = (verdicts: readonly Verdict[], rows: readonly { index: number }[]): Verdict[] => rows.map(({ index }) => verdicts[index] as Verdict);
  const emscadAds = emscad.map(({ ad }) => ad);
  report.templateGrouped = {
    folds: 2,
    emscad: { single: prAuc(pick(single, emscad), emscadAds), batch: prAuc(pick(batchAware, emscad), emscadAds) },
    all: { single: prAuc(single, ads), batch: prAuc(batchAware, ads) },
    flaggedOutOfFold: batchAware.filter(hasCampaignFlag).length,
  };
}

// The report is one JSON object either way; --json only silences the progress lines on stderr.
console.log(JSON.stringify(report, null, 2));

function hasCampaignFlag(verdict: Verdict): boolean {
  return verdict.fired.rules.includes('campaign.mass-template');
}

/** Each posting's campaign size (1 for none). */
function campaignSizes(campaigns: readonly Campaign[], count: number): number[] {
  const sizes = new Array<number>(count).fill(1);
  for (const campaign of campaigns) for (const member of campaign.members) sizes[member.ordinal] = campaign.size;
  return sizes;
}

/** Each posting's campaign number, or a number of its own (negative) when it is in none. */
function groupNumbers(campaigns: readonly Campaign[], count: number): number[] {
  const groups = Array.from({ length: count }, (_, index) => -1 - index);
  for (const campaign of campaigns) for (const member of campaign.members) groups[member.ordinal] = campaign.campaign;
  return groups;
}

/** How many ads each campaign signal would flag, and the share of them that are fraudulent. */
function signalPrecision(campaigns: readonly Campaign[]) {
  const bySignal: Record<string, { ads: number; fraudulent: number; precision: number | null }> = {};
  for (const signal of ['employers', 'places', 'contactAcrossEmployers'] as const) {
    const members = campaigns.filter((campaign) => campaign.signals[signal]).flatMap((campaign) => campaign.members);
    const fraudulent = members.filter((member) => ads[member.ordinal]?.positive).length;
    bySignal[signal] = { ads: members.length, fraudulent, precision: members.length === 0 ? null : fraudulent / members.length };
  }
  return bySignal;
}

function prAuc(verdicts: readonly Verdict[], rows: readonly { positive: boolean }[]) {
  const evaluation = evaluate(
    verdicts.map((verdict, index) => ({ score: verdict.score, risk: verdict.risk, positive: rows[index]?.positive ?? false, fired: verdict.fired.rules })),
    { bootstrap: { resamples: 500, seed: 1 } },
  );
  return { prAuc: evaluation.prAuc.value, interval: evaluation.prAuc.interval, rocAuc: evaluation.rocAuc.value, positives: evaluation.positives, examples: evaluation.examples };
}
