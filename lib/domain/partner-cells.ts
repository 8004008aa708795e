// For each figure, how many partners fall in each cell of time × number (comparison-sweep.ts):
// time 0 the partner ends before the figure starts, 1 they share a day (or by as-of, the same
// day), 2 the partner starts after; number 0 the partner lies wholly below, 1 wholly above,
// 2–4 the two overlap with the partner's point higher, equal or lower.
import { countAll, countApart, countApartAnd, type Member, partnerAbove, partnerBelow, pointHigher, pointLower } from "./partner-counts";

export type { Member };

export const valueCells = 5;
export const cellsPerFigure = 3 * valueCells;
const equalPoint = 3;

/** timed: days matter; valued: numbers matter; self: figures and partners are one list (a figure is no partner of itself). */
export type CellShape = { timed: boolean; valued: boolean; self: boolean };

type Split = { all: Int32Array; before: Int32Array | null; after: Int32Array | null };

/** A count split by time: [all, before, after] → partners in each time cell for figure `at`. */
function byTime({ all, before, after }: Split, at: number): [number, number, number] {
  const early = before?.[at] ?? 0;
  const late = after?.[at] ?? 0;
  return [early, all[at]! - early - late, late];
}

function split(figures: readonly Member[], partners: readonly Member[], timed: boolean, condition: Parameters<typeof countAll>[2]): Split {
  return {
    all: countAll(figures, partners, condition),
    before: timed ? countApartAnd(figures, partners, true, condition) : null,
    after: timed ? countApartAnd(figures, partners, false, condition) : null,
  };
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
  for (const partner of partners) partnersAt.set(partner.point, [...(partnersAt.get(partner.point) ?? []), partner]);
  const figuresAt = self ? partnersAt : new Map<number, Member[]>();
  if (!self) for (const figure of figures) figuresAt.set(figure.point, [...(figuresAt.get(figure.point) ?? []), figure]);
  const positionOf = new Map(figures.map((figure, position) => [figure, position]));
  for (const [point, group] of figuresAt) {
    const others = partnersAt.get(point);
    if (!others || others.length === 0) continue;
    const counted = [split(group, others, timed, partnerAbove), split(group, others, timed, partnerBelow)] as const;
    group.forEach((figure, position) => {
      const at = positionOf.get(figure)!;
      for (const [target, source] of [
        [above, counted[0]],
        [below, counted[1]],
      ] as const) {
        target.all[at] = source.all[position]!;
        if (target.before) target.before[at] = source.before![position]!;
        if (target.after) target.after[at] = source.after![position]!;
      }
    });
  }
  return { above, below };
}

/** Each figure's partners by cell: figure position × cellsPerFigure + time × valueCells + value. */
export function cellsOf(figures: readonly Member[], partners: readonly Member[], { timed, valued, self }: CellShape): Int32Array {
  const cells = new Int32Array(figures.length * cellsPerFigure);
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
  const [below, above, higher, lower] = [partnerBelow, partnerAbove, pointHigher, pointLower].map((condition) =>
    split(figures, partners, timed, condition),
  ) as [Split, Split, Split, Split];
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
