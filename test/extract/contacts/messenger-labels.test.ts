import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessengerLabels } from '../../../scripts/domain-data/messenger-labels-data';
import { extractContacts } from '../../../src/extract/contacts/extract-contacts';
import { MESSENGER_LABELS } from '../../../src/extract/contacts/messenger-labels';
import { foldText } from '../../../src/normalise/folded-text';

const root = join(import.meta.dirname, '../../..');
const problems: string[] = [];
const { examples } = readMessengerLabels(root, problems);

const channelsIn = (text: string): string[] =>
  extractContacts({ field: 'description', text: foldText(text) }).map((fact) => fact.channel);

// Each example of rules/messengers/labels.yaml: an analyst who adds slang adds one line there and one example.
describe('rules/messengers/labels.yaml examples', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.filter((example) => example.fire).map((example) => [example.channel, example.text]))(
    'reads %s as a contact in %j',
    (channel, text) => {
      expect(channelsIn(text)).toContain(channel);
    },
  );

  it.each(examples.filter((example) => !example.fire).map((example) => [example.channel, example.text]))(
    'does not read %s as a contact in %j',
    (channel, text) => {
      expect(channelsIn(text)).not.toContain(channel);
    },
  );
});

describe('MESSENGER_LABELS', () => {
  it('puts every app name before the ambiguous words, so that "telegram" wins over "tele"', () => {
    const firstAmbiguous = MESSENGER_LABELS.findIndex((label) => label.kind === 'ambiguous');
    expect(MESSENGER_LABELS.slice(firstAmbiguous).every((label) => label.kind === 'ambiguous')).toBe(true);
  });

  it('compiles every label', () => {
    for (const label of MESSENGER_LABELS) expect(() => new RegExp(label.pattern, 'u')).not.toThrow();
  });
});
