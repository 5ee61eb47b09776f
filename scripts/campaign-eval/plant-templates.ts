import type { JobPosting, PostingInput } from '../../src/index';
import { xorshiftRandom } from '../common/xorshift-random';

/** Words dropped in to mimic the small edits between copies of one template (a typo, a changed adjective). */
const NOISE = ['great', 'urgent', 'now', 'today', 'good', 'new', 'best', 'easy', 'daily', 'online', 'fast', 'real'];
const NAMES = ['Golden Lotus', 'Sun Rise', 'Blue Ocean', 'Happy Star', 'Lucky Tiger', 'Grand Asia', 'Royal Palm', 'Jade Gate', 'Silver Moon', 'New Era'];
const SUFFIXES = ['Ltd', 'Group', 'Co', 'Agency', 'Recruitment'];
const CITIES = ['Phnom Penh', 'Bavet', 'Poipet', 'Sihanoukville', 'Bangkok', 'Manila', 'Myawaddy', 'Vientiane', 'Dubai', 'Kuala Lumpur', 'Jakarta', 'Ho Chi Minh City'];
const CITY = new RegExp(`\\b(${CITIES.map((city) => city.replace(/ /g, '\\s+')).join('|')}|Cambodia|Myanmar|Laos|Thailand|Philippines|Malaysia)\\b`, 'gi');

/** A planted copy: the posting, and the template it was made from. */
export interface PlantedCopy {
  posting: JobPosting;
  template: number;
}


/**
 * `copies` mutated copies of each template text: a new employer name and location, every digit changed (phones,
 * pay), every handle (@name) changed, every named city or country swapped for another, and one word in
 * `noise` replaced or added, as recruiters do when they repost.
 */
export function plantTemplates(templates: readonly string[], copies: number, noise = 0.05, seed = 1): PlantedCopy[] {
  const next = xorshiftRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const planted: PlantedCopy[] = [];
  templates.forEach((template, index) => {
    for (let copy = 0; copy < copies; copy++) {
      const city = pick(CITIES);
      let text = template
        .replace(/\d/g, () => String(Math.floor(next() * 10)))
        .replace(/@[\p{L}\p{N}_.]+/gu, () => `@${pick(NAMES).toLowerCase().replace(' ', '_')}${Math.floor(next() * 1000)}`)
        .replace(CITY, () => city);
      text = text
        .split(' ')
        .map((word) => (next() < noise ? (next() < 0.5 ? pick(NOISE) : `${word} ${pick(NOISE)}`) : word))
        .join(' ');
      planted.push({ posting: { id: `planted-${index}-${copy}`, companyName: `${pick(NAMES)} ${pick(SUFFIXES)}`, location: city, description: text }, template: index });
    }
  });
  return planted;
}

/**
 * Pairwise precision and recall of the planted copies' grouping: `groups[i]` is the campaign of posting i (a
 * unique value for one in no campaign), and `planted[k]` is posting `plantedFrom + k`. Precision counts every pair
 * in one campaign that holds a planted copy, background ads included; a template is kept whole when all its copies
 * share one campaign.
 */
export function plantedRecovery(planted: readonly PlantedCopy[], plantedFrom: number, groups: readonly number[]) {
  const pairs = (count: number): number => (count * (count - 1)) / 2;
  const groupSize = new Map<number, number>();
  for (const group of groups) groupSize.set(group, (groupSize.get(group) ?? 0) + 1);
  const plantedIn = new Map<number, number[]>();
  const templateGroups = new Map<number, Set<number>>();
  const templateSize = new Map<number, number>();
  planted.forEach((copy, index) => {
    const group = groups[plantedFrom + index] ?? -1;
    plantedIn.set(group, [...(plantedIn.get(group) ?? []), copy.template]);
    templateGroups.set(copy.template, (templateGroups.get(copy.template) ?? new Set()).add(group));
    templateSize.set(copy.template, (templateSize.get(copy.template) ?? 0) + 1);
  });
  let sameFound = 0;
  let pairsWithPlanted = 0;
  for (const [group, templates] of plantedIn) {
    const counts = new Map<number, number>();
    for (const template of templates) counts.set(template, (counts.get(template) ?? 0) + 1);
    for (const count of counts.values()) sameFound += pairs(count);
    const size = groupSize.get(group) ?? templates.length;
    pairsWithPlanted += pairs(size) - pairs(size - templates.length);
  }
  const samePairs = [...templateSize.values()].reduce((sum, count) => sum + pairs(count), 0);
  return {
    templates: templateGroups.size,
    copies: planted.length,
    pairRecall: samePairs === 0 ? null : sameFound / samePairs,
    pairPrecision: pairsWithPlanted === 0 ? null : sameFound / pairsWithPlanted,
    templatesKeptWhole: [...templateGroups.values()].filter((set) => set.size === 1).length / Math.max(1, templateGroups.size),
  };
}
