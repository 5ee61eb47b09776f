import gazetteer from '../../generated/gazetteer.generated.json';

/**
 * Places that matter for judging a job posting: the scam-compound hubs and their countries, the capitals that job
 * ads name, and the big honest-job countries, so that a phone number or a route can be compared with where the
 * job is said to be.
 *
 * `names` are folded like the text (lower case, NFKC) before matching; spaces also match a hyphen or nothing
 * ("hong kong", "hong-kong", "hongkong"). Latin names match whole words only; katakana, Hangul, Han and Thai
 * names get script-specific guards (see extract-places.ts), e.g. "タイ" not inside "タイプ", "태국" not in
 * "태국어" (the Thai language), "泰国" not in "泰国人" (Thai people). `patterns` are RegExp sources for names
 * that need more context than that.
 */
export interface GazetteerEntry {
  /** Canonical English name. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A known scam-compound hub or transit point. */
  hub: boolean;
  names: readonly string[];
  /** Latin RegExp sources, matched as whole words like `names`. */
  wordPatterns?: readonly string[];
  /**
   * RegExp sources in other scripts that carry their own guards. Each starts with a literal character (put a
   * look-behind after it, not before) so that the matcher can skip ahead on the first character.
   */
  patterns?: readonly string[];
}

const TABLES = gazetteer as unknown as { hubs: GazetteerEntry[]; cities: GazetteerEntry[]; countries: GazetteerEntry[] };

/**
 * Scam-compound hubs and the transit towns next to them (hub: true), from ../shared/indicators.md
 * `dest.sea_hotspot`; capitals and big cities that lures and honest ads name; and countries. The lists live in
 * rules/places/{hubs,cities,countries}.yaml, where an analyst adds a name or a town with one line, and are
 * compiled to JSON at build time by scripts/compile-domain-data.ts.
 */
export const HUBS: readonly GazetteerEntry[] = TABLES.hubs;
export const CITIES: readonly GazetteerEntry[] = TABLES.cities;
export const COUNTRIES: readonly GazetteerEntry[] = TABLES.countries;

/** Matching order: hubs before cities before countries, so "Myanmar border" is the border, not Myanmar. */
export const GAZETTEER: readonly GazetteerEntry[] = [...HUBS, ...CITIES, ...COUNTRIES];
