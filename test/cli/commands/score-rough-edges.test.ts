import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_HELP } from '../../../src/cli/help-text';
import { elementLines } from '../../../src/cli/input/read-json-array';
import { ProgressMeter } from '../../../src/cli/output/progress';
import { PassThrough } from 'node:stream';
import { makeTempFiles, parseJsonLines, runCli, type TempFiles } from '../run-cli';

/** What a new user hit on first trying the CLI (issue 13), each checked here. */
const NURSE = { id: 'n1', title: 'Staff Nurse', companyName: 'Mabuhay General Hospital', description: 'Registered nurses for our medical ward.' };
const LURE = 'Customer service in Sihanoukville, Cambodia. $1,500/month, no experience needed, free flight and visa. Telegram @hr_kh_88';

let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

describe('lurescan score: failed records are summed up on stderr', () => {
  it('says how many of how many failed, and where, in one line', async () => {
    const input = [JSON.stringify(NURSE), '{"title": 5}', JSON.stringify(LURE), 'not json', '', JSON.stringify(NURSE)].join('\n');
    const run = await runCli(['score'], { stdin: `${input}\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('lurescan score: 3 of 6 records failed (lines 2, 4, 5)\n');
  });

  it('names the first ten places and counts the rest, with the file when several are read', async () => {
    const bad = Array.from({ length: 13 }, () => '{').join('\n');
    const one = await runCli(['score', '--input', 'jsonl'], { stdin: `${bad}\n` });
    expect(one.stderr).toBe('lurescan score: 13 of 13 records failed (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, and 3 more)\n');
    const a = await files.write('a.jsonl', `${JSON.stringify(NURSE)}\n{\n`);
    const b = await files.write('b.jsonl', `{\n`);
    const two = await runCli(['score', a, b]);
    expect(two.stderr).toBe(`lurescan score: 2 of 3 records failed (${a}:2, ${b}:1)\n`);
  });

  it('counts the records scored on worker threads too', async () => {
    const input = [JSON.stringify(NURSE), '{', JSON.stringify(LURE), '7'].join('\n');
    const run = await runCli(['score', '--workers', '2'], { stdin: `${input}\n` });
    expect(run.stderr).toBe('lurescan score: 2 of 4 records failed (lines 2, 4)\n');
  });

  it('says nothing when every record was scored', async () => {
    const run = await runCli(['score'], { stdin: `${JSON.stringify(NURSE)}\n` });
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
});

describe('lurescan score: a .json file holding one JSON array', () => {
  it('reads each element as a record, numbered by the line it starts on', async () => {
    const path = await files.write('ads.json', `[\n  ${JSON.stringify(NURSE)},\n  ${JSON.stringify(LURE)},\n  42,\n  {"text": "Cook wanted"}\n]\n`);
    const run = await runCli(['score', path]);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => result['line'])).toEqual([2, 3, 4, 5]);
    expect(results.map((result) => ('error' in result ? 'error' : result['risk']))).toEqual(['low', 'critical', 'error', 'low']);
    expect(run.stderr).toBe('lurescan score: 1 of 4 records failed (line 4)\n');
  });

  it('still reads a .json file of JSON lines as JSON lines, and an array on stdin or with --input json', async () => {
    const lines = await files.write('lines.json', `${JSON.stringify(NURSE)}\n${JSON.stringify(LURE)}\n`);
    expect(parseJsonLines((await runCli(['score', lines])).stdout).map((result) => result['line'])).toEqual([1, 2]);
    const array = JSON.stringify([NURSE, LURE]);
    expect(parseJsonLines((await runCli(['score'], { stdin: array })).stdout)).toHaveLength(2);
    expect(parseJsonLines((await runCli(['score', '--input', 'json'], { stdin: ` ${array}` })).stdout)).toHaveLength(2);
  });

  it('reports an unparsable array as one error at line 1', async () => {
    const path = await files.write('broken.json', '[{"title": "Cook"},\n');
    const run = await runCli(['score', path]);
    const results = parseJsonLines(run.stdout);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ line: 1, error: { message: expect.stringMatching(/^invalid JSON/) } });
    expect(run.status).toBe(1);
  });

  it('finds where each element starts, past strings holding brackets, commas and escaped quotes', () => {
    expect(elementLines('[\n {"a": "x\\"], ["},\n "s",\n\n  [1, 2], 3\n]')).toEqual([2, 3, 5, 5]);
    expect(elementLines('[]')).toEqual([]);
  });
});

describe('lurescan explain --file posting.json', () => {
  it('scores the JSON posting, not its source text', async () => {
    const structured = { title: 'Customer service (Sihanoukville)', salary: '$1,500/month', description: 'No experience needed. Free flight and visa.', contact: 'Telegram @hr_kh_88' };
    const path = await files.write('posting.json', JSON.stringify(structured, null, 2));
    const run = await runCli(['explain', '--format', 'json', '--file', path]);
    expect(run.status).toBe(0);
    const verdict = JSON.parse(run.stdout) as { flags: { evidence: { field: string }[] }[] };
    const fields = new Set(verdict.flags.flatMap((flag) => flag.evidence.map((evidence) => evidence.field)));
    expect(fields.has('text')).toBe(false);
    expect(fields.has('description')).toBe(true);
    const text = await files.write('ad-text.json', JSON.stringify(LURE));
    expect((await runCli(['explain', '--format', 'json', '--file', text])).status).toBe(0);
  });

  it('says what is wrong with an invalid JSON posting, and exits 1', async () => {
    const path = await files.write('bad.json', '{"title": 7}');
    const run = await runCli(['explain', '--file', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not a valid posting:\n {2}title: /);
    const broken = await files.write('broken-posting.json', '{"title": ');
    expect((await runCli(['explain', '--file', broken])).stderr).toMatch(/invalid JSON/);
  });
});

describe('reading standard input from a terminal', () => {
  it('says so first, for score and explain, and only on a terminal', async () => {
    const score = await runCli(['score'], { stdin: `${JSON.stringify(NURSE)}\n`, stdinIsTTY: true });
    expect(score.stderr).toMatch(/^lurescan score: reading postings from standard input .*Ctrl-D/s);
    const explain = await runCli(['explain', '--format', 'json'], { stdin: LURE, stdinIsTTY: true });
    expect(explain.stderr).toMatch(/^lurescan explain: reading the ad from standard input/);
    expect((await runCli(['score'], { stdin: `${JSON.stringify(NURSE)}\n` })).stderr).toBe('');
    expect((await runCli(['explain', LURE], { stdinIsTTY: true })).stderr).toBe('');
  });
});

describe('the help', () => {
  it('gives examples that work outside this repository (no fixtures/)', () => {
    expect(MAIN_HELP).not.toContain('fixtures/');
    expect(MAIN_HELP).toMatch(/lurescan score ads\.jsonl/);
  });
});

describe('progress with a known input size', () => {
  it('shows the share read, the size and the time left', () => {
    const stream = new PassThrough();
    let now = 0;
    let read = 0;
    const meter = new ProgressMeter(stream, true, () => now, () => ({ read, total: 10 * 1024 * 1024 }));
    now = 1000;
    read = 2.5 * 1024 * 1024;
    meter.update(1200);
    expect(String(stream.read())).toBe('\r\u001b[2Klurescan: 1,200 records, 1,200/s, 25% of 10.0 MB, about 3 s left');
  });

  it('is drawn for files in a real run', async () => {
    const path = await files.write('many.txt', Array.from({ length: 40 }, (_, index) => `Cook number ${index} wanted in Dubai, free visa\n`).join(''));
    let now = 0;
    const run = await runCli(['score', path], { stderrIsTTY: true, now: () => (now += 50) });
    expect(run.stderr).toMatch(/lurescan: \d+ records, [\d,]+\/s, \d+% of [\d.]+ KB, about \d+ s left/);
  });
});
