import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../src/extract/places/extract-places';
import { COUNTRIES, GAZETTEER, HUBS } from '../../../src/extract/places/gazetteer';
import { foldText } from '../../../src/normalise/folded-text';

describe('gazetteer', () => {
  it('has unique entry names and ISO 3166-1 alpha-2 countries', () => {
    expect(new Set(GAZETTEER.map((entry) => entry.name)).size).toBe(GAZETTEER.length);
    for (const entry of GAZETTEER) expect(entry.country).toMatch(/^[A-Z]{2}$/);
  });

  it('gives no name to two entries', () => {
    const names = GAZETTEER.flatMap((entry) => entry.names.map((name) => foldText(name).folded));
    expect(new Set(names).size).toBe(names.length);
  });

  it('finds every name of every entry, written on its own, as that entry', () => {
    for (const entry of GAZETTEER) {
      for (const name of entry.names) {
        const places = extractPlaces({ field: 'description', text: foldText(` ${name} `) });
        expect(places.map((place) => place.name), name).toEqual([entry.name]);
      }
    }
  });

  it('marks the hubs, and only them, as hubs; one country entry per country', () => {
    expect(HUBS.every((entry) => entry.hub)).toBe(true);
    expect(GAZETTEER.filter((entry) => entry.hub)).toEqual(HUBS);
    expect(new Set(COUNTRIES.map((entry) => entry.country)).size).toBe(COUNTRIES.length);
  });

  it('covers the hubs that indicators.md names under dest.sea_hotspot', () => {
    const hubNames = HUBS.map((entry) => entry.name);
    for (const name of ['Sihanoukville', 'Poipet', 'Bavet', 'Svay Rieng', 'Myawaddy', 'KK Park', 'Shwe Kokko', 'Shan State', 'Golden Triangle SEZ', 'Mae Sot', 'Mae Sai']) {
      expect(hubNames).toContain(name);
    }
  });
});
