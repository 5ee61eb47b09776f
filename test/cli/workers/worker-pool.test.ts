import { afterEach, describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/index';
import { jsonResult, type JsonResult, type LocatedRecord } from '../../../src/cli/workers/score-record';
import { WorkerPool } from '../../../src/cli/workers/worker-pool';

const scanner = createScanner();

function records(count: number, crashAt?: number): LocatedRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    record: {
      kind: 'posting',
      line: index + 1,
      posting: {
        id: `ad-${index}`,
        title: 'Cook',
        description: `Kitchen work in Leeds, shift ${index}.${index === crashAt ? ' CRASH-THIS-WORKER' : ''}`,
      },
    },
    location: { line: index + 1 },
  }));
}

/** A score pool of one worker beside the main thread, counting the records the main thread scored. */
function scorePool(): { pool: WorkerPool; localLines: number[] } {
  const localLines: number[] = [];
  const local = (items: LocatedRecord[]): JsonResult[] =>
    items.map((item) => {
      localLines.push(item.location.line);
      return jsonResult(item, scanner);
    });
  const lost = ({ location }: LocatedRecord, reason: string): JsonResult => ({
    text: `${JSON.stringify({ ...location, error: reason })}\n`,
    risk: null,
    failedAt: location,
  });
  return { pool: new WorkerPool(1, {}, 'score-worker', {}, { local, lost }), localLines };
}

async function run(pool: WorkerPool, items: readonly LocatedRecord[]): Promise<Record<string, unknown>[]> {
  const results: JsonResult[] = [];
  for (const item of items) results.push(...(await pool.push(item)));
  results.push(...(await pool.drain()));
  return results.map((result) => JSON.parse(result.text) as Record<string, unknown>);
}

let open: WorkerPool | undefined;
afterEach(async () => {
  await open?.close();
  delete process.env['LURESCAN_TEST_WORKER_EXIT_ON'];
});

describe('WorkerPool with the main thread as a scorer', () => {
  it('scores on the main thread alone while the worker is still building its scanner', async () => {
    const { pool, localLines } = scorePool();
    open = pool;
    // Three batches, pushed at once: no worker can have imported the scanner in that time.
    const out = await run(pool, records(3 * 64));
    expect(out.map((row) => row['line'])).toEqual(Array.from({ length: 3 * 64 }, (_, index) => index + 1));
    expect(localLines.slice(0, 64)).toEqual(Array.from({ length: 64 }, (_, index) => index + 1));
    expect(out.every((row) => typeof row['risk'] === 'string')).toBe(true);
  });

  it('loses only the batch a worker died on, in place, once the worker is ready; a new worker goes on', async () => {
    process.env['LURESCAN_TEST_WORKER_EXIT_ON'] = 'CRASH-THIS-WORKER';
    const { pool, localLines } = scorePool();
    open = pool;
    await pool.whenReady();
    const out = await run(pool, records(400, 9));
    expect(out.map((row) => row['line'])).toEqual(Array.from({ length: 400 }, (_, index) => index + 1));
    // A ready worker with nothing queued takes the first batch, and dies on it: only those 64 records are lost.
    const lost = out.filter((row) => 'error' in row).map((row) => row['line']);
    expect(lost).toEqual(Array.from({ length: 64 }, (_, index) => index + 1));
    expect(localLines).not.toContain(10);
    expect(out.at(-1)).toMatchObject({ line: 400, risk: expect.any(String) });
  });
});
