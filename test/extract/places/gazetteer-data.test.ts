import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../../scripts/domain-data/places-data';
import { extractPlaces } from '../../../src/extract/places/extract-places';
import { foldText } from '../../../src/normalise/folded-text';

const root = join(import.meta.dirname, '../../..');
const problems: string[] = [];
const { examples } = readPlaces(root, problems);

const placesIn = (text: string): string[] =>
  extractPlaces({ field: 'description', text: foldText(text) }).map((place) => place.name);

// Each example of rules/places/*.yaml: an analyst who adds a town or a spelling adds one line and one example.
describe('rules/places examples', () => {
  it('reads without problems', () => {
    expect(problems).toEqual([]);
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.filter((example) => example.fire).map((example) => [example.name, example.text]))(
    'finds %s in %j',
    (name, text) => {
      expect(placesIn(text)).toContain(name);
    },
  );

  it.each(examples.filter((example) => !example.fire).map((example) => [example.name, example.text]))(
    'does not find %s in %j',
    (name, text) => {
      expect(placesIn(text)).not.toContain(name);
    },
  );
});
