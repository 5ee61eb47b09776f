import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../../src/cli/workers/worker-exec-argv';

describe('workerExecArgv', () => {
  it('drops inspector, profiler, heap-size and report flags, with their values', () => {
    expect(
      workerExecArgv([
        '--inspect=9229',
        '--inspect-port',
        '9230',
        '--cpu-prof',
        '--cpu-prof-dir',
        '/tmp/prof',
        '--max-old-space-size=4096',
        '--max_semi_space_size=64',
        '--heapsnapshot-near-heap-limit=2',
        '--title',
        'lurescan',
      ]),
    ).toEqual([]);
  });

  it('keeps the flags that shape how code loads, in order', () => {
    const kept = ['--enable-source-maps', '--import', 'tsx', '--conditions=development', '--no-warnings'];
    expect(workerExecArgv(['--inspect', ...kept, '--prof'])).toEqual(kept);
  });

  it('drops V8 flags, which a worker refuses and which hold for its thread anyway', () => {
    const kept = ['--enable-source-maps', '--import', 'tsx'];
    expect(workerExecArgv(['--heap-growing-percent=30', ...kept, '--optimize_for_size', '--stack-trace-limit=50', '--expose-gc'])).toEqual(kept);
  });

  it('gives a worker only flags it accepts', async () => {
    const { Worker } = await import('node:worker_threads');
    const execArgv = workerExecArgv(['--heap-growing-percent=30', '--enable-source-maps', '--stack-trace-limit=50', '--no-warnings', '--max-semi-space-size=2']);
    const worker = new Worker('require("node:worker_threads").parentPort.postMessage("up")', { eval: true, execArgv });
    await expect(new Promise((resolve) => worker.once('message', resolve))).resolves.toBe('up');
    await worker.terminate();
  });
});
