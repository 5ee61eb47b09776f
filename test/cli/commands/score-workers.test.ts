import { describe, expect, it } from 'vitest';
import { parseJsonLines, runCli } from '../run-cli';

// Ads of very different lengths, so that batches finish out of order on the workers, and bad records among them.
function mixedInput(count: number): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    if (index % 37 === 5) lines.push('{"title": 42}');
    else if (index % 53 === 7) lines.push('{not json');
    else {
      const body = 'Work in Sihanoukville, free visa and flight, contact telegram @hr_team. '.repeat(1 + (index % 23) * 8);
      lines.push(JSON.stringify({ id: `ad-${index}`, title: `Customer service ${index}`, description: body }));
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('lurescan score --workers', () => {
  it('writes one result per record, in input order, with bad records as errors in place', async () => {
    const count = 300;
    const input = mixedInput(count);
    const single = await runCli(['score', '--workers', '1'], { stdin: input });
    const pooled = await runCli(['score', '--workers', '2'], { stdin: input });

    const rows = parseJsonLines(pooled.stdout);
    expect(rows.map((row) => row.line)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    expect(rows[5]).toMatchObject({ line: 6, error: { issues: [{ path: ['title'] }] } });
    expect(rows[7]).toMatchObject({ line: 8, error: {} });
    expect(rows[10]).toMatchObject({ line: 11, id: 'ad-10', risk: expect.any(String) });
    // Workers change where scoring runs, never what it says.
    expect(pooled.stdout).toBe(single.stdout);
    expect(pooled.status).toBe(1);
    expect(single.status).toBe(1);
  });

  it('turns only the in-flight records of a crashed worker into error records, in place, and goes on', async () => {
    // Every record of the eleventh batch (lines 641-704) kills the worker that scores it. Whether that batch goes to
    // the worker or stays on the main thread depends on when the worker is ready (test/cli/workers/worker-pool.test.ts
    // pins that down); either way every line has its output, in order, and a crash costs exactly that batch.
    const count = 1_500;
    const marked = (index: number): boolean => index >= 640 && index < 704;
    const lines = Array.from({ length: count }, (_, index) =>
      JSON.stringify({ id: `ad-${index}`, title: 'Cook', description: `Kitchen work in Leeds, shift ${index}.${marked(index) ? ' CRASH-THIS-WORKER' : ''}` }),
    );
    process.env['LURESCAN_TEST_WORKER_EXIT_ON'] = 'CRASH-THIS-WORKER';
    let run;
    try {
      run = await runCli(['score', '--workers', '2'], { stdin: `${lines.join('\n')}\n` });
    } finally {
      delete process.env['LURESCAN_TEST_WORKER_EXIT_ON'];
    }
    const rows = parseJsonLines(run.stdout);
    expect(rows.map((row) => row.line)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    const lost = rows.filter((row) => 'error' in row);
    expect(rows.filter((row) => 'risk' in row).length).toBe(count - lost.length);
    expect(rows.at(-1)).toMatchObject({ line: count, risk: expect.any(String) });
    if (lost.length === 0) {
      expect(run.status).toBe(0);
      return;
    }
    expect(lost.map((row) => row.line)).toEqual(Array.from({ length: 64 }, (_, index) => 641 + index));
    expect(lost[0]).toMatchObject({ id: 'ad-640', error: { message: expect.stringContaining('scoring worker stopped') } });
    // Records failed, the run did not: exit 1, not 3.
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/records failed/);
  });

  it('refuses a worker count that is not a positive whole number', async () => {
    for (const value of ['0', '-2', '1.5', 'many']) {
      const run = await runCli(['score', `--workers=${value}`], { stdin: '{"text":"hello"}\n' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--workers must be a whole number');
    }
  });
});
