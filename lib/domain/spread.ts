// The spread of a topic's figures: the smallest and largest, and how many times larger.
// "1,500 to 12,000, a ratio of 8" is the first thing an analyst reads on a topic.
import { type Figure, type FigureNumbers, pointValue, unitKey } from "./figure";

export type FigureSpread = {
  min: number;
  max: number;
  /** max / min; null when min is 0 or below, where a ratio means nothing. */
  ratio: number | null;
  /** How many figures the spread covers. */
  count: number;
  /** The unit compared, as first spelled; null when no figure names one. */
  unit: string | null;
};

type Measured = { value: number; unit: string | null };

// The unit most figures name, ties going to the first named, so the result is stable.
function dominantUnit(measured: readonly Measured[]): string | null {
  const tallies = new Map<string, { spelling: string; count: number }>();
  for (const { unit } of measured) {
    const key = unitKey(unit);
    if (unit === null || key === null) continue;
    const tally = tallies.get(key) ?? { spelling: unit.trim(), count: 0 };
    tally.count += 1;
    tallies.set(key, tally);
  }
  let best: { spelling: string; count: number } | null = null;
  for (const tally of tallies.values()) {
    if (best === null || tally.count > best.count) best = tally;
  }
  return best?.spelling ?? null;
}

/**
 * Min, max and ratio over the figures' point values (the value; a range's midpoint). Figures
 * without a number are left out, and so are figures in another unit than `unit` (by default
 * the unit most figures name); figures that name no unit count as the topic's. Null when no
 * figure is left.
 */
export function figureSpread(figures: readonly (FigureNumbers & Pick<Figure, "unit">)[], unit?: string): FigureSpread | null {
  const measured = figures.flatMap((figure): Measured[] => {
    const value = pointValue(figure);
    return value === null ? [] : [{ value, unit: figure.unit }];
  });
  const chosen = unit ?? dominantUnit(measured);
  const chosenKey = unitKey(chosen);
  const values = measured.filter((m) => chosenKey === null || unitKey(m.unit) === null || unitKey(m.unit) === chosenKey).map((m) => m.value);
  if (values.length === 0) return null;
  // A loop, not Math.min(...values): a topic can hold more figures than a call has arguments.
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return { min, max, ratio: min > 0 ? max / min : null, count: values.length, unit: chosenKey === null ? null : chosen };
}
