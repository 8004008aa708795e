// For each figure, how many partners fall in each cell of time × number (comparison-sweep.ts):
// time 0 the partner ends before the figure starts, 1 they share a day (or by as-of, the same
// day), 2 the partner starts after; number 0 the partner lies wholly below, 1 wholly above,
// 2–4 the two overlap with the partner's point higher, equal or lower.
import { countAllFour, countApart, countApartFour, type FourCounts, type Member } from "./partner-counts";

export type { Member };

export const valueCells = 5;
export const cellsPerFigure = 3 * valueCells;
/** The value cell of overlapping points that are equal, and of every partner when numbers do not matter. */
export const equalPointCell = 3;
const equalPoint = equalPointCell;

/** timed: days matter; valued: numbers matter; self: every figure is also among the partners (and no partner of itself). */
export type CellShape = { timed: boolean; valued: boolean; self: boolean };

export function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V) {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

type Split = { all: Int32Array; before: Int32Array | null; after: Int32Array | null };

/** The asked counts, each split by time. */
function fourSplits(figures: readonly Member[], partners: readonly Member[], timed: boolean, asked: (keyof FourCounts)[]): Split[] {
  const all = countAllFour(figures, partners);
  const before = timed ? countApartFour(figures, partners, true) : null;
  const after = timed ? countApartFour(figures, partners, false) : null;
  return asked.map((count) => ({ all: all[count], before: before?.[count] ?? null, after: after?.[count] ?? null }));
}

/** A count split by time: [all, before, after] → partners in each time cell for figure `at`. */
function byTime({ all, before, after }: Split, at: number): [number, number, number] {
  const early = before?.[at] ?? 0;
  const late = after?.[at] ?? 0;
  return [early, all[at]! - early - late, late];
}

/**
 * Partners wholly above (or below) a figure whose point equals the figure's: an interval open
 * at the shared end ("more than 100" against "100"). Counted within groups of one point.
 */
function equalPointApart(figures: readonly Member[], partners: readonly Member[], timed: boolean, self: boolean) {
  const above: Split = {
    all: new Int32Array(figures.length),
    before: timed ? new Int32Array(figures.length) : null,
    after: timed ? new Int32Array(figures.length) : null,
  };
  const below: Split = {
    all: new Int32Array(figures.length),
    before: timed ? new Int32Array(figures.length) : null,
    after: timed ? new Int32Array(figures.length) : null,
  };
  const partnersAt = new Map<number, Member[]>();
  for (const partner of partners) pushTo(partnersAt, partner.point, partner);
  const figuresAt = new Map<number, Member[]>();
  for (const figure of figures) pushTo(figuresAt, figure.point, figure);
  const positionOf = new Map(figures.map((figure, position) => [figure, position]));
  for (const [point, group] of figuresAt) {
    const others = partnersAt.get(point);
    // A figure is neither above nor below itself, so a group of one in one list has nothing to count.
    if (!others || (self && others.length === 1)) continue;
    if (group.length * others.length <= fewPairs) {
      for (const figure of group) {
        const at = positionOf.get(figure)!;
        for (const partner of others) {
          const target = partner.low > figure.high ? above : partner.high < figure.low ? below : null;
          if (target === null) continue;
          target.all[at]! += 1;
          if (target.before && partner.last < figure.first) target.before[at]! += 1;
          if (target.after && partner.first > figure.last) target.after[at]! += 1;
        }
      }
      continue;
    }
    const counted = fourSplits(group, others, timed, ["above", "below"]);
    group.forEach((figure, position) => {
      const at = positionOf.get(figure)!;
      for (const [target, source] of [
        [above, counted[0]!],
        [below, counted[1]!],
      ] as const) {
        target.all[at] = source.all[position]!;
        if (target.before) target.before[at] = source.before![position]!;
        if (target.after) target.after[at] = source.after![position]!;
      }
    });
  }
  return { above, below };
}

/** The cell of one partner p of figure q (time × valueCells + value). */
function cellOf(q: Member, p: Member, timed: boolean, valued: boolean): number {
  const time = !timed ? 1 : p.last < q.first ? 0 : p.first > q.last ? 2 : 1;
  if (!valued) return time * valueCells + equalPoint;
  const value = p.high < q.low ? 0 : p.low > q.high ? 1 : p.point > q.point ? 2 : p.point < q.point ? 4 : equalPoint;
  return time * valueCells + value;
}

/** Below this many pairs, placing each pair in its cell is cheaper than sorting for counts. */
const fewPairs = 512;

/** Each figure's partners by cell: figure position × cellsPerFigure + time × valueCells + value. */
export function cellsOf(figures: readonly Member[], partners: readonly Member[], { timed, valued, self }: CellShape): Int32Array {
  const cells = new Int32Array(figures.length * cellsPerFigure);
  if (figures.length * partners.length <= fewPairs) {
    figures.forEach((q, at) => {
      for (const p of partners) if (!(self && p === q)) cells[at * cellsPerFigure + cellOf(q, p, timed, valued)]! += 1;
    });
    return cells;
  }
  const total: Split = {
    all: new Int32Array(figures.length).fill(partners.length),
    before: timed ? countApart(figures, partners, true) : null,
    after: timed ? countApart(figures, partners, false) : null,
  };
  if (!valued) {
    figures.forEach((_, at) => {
      const times = byTime(total, at);
      if (self) times[1] -= 1;
      times.forEach((count, time) => {
        cells[at * cellsPerFigure + time * valueCells + equalPoint] = count;
      });
    });
    return cells;
  }
  const [below, above, higher, lower] = fourSplits(figures, partners, timed, ["below", "above", "higher", "lower"]) as [Split, Split, Split, Split];
  const equal = equalPointApart(figures, partners, timed, self);
  figures.forEach((_, at) => {
    const [totals, belows, aboves, highers, lowers, equalAboves, equalBelows] = [total, below, above, higher, lower, equal.above, equal.below].map((counts) =>
      byTime(counts, at),
    );
    for (let time = 0; time < 3; time += 1) {
      // A partner wholly above has a point at least as high (a figure's point lies in its
      // interval or at its open end), so "higher and overlapping" is higher minus the part of
      // "wholly above" whose point is not equal; likewise below.
      const overlapHigher = highers![time]! - (aboves![time]! - equalAboves![time]!);
      const overlapLower = lowers![time]! - (belows![time]! - equalBelows![time]!);
      const overlapEqual = totals![time]! - highers![time]! - lowers![time]! - equalAboves![time]! - equalBelows![time]! - (self && time === 1 ? 1 : 0);
      const base = at * cellsPerFigure + time * valueCells;
      cells.set([belows![time]!, aboves![time]!, overlapHigher, overlapEqual, overlapLower], base);
    }
  });
  return cells;
}

/** Cells (as cellsOf) over all partners, and over the partners of each figure's own origin. */
export function cellsByOrigin(figures: readonly Member[], partners: readonly Member[], shape: CellShape): { all: Int32Array; same: Int32Array } {
  const all = cellsOf(figures, partners, shape);
  const same = new Int32Array(all.length);
  const partnersByOrigin = new Map<string, Member[]>();
  for (const partner of partners) pushTo(partnersByOrigin, partner.origin, partner);
  const figuresByOrigin = new Map<string, number[]>();
  figures.forEach((figure, position) => {
    pushTo(figuresByOrigin, figure.origin, position);
  });
  for (const [origin, positions] of figuresByOrigin) {
    const others = partnersByOrigin.get(origin);
    if (!others) continue;
    const counted = cellsOf(
      positions.map((position) => figures[position]!),
      others,
      shape,
    );
    positions.forEach((at, position) => {
      same.set(counted.subarray(position * cellsPerFigure, (position + 1) * cellsPerFigure), at * cellsPerFigure);
    });
  }
  return { all, same };
}
