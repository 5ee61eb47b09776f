import { campaignPostingOf, recordDate, type CampaignIndex, type MemberFields, type Scanner, type SignedPosting } from '../index';
import type { RecordError } from './input/record';
import type { LocatedRecord } from './workers/score-record';
import { errorRecordJson } from './output/error-record';
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
  dateFields?: readonly string[];
}

/** Scores a record and reduces it to what the campaign index keeps; a record that cannot be scored is its error. */
export function campaignRecord(located: LocatedRecord, scanner: Scanner, signer: Pick<CampaignIndex, 'signatureOf'>, options: CampaignRecordOptions): CampaignRecord {
  const { record, location } = located;
  const outcome = scoreRecord(record, scanner);
  if (outcome.kind === 'error') {
    const json = options.json ? `${JSON.stringify(errorRecordJson(location, outcome.error, outcome.id))}\n` : undefined;
    return { kind: 'error', line: location.line, ...(outcome.id === undefined ? {} : { id: outcome.id }), error: outcome.error, ...(json === undefined ? {} : { json }) };
  }
  const { verdict } = outcome;
  // A record that was scored is a posting: a string, or an object the scanner validated.
  const posting = (record.kind === 'posting' ? record.posting : '') as Parameters<typeof campaignPostingOf>[0];
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

function definedFields(companyName: string | undefined, location: string | undefined): MemberFields {
  return { ...(companyName === undefined ? {} : { companyName }), ...(location === undefined ? {} : { location }) };
}
