import { RISK_LEVELS, type RiskLevel } from '../types/risk-level';
import type { ContactChannel } from '../extract/facts';
import { BandTable } from './band-table';
import type { Campaign, CampaignMember, CampaignSignals, CountedValue, SharedContact } from './campaign';
import type { CampaignPosting, SignedPosting } from './campaign-posting';
import { Column } from './column';
import { contactKey } from './contact-key';
import { employerKey } from './employer-key';
import { mix32 } from './hash-string';
import { Interner } from './interner';
import { estimateJaccard, MinHasher } from './min-hash';
import { SHINGLE_WORDS, shingleHashes } from './shingle-hashes';
import { templateTokens } from './template-tokens';
import { UnionFind } from './union-find';

export interface CampaignIndexOptions {
  /** MinHash functions per posting: the error of a Jaccard estimate is about 0.5/sqrt(hashes). Default 64. */
  hashes?: number;
  /** LSH bands; hashes/bands rows each. 16 bands of 4 rows put the S-curve's midpoint near Jaccard 0.5. */
  bands?: number;
  /** Least estimated Jaccard similarity of word 3-gram sets for two postings to be near-duplicates. Default 0.5. */
  threshold?: number;
  /** Words per shingle. Default 3 (see `SHINGLE_WORDS`). */
  shingleWords?: number;
  /** Fewest members a campaign has. Default 2. */
  minSize?: number;
  /** Whether postings sharing a contact are linked. Default true. */
  linkContacts?: boolean;
}

const DEFAULTS = { hashes: 64, bands: 16, threshold: 0.5, shingleWords: SHINGLE_WORDS, minSize: 2, linkContacts: true } as const;

/** Member flags: how a posting was joined to earlier ones. */
const JOINED_BY_TEXT = 1;
const JOINED_BY_CONTACT = 2;
const NO_RISK = 255;
const NONE = -1;

/**
 * Groups postings into campaigns as they are added: near-duplicate texts (MinHash over word 3-grams, LSH banding,
 * each candidate checked on its whole signature) and postings that share a contact are joined in a union-find.
 * Adding is near constant time, and memory grows with the index (about 300 bytes a posting), never with the text:
 * the text is read once, to compute its signature, and dropped.
 */
export class CampaignIndex {
  private readonly settings: Required<CampaignIndexOptions>;
  private readonly rows: number;
  private readonly hasher: MinHasher;
  /** Signatures as 16-bit values: two unequal 32-bit minima agree in 16 bits once in 65,536, which is noise. */
  private readonly signatures: Column<Uint16Array>;
  private readonly tables: BandTable[] = [];
  private readonly sets = new UnionFind();

  private readonly ids: (string | number | undefined)[] = [];
  private readonly lines = new Column((size) => new Int32Array(size));
  private readonly files = new Column((size) => new Int32Array(size));
  private readonly fileNames = new Interner();
  private readonly risks = new Column((size) => new Uint8Array(size));
  private readonly scores = new Column((size) => new Float32Array(size));
  private readonly dates = new Column((size) => new Float64Array(size));
  private readonly joined = new Column((size) => new Uint8Array(size));

  private readonly employerKeys = new Interner();
  private readonly employerNames: string[] = [];
  private readonly employers = new Column((size) => new Int32Array(size));
  private readonly placeSets = new Interner();
  private readonly places = new Column((size) => new Int32Array(size));

  private readonly contactKeys = new Interner();
  private readonly contactChannels: ContactChannel[] = [];
  private readonly contactValues: string[] = [];
  private readonly contactFirst = new Column((size) => new Int32Array(size));
  /** Contact ids of every posting, flat; `contactStart[i]` is where posting i's begin. */
  private readonly contactIds = new Column((size) => new Int32Array(size));
  private readonly contactStart = new Column((size) => new Int32Array(size));

