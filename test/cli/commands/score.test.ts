import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScore } from '../../../src/cli/commands/score';
import { main } from '../../../src/cli/main';
import { createScanner, type Scanner } from '../../../src/index';
import { makeTempFiles, parseJsonLines, runCli, type TempFiles } from '../run-cli';

const NURSE = {
  id: 'ph-nurse-1',
  title: 'Staff Nurse',
  companyName: 'Mabuhay General Hospital',
  location: 'Manila, Philippines',
  description: 'Registered nurses for our medical ward. PRC licence required; HMO and 13th-month pay.',
};
const LURE =
  'URGENT HIRING customer service in Sihanoukville, Cambodia. Salary $1,500/month, no experience needed. Free flight ticket, visa and housing provided. Contact Telegram @hr_asia_jobs88';

const EMSCAD_HEADER =
  'job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent';

let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

describe('lurescan score: JSON lines', () => {
  it('writes one result per record in input order, errors in place, and exits 1 when any record fails', async () => {
    const input = [
      `\uFEFF${JSON.stringify(NURSE)}`,
      '{"id":"cut-off","title":"Cook"',
      '42',
      '{"id":"t5","title":5}',
      '{}',
      '',
      JSON.stringify(LURE),
      'null',
      JSON.stringify({ id: 7, text: 'Factory work in Dongguan, 包吃住, monthly salary 6000 yuan' }),
    ].join('\r\n');
    const run = await runCli(['score'], { stdin: `${input}\r\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('lurescan score: 6 of 9 records failed (lines 2, 3, 4, 5, 6, 8)\n');
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => result['line'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results.map((result) => ('error' in result ? 'error' : 'verdict'))).toEqual([
      'verdict',
      'error',
      'error',
      'error',
      'error',
      'error',
      'verdict',
      'error',
      'verdict',
    ]);
    expect(results[0]).toMatchObject({ line: 1, id: 'ph-nurse-1', score: expect.any(Number), risk: expect.any(String), flags: expect.any(Array) });
    expect(results[1]).toEqual({ line: 2, error: { message: expect.stringMatching(/^invalid JSON: /), issues: [] } });
    expect(results[2]).toEqual({ line: 3, error: { message: 'not a posting: expected a JSON object or string, got a number', issues: [] } });
    expect(results[3]).toEqual({ line: 4, id: 't5', error: { message: expect.stringContaining('title'), issues: [{ path: ['title'], message: expect.any(String) }] } });
    expect(results[4]).toEqual({ line: 5, error: { message: expect.any(String), issues: [{ path: [], message: expect.stringContaining('at least one text field') }] } });
    expect(results[5]).toEqual({ line: 6, error: { message: 'empty posting: the line is blank', issues: [] } });
    expect(results[6]).not.toHaveProperty('id');
    expect((results[6]?.['flags'] as unknown[]).length).toBeGreaterThan(0);
    expect(results[8]).toMatchObject({ line: 9, id: 7 });
  });

  it('exits 0 when every record is scored, and reads a .jsonl file like standard input', async () => {
    const content = `${JSON.stringify(NURSE)}\n${JSON.stringify(LURE)}\n`;
    const path = await files.write('ads.jsonl', content);
    const fromFile = await runCli(['score', path]);
    const fromStdin = await runCli(['score', '-'], { stdin: content });
    expect(fromFile.status).toBe(0);
    expect(fromFile).toEqual(fromStdin);
    expect(parseJsonLines(fromFile.stdout)).toHaveLength(2);
  });

  it('scores the sample ads of the README quick start', async () => {
    const run = await runCli(['score', 'fixtures/sample-ads.jsonl']);
    expect(run.status).toBe(0);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => result['line'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(results.every((result) => typeof result['id'] === 'string' && typeof result['score'] === 'number')).toBe(true);
    // The first four are honest ads, the rest lures: the quick start should show the difference.
    const scores = results.map((result) => result['score'] as number);
    expect(Math.max(...scores.slice(0, 4))).toBeLessThan(Math.min(...scores.slice(4)));
  });

  it('survives NUL bytes: a raw NUL makes that JSON line an error, an escaped one is scored', async () => {
    const run = await runCli(['score', '--input', 'jsonl'], { stdin: '{"title":"Cook\u0000"}\n{"title":"Cook\\u0000 in Dubai"}\n' });
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results[0]).toMatchObject({ line: 1, error: { message: expect.stringMatching(/^invalid JSON/) } });
    expect(results[1]).toMatchObject({ line: 2, score: expect.any(Number) });
  });
});

describe('lurescan score: CSV', () => {
  const csv = [
    EMSCAD_HEADER,
    '101,Staff Nurse,"Manila, PH",Nursing,,Mabuhay General Hospital,Care for patients on the medical ward.,PRC licence,HMO,0,1,1,Full-time,Associate,Bachelor\'s Degree,Hospital & Health Care,Health Care Provider,0',
    '102,Customer Service,"Sihanoukville, KH",,"$1,500/month",,"URGENT HIRING!!!',
    'No experience needed. Free flight ticket, visa and housing provided.',
    'Contact Telegram @hr_asia_jobs88",,,f,0,0,,,,,,1',
    '103,Data entry,,,,,Work from home typing forms,,,true,maybe,false,Part-time,,,,,1',
    '104,Driver,Dubai',
    '105,Warehouse Assistant,"Dubai, AE",,AED 3000,,Loading and unloading,,,0,1,0,Full-time,,,,,0',
  ].join('\r\n');

  it('maps EMSCAD columns, places each row at its start line, and reports bad rows in place', async () => {
    const path = await files.write('postings.csv', `${csv}\r\n`);
    const run = await runCli(['score', path]);
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => result['line'])).toEqual([2, 3, 6, 7, 8]);
    expect(results[0]).toMatchObject({ id: '101', score: expect.any(Number) });
    expect(results[1]).toMatchObject({ id: '102', score: expect.any(Number) });
    expect((results[1]?.['flags'] as unknown[]).length).toBeGreaterThan(0);
    expect(results[2]).toEqual({
      line: 6,
      id: '103',
      error: { message: expect.stringContaining('hasCompanyLogo'), issues: [{ path: ['hasCompanyLogo'], message: expect.stringContaining('"maybe"') }] },
    });
    expect(results[3]).toEqual({ line: 7, error: { message: 'the row has 3 cells but the header has 18', issues: [] } });
    expect(results[4]).toMatchObject({ line: 8, id: '105' });
  });

  it('recognises CSV on standard input by its header', async () => {
    const run = await runCli(['score'], { stdin: `${csv}\r\n` });
    expect(parseJsonLines(run.stdout).map((result) => result['line'])).toEqual([2, 3, 6, 7, 8]);
  });
});

describe('lurescan score: plain text', () => {
  it('scores one ad per line and reports a blank line as an empty posting in its place', async () => {
    const path = await files.write('telegram-dump.txt', `${LURE}\n\nNurse wanted in Manila, apply by email\n`);
    const run = await runCli(['score', path]);
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => result['line'])).toEqual([1, 2, 3]);
    expect(results[1]).toEqual({ line: 2, error: { message: 'empty posting: the line is blank', issues: [] } });
    expect(results[2]).toMatchObject({ score: expect.any(Number) });
  });

  it('takes --input text over sniffing, and scores a line with a NUL byte', async () => {
    const run = await runCli(['score', '--input', 'text'], { stdin: `{"title":"not parsed as JSON"}\nCook in Dubai\u0000, free visa\n` });
    expect(run.status).toBe(0);
    expect(parseJsonLines(run.stdout).map((result) => result['line'])).toEqual([1, 2]);
  });

  it('decodes UTF-16 files (LE and BE, with a byte-order mark) to the same results as UTF-8', async () => {
    const content = `${LURE}\r\nTuyển gấp đi Campuchia, việc nhẹ lương cao, liên hệ Zalo\r\n`;
    const utf8 = await files.write('ads-utf8.txt', content);
    const le = await files.write('ads-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]));
    const be = await files.write('ads-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(content, 'utf16le').swap16()]));
    const expected = await runCli(['score', utf8]);
    expect(expected.status).toBe(0);
    expect(await runCli(['score', le])).toEqual(expected);
    expect(await runCli(['score', be])).toEqual(expected);
  });

  it('detects UTF-16 without a byte-order mark, so the records stay the same', async () => {
    const content = `${LURE}\r\nCook wanted in Leeds, kitchen shifts, apply in person\r\nTuyển gấp đi Campuchia, liên hệ Zalo\r\n`;
    const expected = await runCli(['score', await files.write('plain-utf8.txt', content)]);
    expect(parseJsonLines(expected.stdout)).toHaveLength(3);
    const le = await files.write('plain-utf16le.txt', Buffer.from(content, 'utf16le'));
    const be = await files.write('plain-utf16be.txt', Buffer.from(content, 'utf16le').swap16());
    expect(await runCli(['score', le])).toEqual(expected);
    expect(await runCli(['score', be])).toEqual(expected);
  });
});

describe('lurescan score: several files', () => {
  it('names the file of each result, reports a missing file on stderr, scores the others and exits 2', async () => {
    const first = await files.write('first.jsonl', `${JSON.stringify(NURSE)}\n`);
    const second = await files.write('second.txt', `${LURE}\n`);
    const missing = `${files.dir}/missing.jsonl`;
    const run = await runCli(['score', first, missing, second]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`lurescan score: cannot read ${missing}: no such file\n`);
    expect(parseJsonLines(run.stdout).map((result) => [result['file'], result['line']])).toEqual([
      [first, 1],
      [second, 1],
    ]);
  });

  it('refuses to read standard input twice', async () => {
    expect((await runCli(['score', '-', '-'])).status).toBe(2);
  });
});

describe('lurescan score --format pretty', () => {
  const input = `${JSON.stringify({ id: 'kh-lure', text: LURE })}\n{"id":"t5","title":5}\n`;

  it('shows each flag with the quoted words in [[brackets]] off a terminal, then a summary', async () => {
    const json = parseJsonLines((await runCli(['score'], { stdin: input })).stdout);
    const flags = json[0]?.['flags'] as { title: string; severity: string; evidence: { text: string }[] }[];
    const run = await runCli(['score', '--format', 'pretty'], { stdin: input });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toContain('kh-lure (line 1)\n  Risk: ');
    expect(flags.some((flag) => flag.evidence.length > 0)).toBe(true);
    for (const flag of flags) {
      expect(run.stdout).toContain(`[${flag.severity}] ${flag.title}`);
      const [quote] = flag.evidence;
      if (quote !== undefined) expect(run.stdout).toContain(`[[${quote.text.replace(/\s+/g, ' ')}]]`);
    }
    expect(run.stdout).toContain('t5 (line 2)\n  ERROR ');
    expect(run.stdout).toMatch(/1 posting scored: .*\. 1 record could not be scored\.\n$/);
  });

  it('colours and highlights on a terminal, unless NO_COLOR is set', async () => {
    const tty = await runCli(['score', '--format', 'pretty'], { stdin: input, isTTY: true });
    expect(tty.stdout).toContain('\u001b[1;7m');
    expect(tty.stdout).not.toContain('[[');
    const noColor = await runCli(['score', '--format', 'pretty'], { stdin: input, isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    expect(noColor.stdout).toContain('[[');
  });
});

describe('lurescan score: progress and output', () => {
  const manyAds = Array.from({ length: 30 }, (_, index) => `Cook number ${index} wanted in Dubai, free visa\n`).join('');

  it('shows progress on stderr only when stderr is a terminal and results are not, and clears it', async () => {
    let now = 0;
    const clock = () => (now += 50);
    const shown = await runCli(['score', '--input', 'text'], { stdin: manyAds, stderrIsTTY: true, now: clock });
    expect(shown.stderr).toMatch(/lurescan: \d+ records, \d+\/s/);
    expect(shown.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(parseJsonLines(shown.stdout)).toHaveLength(30);
    expect((await runCli(['score', '--input', 'text'], { stdin: manyAds, now: clock })).stderr).toBe('');
    expect((await runCli(['score', '--input', 'text'], { stdin: manyAds, stderrIsTTY: true, isTTY: true, now: clock })).stderr).toBe('');
  });

  it('stops quietly when the output is closed (a pipe to `head`)', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const errors = text(stderr);
    stdin.end(manyAds);
    stdout.once('data', () => stdout.destroy());
    const status = await main(['score', '--input', 'text'], { stdin, stdout, stderr, isTTY: false });
    stderr.end();
    expect(status).toBe(0);
    expect(await errors).toBe('');
  });
});

describe('lurescan score: a scanner failure', () => {
  it('becomes the error of that record only, and scoring goes on', async () => {
    const real = createScanner();
    // The real scanner, made to throw on one posting, as a bug in a rule might.
    const flaky: Scanner = {
      ...real,
      safeScore: (input) => {
        if (input === 'trips the bug') throw new RangeError('Maximum call stack size exceeded');
        return real.safeScore(input);
      },
    };
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const output = text(stdout);
    stdin.end('Cook in Dubai\ntrips the bug\nNurse in Manila\n');
    const status = await runScore(['--input', 'text'], { io: { stdin, stdout, stderr, isTTY: false }, scanner: () => flaky });
    stdout.end();
    expect(status).toBe(1);
    const results = parseJsonLines(await output);
    expect(results.map((result) => result['line'])).toEqual([1, 2, 3]);
    expect(results[1]).toEqual({ line: 2, error: { message: 'internal error while scoring: Maximum call stack size exceeded', issues: [] } });
    expect(results[2]).toMatchObject({ score: expect.any(Number) });
  });
});
