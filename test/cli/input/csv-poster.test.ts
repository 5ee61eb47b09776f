import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldForColumn } from '../../../src/cli/input/csv-columns';
import { splitPosterCells } from '../../../src/cli/input/csv-poster';
import { readCsvRecords } from '../../../src/cli/input/read-csv';
import { chunksOf, collect } from '../run-cli';

const read = (csv: string) => collect(readCsvRecords(chunksOf(csv)));

describe('verified-poster columns in CSV', () => {
  it('takes the columns out of the posting and into the score context, in either spelling', async () => {
    const records = await read(
      [
        'id,title,description,verified_poster_account,verifiedPosterDomain',
        'a1,Driver,Deliveries around Da Nang.,acct-88,www.Example.VN',
        'a2,Cook,Hotel kitchen in Hue.,,',
        'a3,Clerk,Filing in Hanoi.,acct-90,',
      ].join('\n'),
    );
    expect(records[0]).toEqual({
      kind: 'posting',
      line: 2,
      posting: { id: 'a1', title: 'Driver', description: 'Deliveries around Da Nang.' },
      context: { poster: { account: 'acct-88', verifiedDomain: 'example.vn' } },
    });
    // Blank cells say nothing: no context at all, as for a JSON record without the key.
    expect(records[1]).toEqual({ kind: 'posting', line: 3, posting: { id: 'a2', title: 'Cook', description: 'Hotel kitchen in Hue.' } });
    expect(records[2]).toMatchObject({ line: 4, context: { poster: { account: 'acct-90' } } });
  });

  it('makes a malformed identity the error of its own row, naming the line and the column as the header writes it', async () => {
    const records = await read(
      [
        'id,title,description,Verified_Poster_Domain',
        `b1,Guard,Night shifts in Cebu.,${'x'.repeat(300)}.com`,
        'b2,Guard,Day shifts in Cebu.,cebu-guards.ph',
      ].join('\n'),
    );
    expect(records[0]).toMatchObject({ kind: 'error', line: 2, id: 'b1', error: { issues: [{ path: ['Verified_Poster_Domain'] }] } });
    expect(records[0]?.kind === 'error' ? records[0].error.message : '').toContain('Verified_Poster_Domain');
    expect(records[1]).toMatchObject({ kind: 'posting', line: 3, context: { poster: { verifiedDomain: 'cebu-guards.ph' } } });
  });

  it('never lets a poster column become a posting field, whatever the other columns', () => {
    const column = fc.stringMatching(/^[a-z][a-z_]{0,12}$/);
    fc.assert(
      fc.property(fc.array(column, { maxLength: 6 }), fc.array(fc.string(), { minLength: 8, maxLength: 8 }), (others, values) => {
        const header = [...others, 'verified_poster_account', 'verifiedPosterDomain'];
        const fields = header.map(fieldForColumn);
        const split = splitPosterCells(fields, header, values.slice(0, header.length));
        expect(split.fields).not.toContain('verifiedPosterAccount');
        expect(split.fields).not.toContain('verifiedPosterDomain');
        expect(split.fields.length).toBe(split.cells.length);
      }),
    );
  });
});
