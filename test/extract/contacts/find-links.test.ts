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
