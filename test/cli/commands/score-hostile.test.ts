import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFiles, parseJsonLines, runCli, type TempFiles } from '../run-cli';

/**
 * Hostile and broken inputs the CLI meets in scraped corpora, through whole runs on files. (Line ends, BOMs,
 * UTF-16 text, NUL bytes and bad JSON lines are in score.test.ts.) Each record yields exactly one output in its
 * place, the run never crashes, and the exit status is 1 when any record failed.
 */
let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

const LURE = 'Customer service in Sihanoukville, free flight and visa, $1,500/month, Telegram @kh_hr';

describe('lurescan score: hostile input', () => {
  it('scores a 5 MB JSON line, cut and marked truncated, between ordinary records', async () => {
    const huge = JSON.stringify({ id: 'huge', title: 'Customer service', description: `${LURE} ${'😀 @x 0812-3456 '.repeat(330_000)}` });
    expect(huge.length).toBeGreaterThan(5_000_000);
    const path = await files.write('huge.jsonl', `${JSON.stringify(LURE)}\n${huge}\n{"title":["wrong"]}\n`);
    const run = await runCli(['score', path]);
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => result['line'])).toEqual([1, 2, 3]);
    expect(results[1]).toMatchObject({ id: 'huge', truncated: [{ field: 'description', originalLength: expect.any(Number) }] });
    expect(results[2]).toMatchObject({ error: { issues: [{ path: ['title'] }] } });
  });

  it('writes nothing and exits 0 for an empty file, in every input format', async () => {
    for (const name of ['empty.jsonl', 'empty.csv', 'empty.txt']) {
      const run = await runCli(['score', await files.write(name, '')]);
      expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    }
  });

  it('reports a CSV quote that is never closed in place, after the rows before it', async () => {
    const csv = 'title,description\nCook,Kitchen work in Dubai\nDriver,"Drive to Bavet, free visa\nNurse,Ward work\n';
    const run = await runCli(['score', await files.write('broken.csv', csv)]);
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => [result['line'], 'error' in result])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(results[1]).toMatchObject({ error: { message: expect.stringContaining('never closed: line 3 was not read; reading goes on at line 4') } });
  });

  it('loses at most the rows up to the next plausible record start to an unclosed quote: 997 of 1,000 ads are scored', async () => {
    const rows = Array.from({ length: 1_000 }, (_, index) => (index === 2 ? `Driver ${index},"Drive to Bavet, free visa` : `Cook ${index},Kitchen work in Leeds ${index}`));
    // The line after the open quote continues its cell (no comma): it is no record start, and is lost with it.
    rows.splice(3, 0, 'and a second line of the cell');
    const run = await runCli(['score', await files.write('open-quote.csv', `title,description\n${rows.join('\n')}\n`)]);
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results.filter((result) => 'error' in result).map((result) => result['line'])).toEqual([4]);
    expect(results.filter((result) => 'risk' in result)).toHaveLength(999);
    expect(results[2]).toMatchObject({ error: { message: expect.stringContaining('lines 4-5 were not read; reading goes on at line 6') } });
    expect(results.at(-1)).toMatchObject({ line: 1_002 });
  });

  it('turns binary junk, a lone surrogate and control characters into one result per line', async () => {
    const junk = Buffer.concat([
      Buffer.from('"\\ud800 lone surrogate, Sihanoukville"\n'),
      Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
      Buffer.from('{"text":"\\u0001\\u0002\\u001b[31m Bavet"}\n'),
      Buffer.from([0xc3, 0x28, 0x7b, 0x0a]),
    ]);
    const run = await runCli(['score', '--input', 'jsonl', await files.write('junk.jsonl', junk)]);
    expect(run.status).toBe(1);
    const results = parseJsonLines(run.stdout);
    expect(results.map((result) => [result['line'], 'error' in result])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, true],
    ]);
  });
});

const PACK_RULE = {
  id: 'board.crypto-task',
  title: 'Paid tasks in crypto',
  explanation: 'Our trust team sees task scams that pay in crypto.',
  category: 'board',
  severity: 'high',
  indicators: ['claim.explicit_scam_work'],
  sources: ['HK-CD'],
  match: { phrases: { en: ['usdt commission'] } },
  examples: { fire: ['USDT commission daily', 'usdt commission'], quiet: ['commission in USD', 'task list'] },
};

describe('lurescan score --rules', () => {
  it('runs a JSON or YAML rule pack beside the built-in rules', async () => {
    const json = await files.write('pack.json', JSON.stringify({ rules: [PACK_RULE] }));
    const yaml = await files.write(
      'pack.yaml',
      `rules:\n  - ${JSON.stringify(PACK_RULE)}\nallowlist:\n  employers:\n    - name: Acme\n      emailDomains: [acme.com]\n`,
    );
    for (const pack of [json, yaml]) {
      const run = await runCli(['score', '--input', 'text', '--rules', pack], { stdin: 'Daily USDT commission, easy tasks\n' });
      expect(run.status).toBe(0);
      expect(parseJsonLines(run.stdout)[0]?.['fired']).toMatchObject({ rules: expect.arrayContaining(['board.crypto-task']) });
    }
    const explain = await runCli(['explain', '--format', 'json', '--rules', json, 'Daily USDT commission']);
    expect(JSON.parse(explain.stdout)).toMatchObject({ fired: { rules: expect.arrayContaining(['board.crypto-task']) } });
  });

  it('refuses a bad pack before reading any input, naming the file, rule and field', async () => {
    const bad = await files.write('bad-pack.json', JSON.stringify({ rules: [{ ...PACK_RULE, match: { patterns: [{ regex: 'a(?=b)' }] } }] }));
    const run = await runCli(['score', '--input', 'text', '--rules', bad], { stdin: 'Cook in Dubai\n' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${bad} board.crypto-task match.patterns.0.regex: regex /a(?=b)/ refused: the lookahead (?=b) has no linear-time matching`);
    const notJson = await files.write('pack.json.txt', '{rules: ');
    expect((await runCli(['score', '--rules', notJson], { stdin: '' })).stderr).toMatch(/is not valid JSON/);
    expect((await runCli(['score', '--rules', `${files.dir}/missing.json`], { stdin: '' })).stderr).toMatch(/cannot read rule pack .*: no such file/);
  });

  it('runs the examples of a pack as it loads, reporting each that fails, before reading any input', async () => {
    const wrong = { ...PACK_RULE, examples: { fire: [...PACK_RULE.examples.fire, 'nothing to see here'], quiet: [...PACK_RULE.examples.quiet, PACK_RULE.examples.fire[0]] } };
    const pack = await files.write('wrong-examples.json', JSON.stringify({ rules: [wrong] }));
    const run = await runCli(['score', '--input', 'text', '--rules', pack], { stdin: 'Cook in Dubai\n' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${pack} board.crypto-task examples.fire.2: does not fire on its fire example "nothing to see here"`);
    expect(run.stderr).toMatch(/board\.crypto-task examples\.quiet\.2: fires on its quiet example/);
  });

  it('prints no escape sequence from a pack to the terminal: titles and explanations are sanitised', async () => {
    const evil = { ...PACK_RULE, title: 'Crypto \u001b]0;pwned\u0007task\u001b[2J', explanation: 'Read \u202Eevil\u202C this. \u001b[31mRed' };
    const pack = await files.write('escapes.json', JSON.stringify({ rules: [evil] }));
    const run = await runCli(['explain', '--rules', pack, String(PACK_RULE.examples.fire[0])]);
    expect(run.stdout).toContain('Crypto');
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u202E]/u);
  });
});
