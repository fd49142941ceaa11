/**
 * Percentiles by the nearest-rank method: the p-th percentile of N observations is the smallest
 * value whose rank in ascending order is at least ceil(p/100 * N). It is always an observed value
 * (no interpolation), so a median of whole hours is a whole number of hours; with an even N the
 * median is the lower of the two middle values.
 */
export function nearestRank(histogram: Iterable<readonly [value: number, count: number]>, percentile: number): number | null {
  if (!(percentile > 0 && percentile <= 100)) throw new Error(`nearestRank: percentile ${percentile} out of (0, 100]`);
  const sorted = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.ceil((percentile / 100) * total);
  let seen = 0;
  for (const [value, n] of sorted) {
    seen += n;
    if (seen >= rank) return value;
  }
  return sorted[sorted.length - 1][0];
}

/** Folds (value, count) pairs of one group, e.g. rows of `GROUP BY dims, hours`. */
export function addToHistogram(histogram: Map<number, number>, value: number, count: number): void {
  histogram.set(value, (histogram.get(value) ?? 0) + count);
}
