/**
 * A worker thread of `lurescan score --workers N`: scores batches of records and sends back their JSON lines, in
 * the order received. Each worker builds its own scanner once.
 */
import { parentPort } from 'node:worker_threads';
import { createScanner } from '../../index';
import { jsonResult, type JsonResult, type LocatedRecord } from './score-record';

export interface BatchRequest {
  batch: number;
  records: LocatedRecord[];
}

export interface BatchResponse {
  batch: number;
  results: JsonResult[];
}

const port = parentPort;
if (port !== null) {
  const scanner = createScanner();
  port.on('message', ({ batch, records }: BatchRequest) => {
    const response: BatchResponse = { batch, results: records.map((record) => jsonResult(record, scanner)) };
    port.postMessage(response);
  });
}
