/**
 * Example weights that make the positives `baseRate` of the total weight, with the mean weight 1. Training data
 * such as emscad-partial is 45% fraud where real boards see about 5%: without this, every probability the model
 * gives would be far too high.
 */
export function baseRateWeights(positives: readonly boolean[], baseRate: number): Float64Array {
  const positiveCount = positives.filter(Boolean).length;
  const negativeCount = positives.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) throw new Error('training needs both positive and negative examples');
  const total = positives.length;
  return Float64Array.from(positives, (positive) =>
    positive ? (baseRate * total) / positiveCount : ((1 - baseRate) * total) / negativeCount,
  );
}
