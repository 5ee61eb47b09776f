import { describe, expect, it } from 'vitest';
import { readTextRecords } from '../../../src/cli/input/read-text';
import { chunksOf, collect } from '../run-cli';

describe('readTextRecords', () => {
  it('makes each line an ad and a blank line an "empty posting" error in its place', async () => {
    const records = await collect(readTextRecords(chunksOf('Nurse in Manila, apply by email\r\n', '  \n', 'Admin online Poipet, ทักไลน์ @x\n')));
    expect(records).toEqual([
      { kind: 'posting', line: 1, posting: 'Nurse in Manila, apply by email' },
      { kind: 'error', line: 2, error: { message: 'empty posting: the line is blank', issues: [] } },
      { kind: 'posting', line: 3, posting: 'Admin online Poipet, ทักไลน์ @x' },
    ]);
  });
});
