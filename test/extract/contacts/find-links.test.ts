import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../src/extract/contacts/find-links';
import { foldText } from '../../../src/normalise/folded-text';

const linksIn = (original: string): string[] =>
  findLinks({ field: 'description', text: foldText(original) }).map((link) => `${link.channel}=${link.value}`);

describe('findLinks', () => {
  it.each([
    ['https://careers.example.org/apply?id=12', 'url=https://careers.example.org/apply?id=12'],
    ['www.example.com.', 'url=www.example.com'],
    ['jobs-asia.xyz/apply', 'url=jobs-asia.xyz/apply'],
    ['recruit.vip', 'url=recruit.vip'],
    ['example.com.my', 'url=example.com.my'],
    ['karir.co.id', 'url=karir.co.id'],
    ['bit.ly/3abcDEF', 'url=bit.ly/3abcDEF'],
    ['t.me/hr_jobs', 'telegram=t.me/hr_jobs'],
    ['lin.ee/AbCd123', 'line=lin.ee/AbCd123'],
    ['fb.com/jobs.ph', 'facebook=fb.com/jobs.ph'],
  ])('reads %s', (original, expected) => {
    expect(linksIn(original)).toEqual([expected]);
  });

  it.each([
    'e.g. Node.js and ASP.NET or VB.NET',
    'Ph.D. or B.Tech. preferred; U.S. based',
    'We value our role.In addition we pay well', // sentences glued together
    'Shifts start every day.No weekends',
    'Listed in Hong Kong (stock code 06188.HK)',
    'Send resume.docx and cover.pdf',
    'My.Name and script.py',
  ])('does not read "%s" as a link', (original) => {
    expect(linksIn(original)).toEqual([]);
  });

  it('does not read the domain of an email address as a link', () => {
    expect(linksIn('hr.jobs@example.com')).toEqual([]);
  });
});

describe('findLinks on text with no host in it', () => {
  // Text without a dot between a label character and two letters is not searched at all: it must hold no link that
  // a search would find. With a link added after it, the whole text is searched.
  it('finds in a text what it finds in the same text followed by a link (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'w', '1', '.', '-', '/', ':', '@', ' ', 'ww', 'http', '.c', 'o.', 'é');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        const alone = findLinks({ field: 'description', text: foldText(text) });
        // "<" ends any link, and folds to itself: the text's folding is a prefix of the whole's.
        const end = foldText(text).folded.length;
        const searched = findLinks({ field: 'description', text: foldText(`${text}<x.com`) }).filter((link) => link.start < end);
        // Candidates read their value and host when asked: compared by what they answer.
        const answers = (links: typeof alone): unknown[] =>
          links.map(({ channel, value, host, country, start, end }) => ({ channel, value, host, country, start, end }));
        expect(answers(alone)).toEqual(answers(searched));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads no link from sentences, and still reads a bare domain', () => {
    expect(findLinks({ field: 'description', text: foldText('Apply now. Pay is good. e.g. hours vary.') })).toEqual([]);
    expect(findLinks({ field: 'description', text: foldText('Apply at acme-jobs.com today') }).map((link) => link.value)).toEqual(['acme-jobs.com']);
  });
});
