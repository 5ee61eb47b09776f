import { campaignPostingFromFacts, campaignPostingOf, recordDate, type CampaignIndex, type Facts, type MemberFields, type PostingInput, type Scanner, type SignedPosting } from '../index';
import { postingId, type RecordError } from './input/record';
import type { LocatedRecord } from './workers/score-record';
import { errorRecordJson, recordErrorFromCrash, recordErrorFromValidation } from './output/error-record';
import { scoreRecord } from './score-record';

/** What a campaign run needs of one scored record; computed on a worker thread when there are workers. */
export type CampaignRecord =
  | {
      kind: 'posting';
      posting: SignedPosting;
      signature: Uint32Array;
      /** The company name and location as written, for the campaign flag's evidence. */
      fields: MemberFields;
      /** The record's JSON output line, when the run writes verdicts (`score --campaigns`). */
      json?: string;
    }
  | { kind: 'error'; line: number; id?: string | number; error: RecordError; json?: string };

export interface CampaignRecordOptions {
  /** Whether to keep the verdict's JSON line. */
  json: boolean;
  /**
   * Whether to score the record (its risk joins the campaign's); false only extracts its facts, a fifth of the
   * cost, for a first pass that scores campaign members afterwards. Default true.
   */
  score?: boolean;
  dateFields?: readonly string[];
}

/** Scores a record and reduces it to what the campaign index keeps; a record that cannot be scored is its error. */
export function campaignRecord(located: LocatedRecord, scanner: Scanner, signer: Pick<CampaignIndex, 'signatureOf'>, options: CampaignRecordOptions): CampaignRecord {
  const { record, location } = located;
  if (options.score === false && !options.json) return extractedRecord(located, scanner, signer, options);
  const outcome = scoreRecord(record, scanner);
  if (outcome.kind === 'error') {
    const json = options.json ? `${JSON.stringify(errorRecordJson(location, outcome.error, outcome.id))}\n` : undefined;
    return { kind: 'error', line: location.line, ...(outcome.id === undefined ? {} : { id: outcome.id }), error: outcome.error, ...(json === undefined ? {} : { json }) };
  }
  const { verdict } = outcome;
  // A record that was scored is a posting: a string, or an object the scanner validated.
  const posting = (record.kind === 'posting' ? record.posting : '') as PostingInput;
  const date = recordDate(posting, options.dateFields);
  const { text, ...signed } = campaignPostingOf(posting, verdict, { ...(date === undefined ? {} : { date }), source: location });
  const fields: MemberFields = typeof posting === 'string' ? {} : definedFields(posting.companyName, posting.location);
  return {
    kind: 'posting',
    posting: signed,
    signature: signer.signatureOf(text),
    fields,
    ...(options.json ? { json: `${JSON.stringify({ ...location, ...verdict })}\n` } : {}),
  };
}

/** A record's facts and signature, without a verdict. */
function extractedRecord(located: LocatedRecord, scanner: Scanner, signer: Pick<CampaignIndex, 'signatureOf'>, options: CampaignRecordOptions): CampaignRecord {
  const { record, location } = located;
  if (record.kind === 'error') return { kind: 'error', line: location.line, ...(record.id === undefined ? {} : { id: record.id }), error: record.error };
  const id = postingId(record.posting);
  const withId = id === undefined ? {} : { id };
  let facts: Facts;
  try {
    const result = scanner.safeExtract(record.posting);
    if (!result.success) return { kind: 'error', line: location.line, ...withId, error: recordErrorFromValidation(result.error) };
    facts = result.facts;
  } catch (error) {
    return { kind: 'error', line: location.line, ...withId, error: recordErrorFromCrash(error) };
  }
  const posting = record.posting as PostingInput;
  const date = recordDate(posting, options.dateFields);
  const { text, ...signed } = campaignPostingFromFacts(posting, facts, { ...(date === undefined ? {} : { date }), source: location });
  const fields: MemberFields = typeof posting === 'string' ? {} : definedFields(posting.companyName, posting.location);
  return { kind: 'posting', posting: signed, signature: signer.signatureOf(text), fields };
}

function definedFields(companyName: string | undefined, location: string | undefined): MemberFields {
  return { ...(companyName === undefined ? {} : { companyName }), ...(location === undefined ? {} : { location }) };
}
