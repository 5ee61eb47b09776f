import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { templateGroups } from '../../../src/classify/train/template-groups';
import { parsePosting } from '../../../src/posting/parse-posting';
import type { PostingInput } from '../../../src/posting/posting-schema';

const profile =
  'Northwind Offshore is a global supplier of subsea equipment and engineering services to the energy industry, with ' +
  'offices in twelve countries and more than four thousand employees worldwide.';

function fieldsOf(posting: PostingInput) {
  const parsed = parsePosting(posting);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.parsed.fields;
}

describe('templateGroups', () => {
  it('joins ads that share an employer profile even when their job descriptions differ', () => {
    const groups = templateGroups([
      fieldsOf({ title: 'Pipeline engineer', companyProfile: profile, description: 'Design flowlines and risers for deepwater fields; ten years of experience.' }),
      fieldsOf({ title: 'Payroll clerk', description: 'Process weekly payroll for 300 staff in our Leeds office using Sage.' }),
      fieldsOf({ title: 'CAD operator', companyProfile: profile, description: 'Draft piping isometrics in AutoCAD Plant 3D for fabrication packages.' }),
    ]);
    expect([...groups]).toEqual([0, 1, 0]);
  });

  it('still joins near-copy bodies, and never joins two postings only because both lack a profile', () => {
    const body = 'Earn 500 dollars a week typing from home, no experience needed, message us on Telegram to start today.';
    const groups = templateGroups([
      fieldsOf({ title: 'Typist', description: body }),
      fieldsOf({ title: 'Chef', description: 'Head chef for a 60-cover bistro in Bristol; fresh seasonal menu, two AA rosettes.' }),
      fieldsOf(`${body} Limited places!`),
      fieldsOf({ title: 'Driver', description: 'Class 2 HGV driver for regional deliveries, Monday to Friday days.' }),
    ]);
    expect([...groups]).toEqual([0, 1, 0, 2]);
  });

  it('puts every posting sharing a profile or a body in one group, numbered by first appearance (a property)', () => {
    const profiles = [undefined, profile, 'Acme Staffing places warehouse and logistics staff across the Midlands since 1998, with over forty client sites.'];
    const bodies = [
      'Forklift operator for night shifts in our distribution centre, counterbalance licence required.',
      'Registered nurse for a 40-bed care home, days or nights, NMC pin required, paid training.',
      'Junior web developer to build React front ends for e-commerce clients, hybrid in Manchester.',
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.nat(2)), { minLength: 1, maxLength: 10 }), (pairs) => {
        const groups = [...templateGroups(pairs.map(([p, b]) => fieldsOf({ title: 'Job', companyProfile: profiles[p], description: bodies[b] })))];
        pairs.forEach(([p, b], i) =>
          pairs.forEach(([q, c], j) => {
            if (b === c || (p === q && p !== 0)) expect(groups[i]).toBe(groups[j]);
          }),
        );
        groups.forEach((group, i) => expect(group).toBeLessThanOrEqual(Math.max(-1, ...groups.slice(0, i)) + 1));
      }),
    );
  });
});
