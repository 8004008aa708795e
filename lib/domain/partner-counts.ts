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

function ascending(values: ArrayLike<number>): Float64Array {
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

/** Per figure, how many partners lie wholly below, wholly above, have a higher point, a lower point. */
export type FourCounts = { below: Int32Array; above: Int32Array; higher: Int32Array; lower: Int32Array };

/** A Fenwick tree over a sorted set of keys: add a key, count added keys below or above a value. */
function keyTree(keys: Float64Array) {
  const unique = keys.filter((key, index) => index === 0 || key !== keys[index - 1]);
  const tree = new Int32Array(unique.length + 1);
  let added = 0;
  const prefix = (position: number) => {
    let sum = 0;
    for (let i = position; i > 0; i -= i & -i) sum += tree[i]!;
    return sum;
  };
  return {
    add(key: number) {
      added += 1;
      for (let i = bound(unique, key, false) + 1; i < tree.length; i += i & -i) tree[i]! += 1;
    },
    below: (x: number) => prefix(bound(unique, x, false)),
    above: (x: number) => added - prefix(bound(unique, x, true)),
  };
}

/**
 * For each figure, the four counts among partners that end before it starts (`before`; else
 * that start after it ends): partners enter Fenwick trees over their keys in time order.
 */
export function countApartFour(figures: readonly Member[], partners: readonly Member[], before: boolean): FourCounts {
  // "Starts after q ends" is "ends before" on negated days, so one sweep serves both.
  const partnerTime = before ? (p: Member) => p.last : (p: Member) => -p.first;
  const figureTime = before ? (q: Member) => q.first : (q: Member) => -q.last;
  const sorted = sortedKeys(partners);
  const highs = keyTree(sorted.highs);
  const lows = keyTree(sorted.lows);
  const points = keyTree(sorted.points);
  const byTime = [...partners].sort((p, q) => compare(partnerTime(p), partnerTime(q)));
  const order = figures.map((_, position) => position).sort((x, y) => compare(figureTime(figures[x]!), figureTime(figures[y]!)));
  const n = figures.length;
  const counts: FourCounts = { below: new Int32Array(n), above: new Int32Array(n), higher: new Int32Array(n), lower: new Int32Array(n) };
  let added = 0;
  for (const position of order) {
    const q = figures[position]!;
    const time = figureTime(q);
    for (; added < byTime.length && partnerTime(byTime[added]!) < time; added += 1) {
      const p = byTime[added]!;
      highs.add(p.high);
      lows.add(p.low);
      points.add(p.point);
    }
    counts.below[position] = highs.below(q.low);
    counts.above[position] = lows.above(q.high);
    counts.higher[position] = points.above(q.point);
    counts.lower[position] = points.below(q.point);
  }
  return counts;
}

/** The four counts among all partners. */
export function countAllFour(figures: readonly Member[], partners: readonly Member[]): FourCounts {
  const sorted = sortedKeys(partners);
  const counts = (keys: Float64Array, x: (q: Member) => number, above: boolean) =>
    Int32Array.from(figures, (q) => (above ? keys.length - bound(keys, x(q), true) : bound(keys, x(q), false)));
  return {
    below: counts(sorted.highs, (q) => q.low, false),
    above: counts(sorted.lows, (q) => q.high, true),
    higher: counts(sorted.points, (q) => q.point, true),
    lower: counts(sorted.points, (q) => q.point, false),
  };
}

/** The partners' interval ends and points, each sorted once and shared by every count. */
export type SortedKeys = { highs: Float64Array; lows: Float64Array; points: Float64Array };

const sortedKeysOf = new WeakMap<readonly Member[], SortedKeys>();

export function sortedKeys(partners: readonly Member[]): SortedKeys {
  let sorted = sortedKeysOf.get(partners);
  if (!sorted) {
    const n = partners.length;
    const highs = new Float64Array(n);
    const lows = new Float64Array(n);
    const points = new Float64Array(n);
    partners.forEach((p, i) => {
      highs[i] = p.high;
      lows[i] = p.low;
      points[i] = p.point;
    });
    sorted = { highs: highs.sort(), lows: lows.sort(), points: points.sort() };
    sortedKeysOf.set(partners, sorted);
  }
  return sorted;
}
