import { describe, expect, it } from 'vitest';
import { contactKey } from '../../src/campaigns/contact-key';
import { employerKey } from '../../src/campaigns/employer-key';

describe('contactKey', () => {
  it('makes one key of one number, whatever the channel and the way it is written', () => {
    expect(contactKey('phone', '+85512345678')).toBe(contactKey('whatsapp', '012 345 678'));
    expect(contactKey('viber', '(012) 345-678')).toBe('tel:12345678');
  });

  it('folds handles and email addresses, and skips links and stubs', () => {
    expect(contactKey('telegram', '@HR_KH')).toBe('telegram:hr_kh');
    expect(contactKey('telegram', 'hr_kh')).toBe(contactKey('telegram', '@hr_kh'));
    expect(contactKey('email', 'Jobs@Example.COM')).toBe('email:jobs@example.com');
    expect(contactKey('url', 'https://example.com')).toBeUndefined();
    expect(contactKey('telegram', '@a')).toBeUndefined();
  });
});

describe('employerKey', () => {
  it('drops case, punctuation and legal forms', () => {
    expect(employerKey('ACME Ltd.')).toBe(employerKey('Acme Limited'));
    expect(employerKey('The Acme Co')).toBe('acme');
    expect(employerKey('Ltd')).toBeUndefined();
    expect(employerKey(undefined)).toBeUndefined();
  });
});
