/**
 * A worker thread of `lurescan score --workers N`: scores batches of records and sends back their JSON lines, in
 * the order received. Each worker builds its own scanner once, from the same rule pack and model files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../../index';
import { loadScannerOptions, type ScannerFiles } from '../scanner-files';
import { jsonResult } from './score-record';
import { WORKER_READY, type BatchRequest, type BatchResponse } from './worker-pool';

export type { BatchRequest, BatchResponse } from './worker-pool';

const port = parentPort;
if (port !== null) {
  // The main thread has already built a scanner from the same files, so they load here without error.
  const scanner = loadScannerOptions((workerData ?? {}) as ScannerFiles).then(createScanner);
  // Until this arrives the main thread scores every batch itself (a worker's start takes hundreds of milliseconds).
  void scanner.then(() => port.postMessage(WORKER_READY));
  // For the tests only: a worker that dies on a record holding this text, as one that runs out of memory does.
  const dieOn = process.env['LURESCAN_TEST_WORKER_EXIT_ON'];
  port.on('message', ({ batch, records }: BatchRequest) => {
    if (dieOn !== undefined && dieOn !== '' && records.some(({ record }) => JSON.stringify(record).includes(dieOn))) process.exit(70);
    void scanner.then((ready) => {
      const response: BatchResponse = { batch, results: records.map((record) => jsonResult(record, ready)) };
      port.postMessage(response);
    });
  });
}
