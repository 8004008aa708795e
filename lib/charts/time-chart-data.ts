// The figures of a topic shaped for the chart over time: when each was claimed, its number,
// and the interval its qualifier allows, one symbol per independent origin.
import { pointValue, type Figure } from "../domain/figure";
import { figureInterval } from "../domain/interval";
import { originKey, type IndependentOrigin } from "../domain/origins";
import type { Modality } from "../domain/vocabulary";
import { figureLabel } from "../domain/wording";
import { axisEndFor, markKindOf, type MarkKind } from "./value-chart-data";

const DAY_MS = 86_400_000;

export type TimePoint = {
  id: string;
  /** When it was claimed. */
  claimedAt: Date;
  /** Where it is drawn: `claimedAt`, nudged sideways when figures share a day and a number. */
  drawnAt: Date;
  value: number;
  low: number;
  high: number;
  kind: MarkKind;
  modality: Modality;
  /** The originator's name: the point's symbol. */
  origin: string;
  label: string;
};

export type TimeChartData = { points: TimePoint[]; start: Date; end: Date; valueEnd: number; origins: string[]; undated: number };

/**
 * The days shown: the first and last claimed, padded by a few days (or a tenth of the span)
 * so that points do not sit on the frame, and one lone day still reads as a day.
 */
export function timeDomain(times: readonly number[]): [Date, Date] {
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(3 * DAY_MS, (last - first) * 0.1);
  return [new Date(first - pad), new Date(last + pad)];
}

/**
 * Figures claimed the same day with the same number would hide each other: they are spread
 * sideways around their day, `step` apart, in the order given. Returns each figure's offset.
 */
export function sideBySide(points: readonly { id: string; time: number; value: number }[], step: number): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const point of points) {
    const key = `${Math.floor(point.time / DAY_MS)}:${point.value}`;
    groups.set(key, [...(groups.get(key) ?? []), point.id]);
  }
  const offsets = new Map<string, number>();
  for (const ids of groups.values()) {
    for (const [index, id] of ids.entries()) offsets.set(id, (index - (ids.length - 1) / 2) * step);
  }
  return offsets;
}

type Dated = Omit<TimePoint, "drawnAt" | "high"> & { high: number; time: number };

function datedFigure(figure: Figure, origin: string): Dated | null {
  const interval = figureInterval(figure);
  const value = pointValue(figure);
  const kind = markKindOf(figure);
  const time = figure.claimedAt?.getTime();
  if (interval === null || value === null || kind === null || time === undefined || !Number.isFinite(time)) return null;
  return {
    id: figure.id,
    claimedAt: figure.claimedAt!,
    time,
    value,
    low: interval.low,
    high: interval.high,
    kind,
    modality: figure.modality,
    origin,
    label: figureLabel(figure),
  };
}

/** Points for every figure with a date and a number; `undated` counts the others. */
export function timeChartData(origins: readonly IndependentOrigin[]): TimeChartData | null {
  const names = new Map(origins.map((origin) => [origin.key, origin.originatorName ?? "Unattributed"]));
  const figures = origins.flatMap((origin) => origin.figures);
  const dated = figures.flatMap((figure) => datedFigure(figure, names.get(originKey(figure)) ?? "Unattributed") ?? []);
  if (dated.length === 0) return null;
  const [start, end] = timeDomain(dated.map((point) => point.time));
  // A twenty-fifth of the span keeps dots apart on a phone-wide chart, and within their day.
  const offsets = sideBySide(dated, (end.getTime() - start.getTime()) / 25);
  let highest = 0;
  for (const point of dated) highest = Math.max(highest, point.value, Number.isFinite(point.high) ? point.high : point.low);
  const valueEnd = axisEndFor(highest);
  const points = dated.map(({ time, ...point }) => ({
    ...point,
    high: Math.min(point.high, valueEnd),
    drawnAt: new Date(time + (offsets.get(point.id) ?? 0)),
  }));
  return { points, start, end, valueEnd, origins: [...new Set(points.map((point) => point.origin))], undated: figures.length - points.length };
}
