import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/args';
import { createLabelReader } from '../../../src/cli/evaluate/label-reader';

const AD = 'Cook wanted, Bangkok';

describe('createLabelReader', () => {
  it('reads 1/0, true/false, t/f and yes/no by default, as numbers, booleans or text in any case', () => {
    const reader = createLabelReader({ field: 'fraudulent' });
    const read = (value: unknown) => reader.read({ text: AD, fraudulent: value });
    for (const value of [1, '1', true, 'TRUE', 't', ' yes ', 'Y']) expect(read(value)).toEqual({ success: true, positive: true });
    for (const value of [0, '0', false, 'False', 'f', 'no', 'N']) expect(read(value)).toEqual({ success: true, positive: false });
  });

  it('explains a value it cannot read, naming the field and what it expected', () => {
    const reading = createLabelReader({ field: 'fraudulent' }).read({ text: AD, fraudulent: 'maybe' });
    expect(reading).toEqual({
      success: false,
      reason: `unreadable label: 'fraudulent' is "maybe", expected positive: 1, true, t, yes, y; negative: 0, false, f, no, n (see --positive, --negative)`,
    });
  });

  it('reports a missing, blank or null label, a non-scalar one, and a bare ad text with no fields', () => {
    const reader = createLabelReader({ field: 'fraudulent' });
    expect(reader.read({ text: AD })).toEqual({ success: false, reason: `no label: 'fraudulent' is missing or empty` });
    expect(reader.read({ text: AD, fraudulent: '  ' })).toMatchObject({ success: false, reason: expect.stringContaining('missing or empty') });
    expect(reader.read({ text: AD, fraudulent: null })).toMatchObject({ success: false, reason: expect.stringContaining('missing or empty') });
    expect(reader.read({ text: AD, fraudulent: [1] })).toMatchObject({ success: false, reason: expect.stringContaining('holds an array') });
    expect(reader.read(AD)).toMatchObject({ success: false, reason: expect.stringContaining('bare ad text') });
  });

  it('with --positive only, reads every other value as negative', () => {
    const reader = createLabelReader({ field: 'rubric_label', positive: ['Fraud'] });
    expect(reader.read({ text: AD, rubric_label: 'fraud' })).toEqual({ success: true, positive: true });
    expect(reader.read({ text: AD, rubric_label: 'Not Fraud' })).toEqual({ success: true, positive: false });
  });

  it('with --negative only, reads every other value as positive', () => {
    const reader = createLabelReader({ field: 'label', negative: ['legit'] });
    expect(reader.read({ text: AD, label: 'legit' })).toEqual({ success: true, positive: false });
    expect(reader.read({ text: AD, label: 'scam' })).toEqual({ success: true, positive: true });
  });

  it('with both, refuses a value that is neither', () => {
    const reader = createLabelReader({ field: 'label', positive: ['fake'], negative: ['real'] });
    expect(reader.read({ text: AD, label: 'fake' })).toEqual({ success: true, positive: true });
    expect(reader.read({ text: AD, label: 'real' })).toEqual({ success: true, positive: false });
    expect(reader.read({ text: AD, label: 'disputed' })).toMatchObject({
      success: false,
      reason: expect.stringContaining(`'label' is "disputed", expected positive: fake; negative: real`),
    });
  });

  it('refuses a value given as both positive and negative', () => {
    expect(() => createLabelReader({ field: 'label', positive: ['Fake'], negative: ['fake '] })).toThrow(UsageError);
  });

  it('finds a CSV column under the field name it was mapped to', () => {
    const reader = createLabelReader({ field: 'rubric_label', positive: ['Fraud'] });
    expect(reader.read({ text: AD, rubricLabel: 'Fraud' })).toEqual({ success: true, positive: true });
    expect(reader.withoutLabel({ text: AD, rubricLabel: 'Fraud' })).toEqual({ text: AD });
  });

  it('takes the label out of what the scanner sees, and leaves everything else as it was', () => {
    const reader = createLabelReader({ field: 'fraudulent' });
    const posting = { id: 3, title: 'Cook', fraudulent: 1 };
    expect(reader.withoutLabel(posting)).toEqual({ id: 3, title: 'Cook' });
    expect(posting).toEqual({ id: 3, title: 'Cook', fraudulent: 1 });
    expect(reader.withoutLabel(AD)).toBe(AD);
  });
});
