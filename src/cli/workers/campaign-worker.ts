/**
 * A worker thread of `lurescan campaigns` and `score --campaigns`: scores batches of records and sends back what
 * the campaign index keeps of each (its facts and MinHash signature), and the verdict's JSON line when asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CampaignIndex, createScanner, type CampaignIndexOptions } from '../../index';
import { campaignRecord, type CampaignRecord, type CampaignRecordOptions } from '../campaign-record';
import { loadScannerOptions, type ScannerFiles } from '../scanner-files';
import type { LocatedRecord } from './score-record';
import type { BatchRequest, BatchResponse } from './worker-pool';

/** What the main thread hands each campaign worker. */
export interface CampaignWorkerData extends ScannerFiles {
  index: CampaignIndexOptions;
  record: CampaignRecordOptions;
}

const port = parentPort;
if (port !== null) {
  const data = workerData as CampaignWorkerData;
  const scanner = loadScannerOptions(data).then(createScanner);
  // Only its signatures are used: the same options give the same hash functions as the main thread's index.
  const signer = new CampaignIndex(data.index);
  port.on('message', ({ batch, records }: BatchRequest<LocatedRecord>) => {
    void scanner.then((ready) => {
      const response: BatchResponse<CampaignRecord> = { batch, results: records.map((record) => campaignRecord(record, ready, signer, data.record)) };
      port.postMessage(response);
    });
  });
}
