// The chart over time of a large topic (ADR 0024): the figures binned by when they were
// claimed (day, week, month, quarter or year: the finest that keeps the bins few) and, within
// a bin, summarised per modality (how many, lowest to highest, middle half, median).
import { type FigureNumbers, pointValue } from "../domain/figure";
import { formatDate, formatNumber } from "../domain/format";
import type { IndependentOrigin } from "../domain/origins";
import { modalities, modalityLabels, type Modality } from "../domain/vocabulary";
import { type NumberSummary, summariseNumbers } from "./number-summary";
import { axisEndFor } from "./value-chart-data";

export const binUnits = ["day", "week", "month", "quarter", "year"] as const;
export type BinUnit = (typeof binUnits)[number];

/** At most this many bins across the chart, so that each modality keeps a readable slot in each. */
export const binsShown = 30;

const DAY_MS = 86_400_000;

/** The start of the bin holding `time` (UTC; weeks start on Monday). */
export function binStart(unit: BinUnit, time: number): number {
  const date = new Date(time);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  switch (unit) {
    case "day":
      return Math.floor(time / DAY_MS) * DAY_MS;
    case "week":
      return (Math.floor(time / DAY_MS) - ((date.getUTCDay() + 6) % 7)) * DAY_MS;
    case "month":
      return Date.UTC(year, month, 1);
    case "quarter":
      return Date.UTC(year, month - (month % 3), 1);
    case "year":
      return Date.UTC(year, 0, 1);
  }
}

/** The start of the bin after the one starting at `start`. */
export function nextBin(unit: BinUnit, start: number): number {
  const date = new Date(start);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
  const months = { month: 1, quarter: 3, year: 12 } as const;
  if (unit === "day") return start + DAY_MS;
  if (unit === "week") return start + 7 * DAY_MS;
  return Date.UTC(year, month + months[unit], 1);
}

/** The finest unit whose bins between `first` and `last` number at most `binsShown`. */
export function binUnitFor(first: number, last: number): BinUnit {
  return (
    binUnits.find((unit) => {
      let bins = 1;
      for (let start = binStart(unit, first); nextBin(unit, start) <= last && bins <= binsShown; start = nextBin(unit, start)) bins += 1;
      return bins <= binsShown;
    }) ?? "year"
  );
}

/** "18 Oct 2024", "week of 14 Oct 2024", "Oct 2024", "Q4 2024", "2024". */
export function binName(unit: BinUnit, start: number): string {
  const date = new Date(start);
  switch (unit) {
    case "day":
      return formatDate(date);
    case "week":
      return `week of ${formatDate(date)}`;
    case "month":
      return formatDate(date).replace(/^\d+ /, "");
    case "quarter":
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case "year":
      return String(date.getUTCFullYear());
  }
}

export type TimeSummaryMark = NumberSummary & {
  modality: Modality;
  binStart: Date;
  /** Where it is drawn: its modality's slot within the bin. */
  drawnAt: Date;
  /** "Oct 2024, planned: 42 figures from 504 to 20,500, median 10,000, middle half 5,000 to 15,000". */
  label: string;
};

export type TimeSummaryData = {
  unit: BinUnit;
  marks: TimeSummaryMark[];
  start: Date;
  end: Date;
  /** The first and last days claimed. */
  firstClaimed: Date;
  lastClaimed: Date;
  valueEnd: number;
  /** Modalities present: one slot each in every bin. */
  slots: Modality[];
  bins: number;
  plotted: number;
  undated: number;
  originators: number;
};

export function timeSummaryLabel(bin: string, modality: Modality, summary: NumberSummary): string {
  const count = `${formatNumber(summary.count)} ${summary.count === 1 ? "figure" : "figures"}`;
  if (summary.min === summary.max) return `${bin}, ${modalityLabels[modality]}: ${count}, all ${formatNumber(summary.min)}`;
  return (
    `${bin}, ${modalityLabels[modality]}: ${count} from ${formatNumber(summary.min)} to ${formatNumber(summary.max)}, ` +
    `median ${formatNumber(summary.median)}, middle half ${formatNumber(summary.lowerQuartile)} to ${formatNumber(summary.upperQuartile)}`
  );
}

/** What the summary reads of a group of figures: a topic's independent origins, or one source's figures. */
export type SummarisedOrigin = Pick<IndependentOrigin, "key"> & {
  figures: readonly (FigureNumbers & Pick<IndependentOrigin["figures"][number], "claimedAt" | "modality">)[];
};

/** Bins and per-modality summaries for every figure with a date and a number; null when none has both. */
export function timeSummaryData(origins: readonly SummarisedOrigin[]): TimeSummaryData | null {
  const dated: { time: number; value: number; modality: Modality }[] = [];
  let figures = 0;
  const originators = new Set<string>();
  for (const origin of origins) {
    for (const figure of origin.figures) {
      figures += 1;
      const time = figure.claimedAt?.getTime();
      const value = pointValue(figure);
      if (time === undefined || !Number.isFinite(time) || value === null) continue;
      dated.push({ time, value, modality: figure.modality });
      originators.add(origin.key);
    }
  }
  if (dated.length === 0) return null;
  let [first, last] = [Infinity, -Infinity];
  for (const { time } of dated) [first, last] = [Math.min(first, time), Math.max(last, time)];
  const unit = binUnitFor(first, last);
  const groups = new Map<string, { start: number; modality: Modality; values: number[] }>();
  for (const { time, value, modality } of dated) {
    const start = binStart(unit, time);
    const key = `${start}:${modality}`;
    const group = groups.get(key) ?? { start, modality, values: [] };
    group.values.push(value);
    groups.set(key, group);
  }
  const slots = modalities.filter((modality) => dated.some((point) => point.modality === modality));
  const marks = [...groups.values()]
    .map(({ start, modality, values }) => {
      const summary = summariseNumbers(values)!;
      const width = nextBin(unit, start) - start;
      const drawnAt = new Date(start + ((slots.indexOf(modality) + 0.5) / slots.length) * width);
      return { ...summary, modality, binStart: new Date(start), drawnAt, label: timeSummaryLabel(binName(unit, start), modality, summary) };
    })
    .sort((a, b) => a.drawnAt.getTime() - b.drawnAt.getTime());
  const [start, end] = [binStart(unit, first), nextBin(unit, binStart(unit, last))];
  let bins = 0;
  for (let at = start; at < end; at = nextBin(unit, at)) bins += 1;
  return {
    unit,
    marks,
    start: new Date(start),
    end: new Date(end),
    firstClaimed: new Date(first),
    lastClaimed: new Date(last),
    valueEnd: axisEndFor(Math.max(0, ...marks.map((mark) => mark.max))),
    slots,
    bins,
    plotted: dated.length,
    undated: figures - dated.length,
    originators: originators.size,
  };
}
