import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearCopyGroups, shingleSet } from '../../../src/classify/train/near-copy-groups';

const template = 'We are hiring data entry clerks to work from home. Earn up to 500 dollars a week with flexible hours and no experience required.';

describe('nearCopyGroups', () => {
  it('puts a template and its light edits in one group, and unrelated ads in their own', () => {
    const groups = nearCopyGroups([
      template,
      template.replace('500', '700'),
      'Senior accountant for a mid-sized audit firm in Leeds; ACCA qualified, five years in practice, hybrid working.',
      `${template} Apply today!`,
    ]);
    expect([...groups]).toEqual([0, 0, 1, 0]);
  });

  it('joins chains of near-copies transitively', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const a = words.slice(0, 30).join(' ');
    const b = words.slice(5, 35).join(' ');
    const c = words.slice(10, 40).join(' ');
    expect([...nearCopyGroups([a, c, b])]).toEqual([0, 0, 0]);
  });

  it('ignores case and punctuation, and keeps empty texts apart', () => {
    expect([...nearCopyGroups(['Call NOW, earn $$$ fast!', 'call now earn fast', '', ''])]).toEqual([0, 0, 1, 2]);
  });

  it('numbers groups by first appearance, whatever the texts (a property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(template, 'Nurse wanted for night shifts at a care home', 'x y z', ''), { maxLength: 12 }), (texts) => {
        const groups = [...nearCopyGroups(texts)];
        groups.forEach((group, i) => expect(group).toBeLessThanOrEqual(Math.max(-1, ...groups.slice(0, i)) + 1));
        // Equal non-empty texts always share a group.
        texts.forEach((text, i) => texts.forEach((other, j) => text !== '' && text === other && expect(groups[i]).toBe(groups[j])));
      }),
    );
  });

  it('hashes five-word shingles, or the whole text when it is shorter', () => {
    expect(shingleSet('one two three four five six').size).toBe(2);
    expect(shingleSet('one two').size).toBe(1);
    expect(shingleSet('').size).toBe(0);
  });
});
