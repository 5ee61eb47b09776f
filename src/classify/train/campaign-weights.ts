/**
 * Each example's share of its campaign, `n^-power` where n is the number of examples in its group (1 for an
 * example with no group, and for all at power 0). At power 1 a campaign of thirty near-copies counts as one ad.
 */
export function campaignShares(groups: ArrayLike<number | undefined>, power: number): Float64Array {
  const shares = new Float64Array(groups.length).fill(1);
  if (power === 0) return shares;
  const sizes = new Map<number, number>();
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (group !== undefined) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  }
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (group !== undefined) shares[i] = (sizes.get(group) as number) ** -power;
  }
  return shares;
}

/**
 * `base` example weights (e.g. `baseRateWeights`) spread within each class by `shares`, each class keeping its
 * total weight: the base rate the weights encode is unchanged, only which ads of a class count more.
 */
export function spreadWithinClass(base: ArrayLike<number>, positives: readonly boolean[], shares: ArrayLike<number>): Float64Array {
  const totals = [0, 0];
  const sums = [0, 0];
  positives.forEach((positive, row) => {
    const k = positive ? 1 : 0;
    totals[k] = (totals[k] as number) + (base[row] as number);
    sums[k] = (sums[k] as number) + (base[row] as number) * (shares[row] as number);
  });
  return Float64Array.from(positives, (positive, row) => {
    const k = positive ? 1 : 0;
    const sum = sums[k] as number;
    return sum === 0 ? 0 : ((base[row] as number) * (shares[row] as number) * (totals[k] as number)) / sum;
  });
}
