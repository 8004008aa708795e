// The value chart of a large topic drawn from summaries (ADR 0024): per origin and modality a
// faint bar from the lowest to the highest figure, a stronger one over the middle half, a tick
// at the median and the count at the right. Same axis, rows, labels and colours as the chart
// of every figure (value-chart.ts), so an analyst reads both the same way.
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../domain/interval";
import { chartFont, modalityColourScale, renderPlot } from "./plot-svg";
import { rememberDrawings } from "./render-cache";
import { type ChartLayout, decorative, labelMarks, laneId, lanesOf } from "./value-chart";
import type { SummaryLane, ValueSummaryData } from "./value-summary-data";

const geometry = {
  wide: { width: 1120, laneHeight: 14, marginLeft: 230 },
  narrow: { width: 380, laneHeight: 14, marginLeft: 12 },
} as const;

function summaryMarks(lanes: readonly SummaryLane[]) {
  const y = (lane: SummaryLane) => laneId(lane.originKey, lane.lane);
  return [
    Plot.barX(lanes, { x1: "min", x2: "max", y, fill: "modality", fillOpacity: 0.25, insetTop: 4, insetBottom: 4, ...decorative }),
    Plot.barX(lanes, { x1: "lowerQuartile", x2: "upperQuartile", y, fill: "modality", fillOpacity: 0.75, insetTop: 2, insetBottom: 2, ...decorative }),
    Plot.tickX(lanes, { x: "median", y, stroke: "#1b1f24", strokeWidth: 2, title: "label", ariaLabel: "label" }),
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

/** The chart as SVG markup, for the given layout; null when no figure has a number. */
export const renderValueSummary = rememberDrawings(drawValueSummary);

function drawValueSummary(data: ValueSummaryData, layout: ChartLayout, description: string): string | null {
  if (data.lanes.length === 0) return null;
  const { width, laneHeight, marginLeft } = geometry[layout];
  const lanes = lanesOf(data.rows, layout);
  const rowShading = lanes.filter((lane) => lane.rowIndex % 2 === 0);
  return renderPlot({
    width,
    height: 46 + lanes.length * laneHeight,
    marginLeft,
    // Room for the count beside a lane that reaches the end of the axis.
    marginRight: 44,
    marginTop: 8,
    marginBottom: 38,
    style: { fontSize: "12px", fontFamily: chartFont },
    ariaLabel: "Figures on one value axis, summarised: one row per independent origin, one lane per modality",
    ariaDescription: description,
    x: { domain: [data.axisStart, data.axisEnd], grid: true, tickFormat: formatNumber, ticks: layout === "wide" ? 8 : 4, label: null, round: true },
    // Whole pixels: the page carries every coordinate twice (HTML and React's payload).
    y: { type: "band", domain: lanes.map((lane) => lane.id), padding: 0, axis: null, round: true },
    color: modalityColourScale,
    marks: [
      Plot.barX(rowShading, { x1: data.axisStart, x2: data.axisEnd, y: "id", fill: "#f3f5f7", ...decorative }),
      Plot.ruleX([data.axisStart], { stroke: "#8c959f", ...decorative }),
      ...summaryMarks(data.lanes),
      ...labelMarks(lanes, data, layout),
    ],
  }).svg;
}
