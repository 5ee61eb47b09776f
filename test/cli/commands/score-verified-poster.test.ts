import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFiles, parseJsonLines, runCli, type TempFiles } from '../run-cli';

// A board's own employer, and its honest ad that still trips identity rules (a messenger contact, a shortened link).
const PACK = { rules: [], allowlist: { employers: [{ name: 'Mekong Logistics Co., Ltd.', accounts: ['acct-4471'], websiteDomains: ['mekonglogistics.com.kh'] }] } };
const AD = {
  title: 'Warehouse supervisor',
  companyName: 'Mekong Logistics Co Ltd',
  description: 'Supervise a team of 12 in our Phnom Penh warehouse. Apply at careers.mekonglogistics.com.kh or bit.ly/mkl-jobs.',
  contact: 'hr@mekonglogistics.com.kh, WhatsApp +855 12 345 678',
};

let files: TempFiles;
beforeAll(async () => {
  files = await makeTempFiles();
});
afterAll(() => files.remove());

describe('score with a verifiedPoster key in JSON records', () => {
  it('verifies the employer only from the record key the board writes, never from the ad', async () => {
    const pack = await files.write('pack.json', JSON.stringify(PACK));
    const input = await files.write(
      'ads.jsonl',
      [
        JSON.stringify({ ...AD, id: 'by-account', verifiedPoster: { account: 'acct-4471' } }),
        JSON.stringify({ ...AD, id: 'by-domain', verifiedPoster: { verifiedDomain: 'careers.mekonglogistics.com.kh' } }),
        JSON.stringify({ ...AD, id: 'unverified' }),
        JSON.stringify({ ...AD, id: 'bad', verifiedPoster: { verifiedDomain: 7 } }),
      ].join('\n'),
    );
    const run = await runCli(['score', input, '--rules', pack]);
    const out = parseJsonLines(run.stdout);
    expect(out.map((record) => record['id'])).toEqual(['by-account', 'by-domain', 'unverified', 'bad']);
    expect(out[0]?.['allowlisted']).toMatchObject({ matchedBy: { channel: 'account', value: 'acct-4471' } });
    expect(out[1]?.['allowlisted']).toMatchObject({ matchedBy: { channel: 'domain' } });
    expect(out[2]).not.toHaveProperty('allowlisted');
    // A malformed identity is the record's error, named by its field: it never verifies, and the run goes on.
    expect(JSON.stringify(out[3])).toContain('verifiedPoster.verifiedDomain');
    expect(out[3]).not.toHaveProperty('allowlisted');
    expect(run.status).toBe(1);
  });

  it('reads the same identity from CSV columns, and the text of the ad verifies nothing', async () => {
    const pack = await files.write('pack.json', JSON.stringify(PACK));
    const cells = (id: string, account: string, domain: string) =>
      [id, AD.title, AD.companyName, AD.description, AD.contact, account, domain].map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
    const input = await files.write(
      'ads.csv',
      [
        'id,title,company_name,description,contact,verified_poster_account,verified_poster_domain',
        cells('by-account', 'acct-4471', ''),
        cells('by-domain', '', 'careers.mekonglogistics.com.kh'),
        cells('unverified', '', ''),
        cells('bad', ' ', 'x'.repeat(254)),
      ].join('\n'),
    );
    const run = await runCli(['score', input, '--rules', pack]);
    const out = parseJsonLines(run.stdout);
    expect(out.map((record) => record['line'])).toEqual([2, 3, 4, 5]);
    expect(out[0]?.['allowlisted']).toMatchObject({ matchedBy: { channel: 'account', value: 'acct-4471' } });
    expect(out[1]?.['allowlisted']).toMatchObject({ matchedBy: { channel: 'domain' } });
    expect(out[2]).not.toHaveProperty('allowlisted');
    expect(out[3]).toMatchObject({ line: 5, id: 'bad', error: { issues: [{ path: ['verified_poster_domain'] }] } });
    expect(run.stderr).toContain('1 of 4 records failed (line 5)');
    expect(run.status).toBe(1);
  });
});
