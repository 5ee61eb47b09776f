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
});
