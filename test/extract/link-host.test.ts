import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/index';

const scanner = createScanner({ model: null });
const contacts = (text: string) => scanner.score(text).extracted.contacts;
const links = (text: string) => contacts(text).filter((contact) => contact.channel === 'url').map(({ value, host }) => ({ value, host }));

describe('links are read as a browser reads them (WHATWG URL parser, userinfo included)', () => {
  it.each([
    ['https://acme.com:x@evil.io/jobs', 'evil.io'],
    ['https://acme.com&@evil.io', 'evil.io'],
    ['https://acme.com;@evil.io', 'evil.io'],
    ['https://acme.com!@evil.io/apply', 'evil.io'],
    ['http://acme.com@evil.io', 'evil.io'],
  ])('%s opens %s, and is reported whole, never as a link to acme.com', (link, host) => {
    const found = contacts(`Apply now at ${link} today`);
    // Reported whole: as a link with the host a browser opens, or (where the email finder claims it) as an address.
    expect(found.map(({ value }) => value)).toEqual([link]);
    const [contact] = found;
    if (contact?.channel === 'url') expect(contact.host).toBe(host);
    else expect(contact?.channel).toBe('email');
    expect(found.some((item) => item.host === 'acme.com')).toBe(false);
  });

  it('gives the host of ordinary links, without www.', () => {
    expect(links('See www.Acme.com/jobs or https://careers.acme.com.')).toEqual([
      { value: 'www.Acme.com/jobs', host: 'acme.com' },
      { value: 'https://careers.acme.com', host: 'careers.acme.com' },
    ]);
  });
});
