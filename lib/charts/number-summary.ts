// What a chart draws for many figures at once (ADR 0024): how many, the lowest and highest,
// the median and the middle half. A topic of thousands of figures cannot be drawn one mark
// per figure (each mark costs about 0.1 ms on the server and 200 bytes, twice, in the page),
// so above `figuresDrawnOneByOne` the charts draw these summaries instead.

/** Up to this many figures a chart draws each one; above it, summaries per group. */
export const figuresDrawnOneByOne = 300;

export type NumberSummary = { count: number; min: number; lowerQuartile: number; median: number; upperQuartile: number; max: number };

/** The value at fraction `at` of the sorted numbers, interpolated between neighbours. */
function quantile(sorted: readonly number[], at: number): number {
  const position = (sorted.length - 1) * at;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The summary of some numbers; null for none. */
export function summariseNumbers(numbers: readonly number[]): NumberSummary | null {
  if (numbers.length === 0) return null;
  const sorted = numbers.toSorted((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0]!,
    lowerQuartile: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    upperQuartile: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}
