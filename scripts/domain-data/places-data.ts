import { join } from 'node:path';
import { z } from 'zod';
import type { GazetteerEntry } from '../../src/extract/places/gazetteer';
import { ExamplesSchema, checkRegex, readDataFile } from './read-data-file';

const Place = z
  .object({
    name: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as KH'),
    names: z.array(z.string().min(1)).default([]),
    wordPatterns: z.array(z.string().min(1)).optional(),
    patterns: z.array(z.string().min(1)).optional(),
    examples: ExamplesSchema.optional(),
  })
  .strict();
const PlacesFile = z.array(Place);

/** The three tables, in matching order: hubs before cities before countries ("Myanmar border" is the border). */
export const PLACE_TABLES = ['hubs', 'cities', 'countries'] as const;
export type PlaceTable = (typeof PLACE_TABLES)[number];

export interface PlaceExample {
  name: string;
  text: string;
  fire: boolean;
}

/** Reads rules/places/<table>.yaml; every entry of hubs.yaml is a hub, no entry of the other two is. */
export function readPlaces(
  root: string,
  problems: string[],
): { tables: Record<PlaceTable, GazetteerEntry[]>; examples: PlaceExample[] } {
  const tables: Record<PlaceTable, GazetteerEntry[]> = { hubs: [], cities: [], countries: [] };
  const examples: PlaceExample[] = [];
  const seenNames = new Map<string, string>();
  for (const table of PLACE_TABLES) {
    const file = `rules/places/${table}.yaml`;
    const data = readDataFile({ root, path: join(root, file) }, PlacesFile, problems);
    for (const place of data ?? []) {
      for (const name of place.names) {
        const other = seenNames.get(name);
        if (other !== undefined) problems.push(`${file}: ${place.name}: "${name}" is also a name of ${other}`);
        seenNames.set(name, place.name);
      }
      for (const source of [...(place.wordPatterns ?? []), ...(place.patterns ?? [])]) {
        checkRegex(source, `${file}: ${place.name}`, problems);
      }
      tables[table].push({
        name: place.name,
        country: place.country,
        hub: table === 'hubs',
        names: place.names,
        ...(place.wordPatterns === undefined ? {} : { wordPatterns: place.wordPatterns }),
        ...(place.patterns === undefined ? {} : { patterns: place.patterns }),
      });
      for (const text of place.examples?.fire ?? []) examples.push({ name: place.name, text, fire: true });
      for (const text of place.examples?.quiet ?? []) examples.push({ name: place.name, text, fire: false });
    }
  }
  return { tables, examples };
}