  constructor(options: CampaignIndexOptions = {}) {
    this.settings = { ...DEFAULTS, ...definedOnly(options) };
    const { hashes, bands, threshold, minSize } = this.settings;
    if (!Number.isInteger(hashes) || !Number.isInteger(bands) || bands < 1 || hashes < bands || hashes % bands !== 0) {
      throw new RangeError(`hashes (${hashes}) must be a whole multiple of bands (${bands})`);
    }
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1] (got ${threshold})`);
    if (!Number.isInteger(this.settings.shingleWords) || this.settings.shingleWords < 1) throw new RangeError(`shingleWords must be a whole number of at least 1 (got ${this.settings.shingleWords})`);
    if (!Number.isInteger(minSize) || minSize < 2) throw new RangeError(`minSize must be a whole number of at least 2 (got ${minSize})`);
    this.rows = hashes / bands;
    this.hasher = new MinHasher(hashes);
    this.signatures = new Column((size) => new Uint16Array(size), hashes);
    for (let band = 0; band < bands; band++) {
      const from = band * this.rows;
      this.tables.push(
        new BandTable(
          (left, right) => this.sameBand(left, right, from),
          (item) => this.bandHash(item, from),
        ),
      );
    }
  }

  /** Postings added so far. */
  get size(): number {
    return this.ids.length;
  }

  /** Adds a posting and returns its ordinal (0 for the first added). */
  add(posting: CampaignPosting): number {
    return this.addSigned(posting, this.signatureOf(posting.text));
  }

  /** The MinHash signature `add` would compute for a text: computed on a worker thread, passed to `addSigned`. */
  signatureOf(text: string): Uint32Array {
    return this.hasher.signature(shingleHashes(templateTokens(text), this.settings.shingleWords));
  }

  /** Adds a posting whose signature (from `signatureOf` of an index with the same options) is already known. */
  addSigned(posting: SignedPosting, signature: Uint32Array): number {
    if (signature.length !== this.settings.hashes) throw new RangeError(`a signature has ${this.settings.hashes} values (got ${signature.length})`);
    const item = this.sets.add();
    this.ids.push(posting.id);
    this.lines.push(posting.source?.line ?? 0);
    this.files.push(posting.source?.file === undefined ? NONE : this.fileNames.id(posting.source.file));
    this.risks.push(posting.risk === undefined ? NO_RISK : RISK_LEVELS.indexOf(posting.risk));
    this.scores.push(posting.score ?? Number.NaN);
    this.dates.push(parseDate(posting.date));
    this.employers.push(this.employerOf(posting.employer));
    const places = [...new Set((posting.places ?? []).map((place) => place.trim()).filter((place) => place !== ''))].sort();
    this.places.push(places.length === 0 ? NONE : this.placeSets.id(places.join('\n')));
    this.signatures.pushAll(signature.map((value) => value & 0xffff));
    let joined = this.linkText(item) ? JOINED_BY_TEXT : 0;
    this.contactStart.push(this.contactIds.length);
    for (const contact of posting.contacts ?? []) {
      if (this.linkContact(item, contact.channel, contact.value)) joined |= JOINED_BY_CONTACT;
    }
    this.joined.push(joined);
    return item;
  }

  /** Sets the risk and score of a posting added without them (scored later, as `lurescan campaigns` does). */
  setRisk(ordinal: number, risk: RiskLevel, score: number): void {
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= this.size) throw new RangeError(`no posting ${ordinal} in the index`);
    this.risks.set(ordinal, RISK_LEVELS.indexOf(risk));
    this.scores.set(ordinal, score);
  }

  /** The campaign number each posting would get (its set's smallest ordinal), for tests and batch scoring. */
  groupOf(ordinal: number): number {
    return this.sets.find(ordinal);
  }

  /**
   * The campaigns found, in the order of their first member, each with its members in the order added. Postings
   * in no campaign (a set smaller than `minSize`) are left out. Runs in time linear in the postings.
   */
  *campaigns(): Generator<Campaign> {
    const count = this.size;
    const roots = new Int32Array(count);
    const sizes = new Int32Array(count);
    for (let item = 0; item < count; item++) {
      const root = this.sets.find(item);
      roots[item] = root;
      sizes[root] = (sizes[root] ?? 0) + 1;
    }
    // Counting sort of the postings by set, keeping the order added within each.
    const start = new Int32Array(count + 1);
    for (let item = 0; item < count; item++) start[item + 1] = (start[item] ?? 0) + (sizes[item] ?? 0);
    const fill = start.slice(0, count);
    const members = new Int32Array(count);
    for (let item = 0; item < count; item++) {
      const root = roots[item] ?? 0;
      members[fill[root] ?? 0] = item;
      fill[root] = (fill[root] ?? 0) + 1;
    }
    let number = 0;
    const done = new Uint8Array(count);
    for (let item = 0; item < count; item++) {
      const root = roots[item] ?? 0;
      if (done[root] === 1) continue;
      done[root] = 1;
      const size = sizes[root] ?? 0;
      if (size < this.settings.minSize) continue;
      number += 1;
      yield this.describe(number, members.subarray(start[root] ?? 0, (start[root] ?? 0) + size));
    }
  }

  /**
   * Members whose texts make the campaign's template: of its first `scan` members, the one with most
   * near-duplicates among them, then those near-duplicates, at most `max` in all, in the order added. Members
   * joined only by a contact say something else, and would hide the shared words.
   */
  templateMembers(campaign: Campaign, max: number, scan = 32): CampaignMember[] {
    const candidates = campaign.members.slice(0, scan);
    const near = (left: CampaignMember, right: CampaignMember): boolean =>
      estimateJaccard(this.signatures.row(left.ordinal), this.signatures.row(right.ordinal)) >= this.settings.threshold;
    let base = candidates[0];
    let most = -1;
    for (const candidate of candidates) {
      const count = candidates.filter((other) => near(candidate, other)).length;
      if (count > most) [base, most] = [candidate, count];
    }
    if (base === undefined) return [];
    const chosen = base;
    return [chosen, ...candidates.filter((other) => other !== chosen && near(chosen, other))].slice(0, max);
  }

  private describe(number: number, ordinals: Int32Array): Campaign {
    const members: CampaignMember[] = [];
    const employers = new Counter();
    const places = new Counter();
    const contacts = new Counter();
    const contactEmployers = new Map<number, Set<number>>();
    const contactPlaces = new Map<number, Set<number>>();
    const counts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
    let scored = 0;
    let scoreSum = 0;
    let maxScore = 0;
    let maxRisk = -1;
    let firstDate = Infinity;
    let lastDate = -Infinity;
    let dated = 0;
    let byText = 0;
    let byContact = 0;
    for (const ordinal of ordinals) {
      members.push(this.member(ordinal));
      const employer = this.employers.get(ordinal);
      const place = this.places.get(ordinal);
      if (employer !== NONE) employers.add(employer);
      if (place !== NONE) places.add(place);
      for (const contact of this.contactsOf(ordinal)) {
        contacts.add(contact);
        if (employer !== NONE) addTo(contactEmployers, contact, employer);
        if (place !== NONE) addTo(contactPlaces, contact, place);
      }
      const risk = this.risks.get(ordinal);
      if (risk !== NO_RISK) {
        counts[RISK_LEVELS[risk] ?? 'low'] += 1;
        maxRisk = Math.max(maxRisk, risk);
      }
      const score = this.scores.get(ordinal);
      if (!Number.isNaN(score)) {
        scored += 1;
        scoreSum += score;
        maxScore = Math.max(maxScore, score);
      }
      const date = this.dates.get(ordinal);
      if (!Number.isNaN(date)) {
        dated += 1;
        firstDate = Math.min(firstDate, date);
        lastDate = Math.max(lastDate, date);
      }
      const joined = this.joined.get(ordinal);
      if ((joined & JOINED_BY_TEXT) !== 0) byText += 1;
      if ((joined & JOINED_BY_CONTACT) !== 0) byContact += 1;
    }
    const sharedContacts: SharedContact[] = contacts.sorted().map(({ key, members: held }) => ({
      channel: this.contactChannels[key] ?? 'phone',
      value: this.contactValues[key] ?? '',
      members: held,
    }));
    const across = (holders: Map<number, Set<number>>): boolean => [...holders.values()].some((set) => set.size >= 2);
    const signals: CampaignSignals = {
      employers: employers.distinct >= 2,
      places: byText > 0 && places.distinct >= 2,
      contactAcrossEmployers: across(contactEmployers) || across(contactPlaces),
    };
    return {
      campaign: number,
      size: ordinals.length,
      members,
      links: { text: byText, contact: byContact },
      contacts: sharedContacts,
      employers: employers.sorted().map(({ key, members: held }) => ({ value: this.employerNames[key] ?? '', members: held })),
      places: expandPlaces(places.sorted(), this.placeSets.values),
      dates: dated === 0 ? null : { first: new Date(firstDate).toISOString(), last: new Date(lastDate).toISOString(), members: dated },
      risk: maxRisk < 0 ? null : { max: RISK_LEVELS[maxRisk] ?? 'low', counts, meanScore: scored > 0 ? scoreSum / scored : 0, maxScore, scored },
      signals,
    };
  }

  private member(ordinal: number): CampaignMember {
    const id = this.ids[ordinal];
    const line = this.lines.get(ordinal);
    const file = this.files.get(ordinal);
    return {
      ordinal,
      ...(id === undefined ? {} : { id }),
      ...(line > 0 ? { line } : {}),
      ...(file === NONE ? {} : { file: this.fileNames.values[file] ?? '' }),
    };
  }

  private *contactsOf(ordinal: number): Generator<number> {
    const from = this.contactStart.get(ordinal);
    const to = ordinal + 1 < this.contactStart.length ? this.contactStart.get(ordinal + 1) : this.contactIds.length;
    for (let index = from; index < to; index++) yield this.contactIds.get(index);
  }

  private employerOf(name: string | undefined): number {
    const key = employerKey(name);
    if (key === undefined || name === undefined) return NONE;
    const id = this.employerKeys.id(key);
    if (id === this.employerNames.length) this.employerNames.push(name.trim());
    return id;
  }

  /** Joins the posting to the first earlier posting in each band bucket it falls in whose signature is close enough. */
  private linkText(item: number): boolean {
    const signature = this.signatures.row(item);
    let linked = false;
    for (let band = 0; band < this.tables.length; band++) {
      const earlier = this.tables[band]?.findOrAdd(item, this.bandHash(item, band * this.rows)) ?? -1;
      if (earlier === -1 || this.sets.find(earlier) === this.sets.find(item)) {
        if (earlier !== -1) linked = true;
        continue;
      }
      if (estimateJaccard(signature, this.signatures.row(earlier)) >= this.settings.threshold) {
        this.sets.union(earlier, item);
        linked = true;
      }
    }
    return linked;
  }

  private linkContact(item: number, channel: ContactChannel, value: string): boolean {
    const key = contactKey(channel, value);
    if (key === undefined) return false;
    const id = this.contactKeys.id(key);
    // A posting that names one contact twice holds it once.
    const from = this.contactStart.get(item);
    for (let index = from; index < this.contactIds.length; index++) if (this.contactIds.get(index) === id) return false;
    this.contactIds.push(id);
    if (id === this.contactFirst.length) {
      this.contactFirst.push(item);
      this.contactChannels.push(channel);
      this.contactValues.push(value.trim());
      return false;
    }
    if (!this.settings.linkContacts) return false;
    this.sets.union(this.contactFirst.get(id), item);
    return true;
  }

  private sameBand(left: number, right: number, from: number): boolean {
    for (let row = from; row < from + this.rows; row++) if (this.signatures.get(left, row) !== this.signatures.get(right, row)) return false;
    return true;
  }

  private bandHash(item: number, from: number): number {
    let hash = from + 0x9e3779b9;
    for (let row = from; row < from + this.rows; row++) hash = mix32(Math.imul(hash, 31) + this.signatures.get(item, row));
    return hash;
  }
}

/** Counts members per value id, and sorts values by count (most first), then by first seen. */
class Counter {
  private readonly counts = new Map<number, number>();

  add(key: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get distinct(): number {
    return this.counts.size;
  }

  sorted(): { key: number; members: number }[] {
    return [...this.counts].map(([key, members]) => ({ key, members })).sort((a, b) => b.members - a.members || a.key - b.key);
  }
}

function addTo(map: Map<number, Set<number>>, key: number, value: number): void {
  let set = map.get(key);
  if (set === undefined) map.set(key, (set = new Set()));
  set.add(value);
}

/** Place sets back to single places, each counted once per member that names it. */
function expandPlaces(sets: readonly { key: number; members: number }[], names: readonly string[]): CountedValue[] {
  const counts = new Map<string, number>();
  for (const { key, members } of sets) for (const place of (names[key] ?? '').split('\n')) counts.set(place, (counts.get(place) ?? 0) + members);
  return [...counts].map(([value, members]) => ({ value, members })).sort((a, b) => b.members - a.members);
}

function parseDate(date: string | number | undefined): number {
  if (date === undefined) return Number.NaN;
  const time = typeof date === 'number' ? date : Date.parse(date);
  return Number.isFinite(time) ? time : Number.NaN;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
