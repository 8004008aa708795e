// Counting, for each figure, how many partners stand in each relation to it, without visiting
// the pairs: sorted arrays answer "how many below this key", a Fenwick tree swept in time order
// answers "how many earlier and below this key". n log n per count. Used by comparison-sweep.ts.

/** A figure as the counting sees it: its time as inclusive day bounds, its number as keys. */
export type Member = {
  /** Position in the topic's figure list. */
  index: number;
  /** First and last day of its time (±Infinity when open or unknown). */
  first: number;
  last: number;
  /** Interval ends as integer keys: p starts before q ends iff p.low <= q.high (see intervalKeys). */
  low: number;
  high: number;
  point: number;
  origin: string;
};

/** A condition on a partner p against a figure q: key(p) below or above key(q). */
type Condition = { partner: (p: Member) => number; figure: (q: Member) => number; above: boolean };

export const partnerBelow: Condition = { partner: (p) => p.high, figure: (q) => q.low, above: false };
export const partnerAbove: Condition = { partner: (p) => p.low, figure: (q) => q.high, above: true };
export const pointHigher: Condition = { partner: (p) => p.point, figure: (q) => q.point, above: true };
export const pointLower: Condition = { partner: (p) => p.point, figure: (q) => q.point, above: false };

/** Index of the first element >= x (strict: > x) in an ascending array. */
function bound(sorted: Float64Array, x: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (strict ? sorted[middle]! <= x : sorted[middle]! < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Days may be ±Infinity (an open period), where subtraction gives NaN.
const compare = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);

function ascending(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** How many partners meet the condition, for each figure. */
export function countAll(figures: readonly Member[], partners: readonly Member[], condition: Condition): Int32Array {
  const keys = ascending(partners.map(condition.partner));
  return Int32Array.from(figures, (q) => {
    const x = condition.figure(q);
    return condition.above ? keys.length - bound(keys, x, true) : bound(keys, x, false);
  });
}

/** How many partners end before each figure starts (`before`), or start after it ends. */
export function countApart(figures: readonly Member[], partners: readonly Member[], before: boolean): Int32Array {
  if (before) {
    const lasts = ascending(partners.map((p) => p.last));
    return Int32Array.from(figures, (q) => bound(lasts, q.first, false));
  }
  const firsts = ascending(partners.map((p) => p.first));
  return Int32Array.from(figures, (q) => firsts.length - bound(firsts, q.last, true));
}

/**
 * How many partners both end before each figure starts (`before`; else start after it ends)
 * and meet the condition: partners enter a Fenwick tree over their keys in time order.
 */
export function countApartAnd(figures: readonly Member[], partners: readonly Member[], before: boolean, condition: Condition): Int32Array {
  // "Starts after q ends" is "ends before" on negated days, so one sweep serves both.
  const partnerTime = before ? (p: Member) => p.last : (p: Member) => -p.first;
  const figureTime = before ? (q: Member) => q.first : (q: Member) => -q.last;
  const keys = ascending(partners.map(condition.partner));
  const unique = keys.filter((key, index) => index === 0 || key !== keys[index - 1]);
  const tree = new Int32Array(unique.length + 1);
  const add = (position: number) => {
    for (let i = position + 1; i < tree.length; i += i & -i) tree[i]! += 1;
  };
  /** How many added keys sit at positions below `position`. */
  const prefix = (position: number) => {
    let sum = 0;
    for (let i = position; i > 0; i -= i & -i) sum += tree[i]!;
    return sum;
  };
  const byTime = [...partners].sort((p, q) => compare(partnerTime(p), partnerTime(q)));
  const order = figures.map((_, position) => position).sort((x, y) => compare(figureTime(figures[x]!), figureTime(figures[y]!)));
  const counts = new Int32Array(figures.length);
  let added = 0;
  for (const position of order) {
    const q = figures[position]!;
    const time = figureTime(q);
    while (added < byTime.length && partnerTime(byTime[added]!) < time) {
      add(bound(unique, condition.partner(byTime[added]!), false));
      added += 1;
    }
    const x = condition.figure(q);
    counts[position] = condition.above ? added - prefix(bound(unique, x, true)) : prefix(bound(unique, x, false));
  }
  return counts;
}
