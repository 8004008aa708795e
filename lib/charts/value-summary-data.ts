// The value chart of a large topic (ADR 0024): still a row per independent origin, but within
// it one lane per modality summarising that origin's figures of that modality (how many, lowest
// to highest, the middle half, the median) instead of a mark per figure. Its size depends on
// the origins and modalities shown, never on the number of figures.
import { pointValue } from "../domain/figure";
import { formatNumber } from "../domain/format";
import type { IndependentOrigin, OriginRelay } from "../domain/origins";
import { modalities, modalityLabels, type Modality } from "../domain/vocabulary";
import { type NumberSummary, summariseNumbers } from "./number-summary";
import { axisEndFor, type ChartRow, relayWords } from "./value-chart-data";

/** Origins drawn as rows of their own, those with the most figures; the rest share one row. */
export const originRowsShown = 12;

export type SummaryLane = NumberSummary & {
  originKey: string;
  lane: number;
  modality: Modality;
  /** "Unnamed sources, planned: 250 figures from 504 to 20,500, median 10,000, middle half 5,000 to 15,000". */
  label: string;
};

export type ValueSummaryData = {
  rows: ChartRow[];
  lanes: SummaryLane[];
  axisStart: number;
  axisEnd: number;
  /** Figures with a number, all counted in the lanes. */
  plotted: number;
  unplotted: number;
  /** Origins folded into the last row ("12 other origins"); 0 when every origin has its row. */
  foldedOrigins: number;
};

type Group = { key: string; originator: string; relays: string[]; figures: IndependentOrigin["figures"] };

const plural = (count: number, word: string) => `${formatNumber(count)} ${word}${count === 1 ? "" : "s"}`;

/** Relays named in a row's label: a long list would run off the chart's margin. */
function shortRelayWords(relays: readonly OriginRelay[]): string[] {
  const namedAtMost = 2;
  const named = relays.slice(0, namedAtMost);
  const words = relayWords(named);
  if (relays.length > namedAtMost) words.push(`and ${plural(relays.length - namedAtMost, "other relay")}`);
  return words;
}

/** The origins with the most figures keep their rows, in their order; the others share the last row. */
export function rowGroups(origins: readonly IndependentOrigin[], shown = originRowsShown): { groups: Group[]; folded: number } {
  const group = (origin: IndependentOrigin): Group => ({
    key: origin.key,
    originator: origin.originatorName ?? "Unattributed",
    relays: shortRelayWords(origin.relays),
    figures: origin.figures,
  });
  if (origins.length <= shown) return { groups: origins.map(group), folded: 0 };
  const kept = new Set(origins.toSorted((a, b) => b.figures.length - a.figures.length).slice(0, shown - 1));
  const others = origins.filter((origin) => !kept.has(origin));
  const rest: Group = {
    key: "other-origins",
    originator: `${plural(others.length, "other origin")}`,
    relays: [],
    figures: others.flatMap((origin) => origin.figures),
  };
  return { groups: [...origins.filter((origin) => kept.has(origin)).map(group), rest], folded: others.length };
}

export function summaryLabel(originator: string, modality: Modality, summary: NumberSummary): string {
  const head = `${originator}, ${modalityLabels[modality]}: ${plural(summary.count, "figure")}`;
  if (summary.min === summary.max) return `${head}, all ${formatNumber(summary.min)}`;
  return (
    `${head} from ${formatNumber(summary.min)} to ${formatNumber(summary.max)}, median ${formatNumber(summary.median)}, ` +
    `middle half ${formatNumber(summary.lowerQuartile)} to ${formatNumber(summary.upperQuartile)}`
  );
}

/** Rows and lanes for the origins' figures, each figure counted once by the number that stands for it. */
export function valueSummaryData(origins: readonly IndependentOrigin[]): ValueSummaryData {
  const { groups, folded } = rowGroups(origins);
  const rows: ChartRow[] = [];
  const lanes: SummaryLane[] = [];
  let plotted = 0;
  let unplotted = 0;
  let highest = 0;
  let lowest = 0;
  for (const group of groups) {
    const byModality = new Map<Modality, number[]>();
    for (const figure of group.figures) {
      const value = pointValue(figure);
      if (value === null) {
        unplotted += 1;
        continue;
      }
      const values = byModality.get(figure.modality) ?? [];
      values.push(value);
      byModality.set(figure.modality, values);
    }
    const present = modalities.filter((modality) => byModality.has(modality));
    if (present.length === 0) continue;
    rows.push({ key: group.key, originator: group.originator, relays: group.relays, lanes: present.length });
    for (const [lane, modality] of present.entries()) {
      const summary = summariseNumbers(byModality.get(modality)!)!;
      plotted += summary.count;
      highest = Math.max(highest, summary.max);
      lowest = Math.min(lowest, summary.min);
      lanes.push({ ...summary, originKey: group.key, lane, modality, label: summaryLabel(group.originator, modality, summary) });
    }
  }
  const axisStart = lowest < 0 ? -axisEndFor(-lowest) : 0;
  return { rows, lanes, axisStart, axisEnd: axisEndFor(highest), plotted, unplotted, foldedOrigins: folded };
}
