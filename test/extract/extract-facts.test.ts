import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractContacts, extractContactsWithin } from '../../src/extract/contacts/extract-contacts';
import { extractFacts } from '../../src/extract/extract-facts';
import { FACT_LIMIT } from '../../src/extract/facts';
import { extractPay } from '../../src/extract/pay/extract-pay';
import { foldText } from '../../src/normalise/folded-text';
import type { FieldText } from '../../src/posting/field-text';

const field = (text: string): FieldText => ({ field: 'description', text: foldText(text) });

describe('extractFacts builds at most FACT_LIMIT facts of a kind, and counts the rest', () => {
  it('keeps the first contacts in text order and counts every one', () => {
    const text = Array.from({ length: 600 }, (_, index) => `Telegram: @hr_desk${index}`).join(', ');
    const all = extractContacts(field(text));
    expect(all).toHaveLength(600);
    const facts = extractFacts([field(text)]);
    expect(facts.contacts).toEqual(all.slice(0, FACT_LIMIT));
    expect(facts.found).toEqual({ contacts: 600 });
  });

  it('counts past the limit exactly the contacts it would have built: one per channel and span', () => {
    // Two apps named for one number are two contacts on one span; the same snippet twice is two spans.
    const snippet = fc.constantFrom('WhatsApp/Viber +63 917 123 4567', 'Telegram: @hr_desk77', 'hr@acme-jobs.example.com', 'https://acme-jobs.example.com/apply', 'LINE ID: job_th99');
    fc.assert(
      fc.property(fc.array(snippet, { minLength: 1, maxLength: 12 }), fc.nat({ max: 4 }), (snippets, limit) => {
        const text = field(snippets.join('. Or: '));
        expect(extractContactsWithin(text, limit).found).toBe(extractContacts(text).length);
      }),
    );
  });

  it('reads the value and host of only the links it builds', () => {
    const text = Array.from({ length: 3_000 }, (_, index) => `https://jobs${index}.example.com/apply`).join(' ');
    const { facts, found } = extractContactsWithin(field(text), 3);
    expect(found).toBe(3_000);
    expect(facts.map((fact) => [fact.value, fact.host])).toEqual([
      ['https://jobs0.example.com/apply', 'jobs0.example.com'],
      ['https://jobs1.example.com/apply', 'jobs1.example.com'],
      ['https://jobs2.example.com/apply', 'jobs2.example.com'],
    ]);
  });

  it('shares the limit across fields', () => {
    const text = Array.from({ length: 150 }, (_, index) => `$${1_000 + index}/month`).join('; ');
    const facts = extractFacts([field(text), { ...field(text), field: 'benefits' }]);
    expect(extractPay(field(text))).toHaveLength(150);
    expect(facts.pay).toHaveLength(FACT_LIMIT);
    expect(facts.pay[FACT_LIMIT - 1]?.evidence.field).toBe('benefits');
    expect(facts.found).toEqual({ pay: 300 });
  });

  it('says nothing on an ordinary ad', () => {
    const facts = extractFacts([field('Barista in Leeds, £11.50 an hour. Apply: jobs@example.co.uk or call +44 113 496 0000.')]);
    expect(facts).not.toHaveProperty('found');
    expect(facts.contacts.length).toBeGreaterThan(0);
  });
});
