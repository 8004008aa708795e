// The chart over time of a large topic drawn from summaries (ADR 0024): in each bin, one slot
// per modality with a faint line from the lowest to the highest figure, a thick one over the
// middle half and a dot at the median. Same axes and colours as the chart of every figure.
import * as Plot from "@observablehq/plot";
import { formatDate, formatNumber } from "../domain/format";
import { chartFont, modalityColourScale, renderPlot } from "./plot-svg";
import { rememberDrawings } from "./render-cache";
import type { TimeSummaryData, TimeSummaryMark } from "./time-summary-data";
import { decorative } from "./value-chart";

const [width, height, marginLeft, marginRight] = [1120, 300, 56, 36];

/** The chart as markup; drawn once, at the wide size (its slots are too many for a phone's width). */
export const renderTimeSummary = rememberDrawings(drawTimeSummary);

function drawTimeSummary(data: TimeSummaryData, description: string): string {
  // A slot's width in pixels: the lines fill most of it, and never vanish.
  const slot = (width - marginLeft - marginRight) / (data.bins * data.slots.length);
  const thick = Math.max(2, Math.min(10, Math.floor(slot * 0.7)));
  return renderPlot({
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 16,
    marginBottom: 32,
    style: { fontSize: "12px", fontFamily: chartFont },
    ariaLabel: `Figures over time, summarised by ${data.unit} and modality`,
    ariaDescription: description,
    x: { type: "utc", domain: [data.start, data.end], ticks: 8, tickFormat: (date: Date) => formatDate(date), label: null, round: true },
    y: { domain: [0, data.valueEnd], grid: true, tickFormat: formatNumber, label: null, round: true },
    color: modalityColourScale,
    marks: [
      Plot.ruleY([0], { stroke: "#8c959f", ...decorative }),
      Plot.ruleX(data.marks, {
        x: "drawnAt",
        y1: "min",
        y2: "max",
        stroke: "modality",
        strokeOpacity: 0.35,
        strokeWidth: Math.max(1, thick / 3),
        ...decorative,
      }),
      Plot.ruleX(data.marks, {
        x: "drawnAt",
        y1: "lowerQuartile",
        y2: "upperQuartile",
        stroke: "modality",
        strokeOpacity: 0.85,
        strokeWidth: thick,
        ...decorative,
      }),
      Plot.dot(data.marks, {
        x: "drawnAt",
        y: "median",
        fill: "white",
        stroke: "#1b1f24",
        strokeWidth: 1,
        r: Math.max(2, Math.min(4, thick / 2)),
        title: (mark: TimeSummaryMark) => mark.label,
      }),
    ],
  }).svg;
}
