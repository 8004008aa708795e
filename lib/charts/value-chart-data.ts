// The figures of a topic shaped for the value chart: one row per independent origin, each
// figure drawn as what its qualifier allows (docs/decisions/0004), and figures that would
// cover each other moved to lanes of their own within the row so none is hidden.
import type { Figure } from "../domain/figure";
import { pointValue } from "../domain/figure";
import { figureInterval } from "../domain/interval";
import type { IndependentOrigin, OriginRelay } from "../domain/origins";
import type { Modality } from "../domain/vocabulary";
import { figureLabel } from "../domain/wording";

/**
 * point: an exact number. band: "about", ±10%. range: stated bounds. up_to: from zero to a
 * ceiling. open_ended: from a floor to the end of the axis ("at least", "more than").
 */
export type MarkKind = "point" | "band" | "range" | "up_to" | "open_ended";

export type ChartRow = { key: string; originator: string; relays: string[]; lanes: number };

export type ChartFigure = {
  id: string;
  originKey: string;
  lane: number;
  kind: MarkKind;
  /** The number stated: where the dot goes. */
  value: number;
  /** The interval drawn, its open end cut at the axis end. */
  low: number;
  high: number;
  modality: Modality;
  /** "up to 12,000 (possible, Unnamed sources)": the mark's title and its text alternative. */
  label: string;
};

export type ValueChartData = { rows: ChartRow[]; figures: ChartFigure[]; axisStart: number; axisEnd: number; unplotted: number };

/** How a figure is drawn, from the interval the comparison core gives it; null: no number to draw. */
export function markKindOf(figure: Figure): MarkKind | null {
  const interval = figureInterval(figure);
  if (interval === null) return null;
  if (interval.high === Infinity) return "open_ended";
  if (interval.low === interval.high) return "point";
  switch (figure.qualifier ?? "unknown") {
    case "up_to":
    case "at_most":
      return "up_to";
    case "range":
    case "exact":
      return "range";
    default:
      return "band";
  }
}

/** A round number a little above `value`, so the highest mark and its arrow have room. */
export function axisEndFor(value: number): number {
  if (value <= 0) return 1;
  const padded = value * 1.12;
  const step = 10 ** Math.floor(Math.log10(padded)) / 2;
  return Math.ceil(padded / step) * step;
}

/**
 * Lanes within one row: each figure takes the first lane where it does not touch the one
 * before it, `gap` being the least distance that keeps two marks apart on screen. Two
 * figures at the same number always get two lanes.
 */
export function assignLanes(spans: readonly { id: string; low: number; high: number }[], gap: number): Map<string, number> {
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  const ordered = [...spans].sort((a, b) => a.low - b.low || a.high - b.high);
  for (const span of ordered) {
    let lane = laneEnds.findIndex((end) => end + gap <= span.low);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.high;
    lanes.set(span.id, lane);
  }
  return lanes;
}

/** "via Yonhap News Agency", "cited by Volodymyr Zelensky": relays listed under their originator. */
export function relayWords(relays: readonly OriginRelay[]): string[] {
  const speakers = relays.filter((relay) => relay.role === "speaker").map((relay) => relay.sourceName);
  const others = relays.filter((relay) => relay.role !== "speaker").map((relay) => relay.sourceName);
  return [...(speakers.length ? [`cited by ${speakers.join(", ")}`] : []), ...(others.length ? [`via ${others.join(", ")}`] : [])];
}

type Drawn = Omit<ChartFigure, "lane">;

function drawnFigure(figure: Figure, originKey: string, axisEnd: number): Drawn | null {
  const kind = markKindOf(figure);
  const interval = figureInterval(figure);
  const value = pointValue(figure);
  if (kind === null || interval === null || value === null) return null;
  return {
    id: figure.id,
    originKey,
    kind,
    value,
    low: interval.low,
    high: Math.min(interval.high, axisEnd),
    modality: figure.modality,
    label: figureLabel(figure),
  };
}

/** Every finite end of every figure's interval, and its point value. */
function finiteNumbers(figures: readonly Figure[]): number[] {
  return figures.flatMap((figure) => {
    const interval = figureInterval(figure);
    const value = pointValue(figure);
    return [interval?.low, interval?.high, value].filter((n): n is number => typeof n === "number" && Number.isFinite(n));
  });
}

/** Rows, lanes and marks for the origins' figures; `unplotted` counts figures without a number. */
export function valueChartData(origins: readonly IndependentOrigin[]): ValueChartData {
  const all = origins.flatMap((origin) => origin.figures);
  const numbers = finiteNumbers(all);
  let highest = 0;
  let lowest = 0;
  for (const n of numbers) {
    highest = Math.max(highest, n);
    lowest = Math.min(lowest, n);
  }
  const axisEnd = axisEndFor(highest);
  const axisStart = lowest < 0 ? -axisEndFor(-lowest) : 0;
  const gap = (axisEnd - axisStart) * 0.02;
  const rows: ChartRow[] = [];
  const figures: ChartFigure[] = [];
  for (const origin of origins) {
    const drawn = origin.figures.flatMap((figure) => drawnFigure(figure, origin.key, axisEnd) ?? []);
    if (drawn.length === 0) continue;
    const lanes = assignLanes(drawn, gap);
    rows.push({
      key: origin.key,
      originator: origin.originatorName ?? "Unattributed",
      relays: relayWords(origin.relays),
      lanes: Math.max(...lanes.values()) + 1,
    });
    for (const mark of drawn) figures.push({ ...mark, lane: lanes.get(mark.id) ?? 0 });
  }
  return { rows, figures, axisStart, axisEnd, unplotted: all.length - figures.length };
}
