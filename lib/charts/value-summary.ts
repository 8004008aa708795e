// The value chart of a large topic drawn from summaries (ADR 0024): per origin and modality a
// faint bar from the lowest to the highest figure, a stronger one over the middle half, a tick
// at the median and the count at the right. Same axis, rows, labels and colours as the chart
// of every figure (value-chart.ts), so an analyst reads both the same way.
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../domain/interval";
import { rememberDrawings } from "./render-cache";
import { decorative, drawValueAxis, laneId, lanesOf } from "./value-chart";
import type { SummaryLane, ValueSummaryData } from "./value-summary-data";

/** Drawn once, at the wide size (ADR 0024's addendum): a phone scrolls it sideways. */
const geometry = { width: 1120, laneHeight: 14, marginLeft: 230 } as const;
const layout = "wide";

function summaryMarks(lanes: readonly SummaryLane[]) {
  const y = (lane: SummaryLane) => laneId(lane.originKey, lane.lane);
  return [
    Plot.barX(lanes, { x1: "min", x2: "max", y, fill: "modality", fillOpacity: 0.25, insetTop: 4, insetBottom: 4, ...decorative }),
    Plot.barX(lanes, { x1: "lowerQuartile", x2: "upperQuartile", y, fill: "modality", fillOpacity: 0.75, insetTop: 2, insetBottom: 2, ...decorative }),
    Plot.tickX(lanes, { x: "median", y, stroke: "#1b1f24", strokeWidth: 2, title: "label" }),
    Plot.text(lanes, {
      x: "max",
      y,
      text: (lane: SummaryLane) => formatNumber(lane.count),
      textAnchor: "start",
      dx: 5,
      fill: "#57606a",
      fontSize: 10,
      ...decorative,
    }),
  ];
}

/** The chart as SVG markup; null when no figure has a number. */
export const renderValueSummary = rememberDrawings(drawValueSummary);

function drawValueSummary(data: ValueSummaryData, description: string): string | null {
  if (data.lanes.length === 0) return null;
  const { width, laneHeight, marginLeft } = geometry;
  return drawValueAxis({
    data,
    lanes: lanesOf(data.rows, layout),
    layout,
    // Room for the count beside a lane that reaches the end of the axis; whole pixels, since
    // the page carries every coordinate twice (HTML and React's payload).
    frame: { width, laneHeight, marginLeft, marginRight: 44, fontSize: 12, round: true },
    ariaLabel: "Figures on one value axis, summarised: one row per independent origin, one lane per modality",
    description,
    marks: summaryMarks(data.lanes),
  });
}
