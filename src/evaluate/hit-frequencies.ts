/** How often one rule or pattern fired on each class, in the manner of SpamAssassin's `hit-frequencies`. */
export interface HitFrequency {
  /** Rule or pattern id, as in `verdict.fired`. */
  id: string;
  /** Postings it fired on. */
  hits: number;
  positiveHits: number;
  negativeHits: number;
  /** positiveHits / positives: SpamAssassin's SPAM%, as a fraction. Null when there are no positives. */
  positiveRate: number | null;
  /** negativeHits / negatives: SpamAssassin's HAM%, as a fraction. Null when there are no negatives. */
  negativeRate: number | null;
  /**
   * S/O ratio, as SpamAssassin computes it from the class-normalised rates: positiveRate / (positiveRate +
   * negativeRate). 1 means it fires only on positives, 0.5 that it cannot tell the classes apart, 0 only on
   * negatives, whatever the class sizes. Null when either class is empty.
   */
  soRatio: number | null;
  /**
   * The rule it fires together with most often, and on what share of its own hits. A rule that fired on every
   * posting is never named here: it overlaps with everything by construction and would hide the informative partner.
   * Null when the rule never fires with another (informative) rule.
   */
  overlap: { id: string; coHits: number; share: number } | null;
}

/**
 * Counts rule hits per class and pairwise co-firing, one posting at a time, so a stream of any length is counted
 * without keeping the postings.
 */
export class HitFrequencyCounter {
  private positives = 0;
  private negatives = 0;
  private readonly hits = new Map<string, { positive: number; negative: number }>();
  private readonly coHits = new Map<string, Map<string, number>>();

  /** Counts one posting: the ids that fired on it (duplicates count once) and its class. */
  add(fired: readonly string[], positive: boolean): void {
    if (positive) this.positives += 1;
    else this.negatives += 1;
    const ids = [...new Set(fired)];
    for (const id of ids) {
      const counts = this.hits.get(id) ?? { positive: 0, negative: 0 };
      if (positive) counts.positive += 1;
      else counts.negative += 1;
      this.hits.set(id, counts);
      const partners = this.coHits.get(id) ?? new Map<string, number>();
      for (const other of ids) if (other !== id) partners.set(other, (partners.get(other) ?? 0) + 1);
      this.coHits.set(id, partners);
    }
  }

  /** One row per id that fired, sorted as SpamAssassin does: by S/O ratio, highest first, then by hits, then by id. */
  table(): HitFrequency[] {
    const rows = [...this.hits].map(([id, counts]): HitFrequency => {
      const positiveRate = this.positives > 0 ? counts.positive / this.positives : null;
      const negativeRate = this.negatives > 0 ? counts.negative / this.negatives : null;
      const hits = counts.positive + counts.negative;
      return {
        id,
        hits,
        positiveHits: counts.positive,
        negativeHits: counts.negative,
        positiveRate,
        negativeRate,
        soRatio: positiveRate === null || negativeRate === null ? null : positiveRate / (positiveRate + negativeRate),
        overlap: this.strongestOverlap(id, hits),
      };
    });
    return rows.sort((a, b) => (b.soRatio ?? -1) - (a.soRatio ?? -1) || b.hits - a.hits || a.id.localeCompare(b.id));
  }

  private hitsOf(id: string): number {
    const counts = this.hits.get(id);
    return counts === undefined ? 0 : counts.positive + counts.negative;
  }

  private strongestOverlap(id: string, hits: number): HitFrequency['overlap'] {
    let best: HitFrequency['overlap'] = null;
    const postings = this.positives + this.negatives;
    for (const [other, coHits] of this.coHits.get(id) ?? []) {
      if (this.hitsOf(other) === postings) continue;
      if (best === null || coHits > best.coHits || (coHits === best.coHits && other.localeCompare(best.id) < 0)) {
        best = { id: other, coHits, share: coHits / hits };
      }
    }
    return best;
  }
}

/** The hit-frequency table of a set of labelled postings. */
export function hitFrequencies(examples: Iterable<{ fired: readonly string[]; positive: boolean }>): HitFrequency[] {
  const counter = new HitFrequencyCounter();
  for (const example of examples) counter.add(example.fired, example.positive);
  return counter.table();
}
