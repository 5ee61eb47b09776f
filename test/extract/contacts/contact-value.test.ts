import { describe, expect, it } from 'vitest';
import { contactValue } from '../../../src/extract/contacts/contact-value';

describe('contactValue', () => {
  it('normalises full-width forms and drops invisible characters but keeps case', () => {
    expect(contactValue('＠ＨＲ_Jobs')).toBe('@HR_Jobs');
    expect(contactValue('bit.ly/\u200bAbC\u2060d')).toBe('bit.ly/AbCd');
    expect(contactValue('  0812\u00a03456  ')).toBe('0812 3456');
  });
});
