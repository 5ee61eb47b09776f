import { describe, expect, it } from 'vitest';
import { jsonLineToRecord, readJsonlRecords } from '../../../src/cli/input/read-jsonl';
import { chunksOf, collect } from '../run-cli';

const record = (text: string) => jsonLineToRecord({ line: 7, text, tooLong: false });

describe('jsonLineToRecord', () => {
  it('reads a posting object or an ad as a JSON string', () => {
    expect(record('{"id":"a1","title":"Cook"}')).toEqual({ kind: 'posting', line: 7, posting: { id: 'a1', title: 'Cook' } });
    expect(record('"Việc nhẹ lương cao, liên hệ Zalo"')).toEqual({ kind: 'posting', line: 7, posting: 'Việc nhẹ lương cao, liên hệ Zalo' });
  });

  it('makes an error record of bad JSON, blank lines and values that are not postings', () => {
    expect(record('{"title": "Cook"')).toMatchObject({ kind: 'error', line: 7, error: { message: expect.stringMatching(/^invalid JSON: /) } });
    expect(record('   ')).toMatchObject({ kind: 'error', error: { message: 'empty posting: the line is blank', issues: [] } });
    expect(record('"  "')).toMatchObject({ kind: 'error', error: { message: 'empty posting: the string is blank' } });
    expect(record('42')).toMatchObject({ kind: 'error', error: { message: 'not a posting: expected a JSON object or string, got a number' } });
    expect(record('null')).toMatchObject({ kind: 'error', error: { message: expect.stringContaining('got null') } });
    expect(record('[{"title":"Cook"}]')).toMatchObject({ kind: 'error', error: { message: expect.stringContaining('got an array') } });
  });

  it('skips a byte-order mark at the start of a line (concatenated files)', () => {
    expect(record('\uFEFF{"title":"Cook"}')).toMatchObject({ kind: 'posting', posting: { title: 'Cook' } });
  });

  it('reports a line too long to read', () => {
    expect(jsonLineToRecord({ line: 2, text: '{"t', tooLong: true })).toMatchObject({ kind: 'error', line: 2 });
  });
});

describe('readJsonlRecords', () => {
  it('yields one record per physical line, in order', async () => {
    const records = await collect(readJsonlRecords(chunksOf('{"title":"A"}\r\n', '\n', 'nope\n"B"')));
    expect(records.map((r) => [r.line, r.kind])).toEqual([
      [1, 'posting'],
      [2, 'error'],
      [3, 'error'],
      [4, 'posting'],
    ]);
  });
});
