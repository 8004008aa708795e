// A figure as the set of numbers it allows. Two figures can only contradict each other if no
// number satisfies both, so every comparison starts here. See docs/decisions/0004-figure-intervals.md.
import { usableNumber, type FigureNumbers } from "./figure";

/** "About 10,000" allows 9,000–11,000: ±10% of the stated value. */
export const APPROX_TOLERANCE = 0.1;

/** An interval of numbers; Infinity marks an unbounded end (which is always open). */
export type FigureInterval = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

import { formatNumber } from "./format";

/** A number as the views print it: "12,000". */
export { formatNumber };

function closed(low: number, high: number): FigureInterval {
  return { low, high, lowOpen: false, highOpen: false };
}

// Band edges are rounded to 12 significant digits so that an edge lands where a reader
// computing by hand puts it: 7 ± 10% reaches 7.7, not 7.700000000000001.
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** The stated bounds, each falling back to the value (then to the other bound) when missing. */
function statedRange(value: number | null, lower: number | null, upper: number | null): FigureInterval | null {
  const low = lower ?? value ?? upper;
  const high = upper ?? value ?? lower;
  if (low === null || high === null) return null;
  // Bounds entered the wrong way round still describe the same span.
  return closed(Math.min(low, high), Math.max(low, high));
}

/**
 * The numbers a figure allows, by qualifier: exact v → [v, v]; approx (and unknown) v →
 * [v − t·v, v + t·v]; up_to v → (0, v]; at_most v → [0, v]; at_least v → [v, ∞);
 * more_than v → (v, ∞); range → [lower, upper]. A missing value falls back to the bound the
 * qualifier points at, and a missing bound to the value. No usable number → null.
 */
export function figureInterval(figure: FigureNumbers, tolerance: number = APPROX_TOLERANCE): FigureInterval | null {
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`The approximation tolerance must be a finite number ≥ 0, not ${tolerance}.`);
  }
  const value = usableNumber(figure.value);
  const lower = usableNumber(figure.lower);
  const upper = usableNumber(figure.upper);
  switch (figure.qualifier ?? "unknown") {
    case "exact":
      return value === null ? statedRange(value, lower, upper) : closed(value, value);
    // An unqualified number in a news report is usually a rounded estimate, so it gets the
    // approximation band rather than being taken to the last digit (see the ADR).
    case "approx":
    case "unknown": {
      if (value === null) return statedRange(value, lower, upper);
      const margin = Math.abs(value) * tolerance;
      return closed(tidy(value - margin), tidy(value + margin));
    }
    case "up_to":
    case "at_most": {
      const ceiling = value ?? upper;
      if (ceiling === null) return null;
      return { low: 0, high: ceiling, lowOpen: figure.qualifier === "up_to", highOpen: false };
    }
    case "at_least":
    case "more_than": {
      const floor = value ?? lower;
      if (floor === null) return null;
      return { low: floor, high: Infinity, lowOpen: figure.qualifier === "more_than", highOpen: true };
    }
    case "range":
      return statedRange(value, lower, upper);
  }
}

/** No number lies inside: (0, 0], [5, 3]. */
export function isEmptyInterval(i: FigureInterval): boolean {
  return i.low > i.high || (i.low === i.high && (i.lowOpen || i.highOpen));
}

// Whether `a` starts at or before the point where `b` ends, counting a shared end point
// only when both intervals include it.
function startsBeforeEndOf(a: FigureInterval, b: FigureInterval): boolean {
  return a.low < b.high || (a.low === b.high && !a.lowOpen && !b.highOpen);
}

/** Whether some number satisfies both intervals, respecting open and closed ends. */
export function intervalsOverlap(a: FigureInterval, b: FigureInterval): boolean {
  if (isEmptyInterval(a) || isEmptyInterval(b)) return false;
  return startsBeforeEndOf(a, b) && startsBeforeEndOf(b, a);
}

/** The numbers both intervals allow, or null when there are none. */
export function intervalIntersection(a: FigureInterval, b: FigureInterval): FigureInterval | null {
  if (!intervalsOverlap(a, b)) return null;
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return {
    low,
    high,
    lowOpen: (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen),
    highOpen: (a.high === high && a.highOpen) || (b.high === high && b.highOpen),
  };
}

/**
 * An interval in words: "12,000", "9,000–11,000", "up to 12,000", "at most 12,000",
 * "12,000 or more", "more than 10,000". A finite upper end is read as included; figures
 * never produce an open finite upper end.
 */
export function describeInterval(i: FigureInterval): string {
  const low = formatNumber(i.low);
  const high = formatNumber(i.high);
  if (i.high === Infinity) return i.lowOpen ? `more than ${low}` : `${low} or more`;
  if (i.low === 0 && i.lowOpen) return `up to ${high}`;
  if (i.low === i.high) return low;
  if (i.low === 0) return `at most ${high}`;
  if (i.lowOpen) return `more than ${low}, up to ${high}`;
  return `${low}–${high}`;
}
