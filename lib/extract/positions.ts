// Lookups by position in lists sorted by start. A 1,000,000-character report has tens of
// thousands of mentions; scanning them all for each sentence would make extraction quadratic.
import type { Span } from "./text";

/** Index of the first item whose start is at or after `position` (items.length if none). */
export function firstStartingAt<T extends { start: number }>(items: readonly T[], position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle]?.start ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Items that start and end within `range`. */
export function itemsWithin<T extends Span>(items: readonly T[], range: Span): T[] {
  const within: T[] = [];
  for (let index = firstStartingAt(items, range.start); index < items.length; index++) {
    const item = items[index];
    if (!item || item.start >= range.end) break;
    if (item.end <= range.end) within.push(item);
  }
  return within;
}

/** The first item (in order) starting at or after `start` and ending by `end`: a binary search, then a walk that stops past `end`. */
export function firstWithin<T extends Span>(items: readonly T[], start: number, end: number): T | undefined {
  for (let index = firstStartingAt(items, start); index < items.length; index++) {
    const item = items[index];
    if (!item || item.start > end) break;
    if (item.end <= end) return item;
  }
  return undefined;
}

/** The item covering `position`, for items that do not overlap one another. */
export function itemCovering<T extends Span>(items: readonly T[], position: number): T | undefined {
  const index = firstStartingAt(items, position + 1) - 1;
  const item = items[index];
  return item && position >= item.start && position < item.end ? item : undefined;
}

/** Items that overlap or touch `range`, for items that do not overlap one another. */
export function itemsTouching<T extends Span>(items: readonly T[], range: Span): T[] {
  const touching: T[] = [];
  for (let index = Math.max(0, firstStartingAt(items, range.start) - 1); index < items.length; index++) {
    const item = items[index];
    if (!item || item.start > range.end) break;
    if (item.end >= range.start) touching.push(item);
  }
  return touching;
}
