/** A fired rule as ranking sees it. */
export interface WeightedFlag {
  id: string;
  category: string;
  weight: number;
}

/**
 * Each flag's rank within its category, strongest first and ties by id (so the result does not depend on rule
 * order): the flag of rank r counts `repeatDecay ** r` of its weight, as five ways of saying "high pay" are one
 * signal, not five. Scoring and the combiner's training rank alike through here.
 */
export function rankWithinCategory(flags: readonly WeightedFlag[]): Map<string, number> {
  const byCategory = new Map<string, WeightedFlag[]>();
  for (const flag of flags) {
    const list = byCategory.get(flag.category);
    if (list === undefined) byCategory.set(flag.category, [flag]);
    else list.push(flag);
  }
  const ranks = new Map<string, number>();
  for (const list of byCategory.values()) {
    list.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
    list.forEach(({ id }, rank) => ranks.set(id, rank));
  }
  return ranks;
}
