import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { makeTempFiles, parseJsonLines, runCli } from '../run-cli';

const FIXTURE = 'fixtures/campaign-ads.jsonl';

describe('lurescan campaigns', () => {
  it('writes one line per campaign with members, template, contacts, places, dates and risk', async () => {
    const run = await runCli(['campaigns', FIXTURE, '--workers', '1']);
    expect(run.status).toBe(1); // line 7 is not a valid posting
    expect(run.stderr).toContain('line 7 (id bad): Invalid posting');
    expect(run.stderr).toContain('8 records, 2 campaigns of 6 postings, 1 records were not valid postings');
    const [lure, dental, ...rest] = parseJsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(lure?.members).toEqual([
      { id: 'lure-1', line: 1 },
      { id: 'lure-2', line: 3 },
      { id: 'lure-3', line: 4 },
      { id: 'handle-1', line: 6 },
    ]);
    expect(lure?.template).toMatchObject({
      text: expect.stringContaining('wanted in {{1}}. No experience needed'),
      slots: [
        { slot: 1, values: ['Bavet', 'Poipet', 'Sihanoukville'] },
        { slot: 2, values: ['dragon_jobs', 'asiabright', 'goldstar_hr'] },
      ],
    });
    expect(lure?.contacts).toContainEqual({ channel: 'telegram', value: '@dragon_jobs', members: 2 });
    expect(lure?.dates).toEqual({ first: '2025-02-27T00:00:00.000Z', last: '2025-03-09T00:00:00.000Z', members: 3 });
    expect(lure?.signals).toEqual({ employers: true, places: true, contactAcrossEmployers: true });
    expect((lure?.risk as { max: string }).max).toBe('critical');
    expect(dental?.members).toEqual([
      { id: 'honest-1', line: 2 },
      { id: 'honest-2', line: 5 },
    ]);
    expect(dental?.signals).toEqual({ employers: false, places: false, contactAcrossEmployers: false });
  });

  it('reads standard input, names files when given several, and gives the same campaigns on worker threads', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const fromStdin = await runCli(['campaigns', '--workers', '1'], { stdin: text });
    const onWorkers = await runCli(['campaigns', FIXTURE, '--workers', '2']);
    expect(fromStdin.stdout).toBe(onWorkers.stdout);
    const files = await makeTempFiles();
    try {
      const other = await files.write('more.jsonl', `${JSON.stringify({ id: 'x', text: 'Completely different ad, contact Telegram @asiabright now' })}\n`);
      const [first] = parseJsonLines((await runCli(['campaigns', FIXTURE, other, '--workers', '1'])).stdout);
      expect(first?.members).toContainEqual({ id: 'x', line: 1, file: other });
    } finally {
      await files.remove();
    }
  });

  it('refuses bad options with a usage error', async () => {
    expect((await runCli(['campaigns', FIXTURE, '--threshold', '2'])).stderr).toContain('--threshold must be a number in (0, 1]');
    expect((await runCli(['campaigns', FIXTURE, '--min-size', '1'])).status).toBe(2);
    expect((await runCli(['campaigns', 'no-such-file.jsonl'])).stderr).toContain('cannot read no-such-file.jsonl');
  });
});

describe('lurescan score --campaigns', () => {
  it('adds the campaign flag, citing other members, and leaves other verdicts as they were', async () => {
    const single = parseJsonLines((await runCli(['score', FIXTURE, '--workers', '1'])).stdout);
    const run = await runCli(['score', '--campaigns', FIXTURE, '--workers', '1']);
    expect(run.status).toBe(1);
    const batch = parseJsonLines(run.stdout);
    expect(batch).toHaveLength(single.length);
    const flagOf = (result: Record<string, unknown> | undefined) => (result?.flags as { id: string; campaign?: { members: { id: string }[] }; evidence: { text: string }[] }[] | undefined)?.find((flag) => flag.id === 'campaign.mass-template');
    for (const [index, result] of batch.entries()) {
      const flag = flagOf(result);
      if (['lure-1', 'lure-2', 'lure-3', 'handle-1'].includes(String(result.id))) {
        expect(flag?.campaign?.members.map((member) => member.id)).not.toContain(result.id);
        expect(flag?.campaign?.members).toHaveLength(3);
        expect(result.score as number).toBeGreaterThanOrEqual(single[index]?.score as number);
      } else {
        expect(flag).toBeUndefined();
        expect(result).toEqual(single[index]);
      }
    }
    expect(flagOf(batch[2])?.evidence.map((evidence) => evidence.text)).toEqual(['Lucky Dragon Group', 'Bavet', 'Telegram @dragon_jobs']);
  });

  it('refuses --campaigns with pretty output', async () => {
    expect((await runCli(['score', '--campaigns', '--format', 'pretty', FIXTURE])).status).toBe(2);
  });
});

describe('lurescan campaigns --score-members', () => {
  it('scores only the first N members of each campaign, and says how many', async () => {
    const [lure] = parseJsonLines((await runCli(['campaigns', FIXTURE, '--workers', '1', '--score-members', '2'])).stdout);
    expect((lure?.risk as { scored: number }).scored).toBe(2);
    const [all] = parseJsonLines((await runCli(['campaigns', FIXTURE, '--workers', '1', '--score-members', 'all'])).stdout);
    expect((all?.risk as { scored: number }).scored).toBe(4);
    const [none] = parseJsonLines((await runCli(['campaigns', FIXTURE, '--workers', '1', '--score-members', '0'])).stdout);
    expect(none?.risk).toBeNull();
    expect((await runCli(['campaigns', FIXTURE, '--score-members', 'some'])).stderr).toContain("--score-members must be a whole number or 'all'");
  });
});

describe('lurescan score campaign options', () => {
  it('refuses a campaign option without --campaigns', async () => {
    const run = await runCli(['score', FIXTURE, '--threshold', '0.4']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--threshold applies only with --campaigns');
  });
});
