// The chart over time: each figure at the day it was claimed and its number, coloured by
// modality, one symbol per originator; a faint line shows what its qualifier allows.
import * as Plot from "@observablehq/plot";
import { formatDate, formatNumber } from "../domain/format";
import { chartFont, modalityColourScale, renderPlot } from "./plot-svg";
import { rememberDrawings } from "./render-cache";
import type { TimeChartData, TimePoint } from "./time-chart-data";
import { decorative, type ChartLayout } from "./value-chart";

const geometry = {
  wide: { width: 1120, height: 300, ticks: 8 },
  narrow: { width: 380, height: 260, ticks: 3 },
} as const;

export type RenderedTimeChart = { svg: string; legend: string | null };

/** The chart and its legend of originator symbols, as markup. */
export const renderTimeChart = rememberDrawings(drawTimeChart);

function drawTimeChart(data: TimeChartData, layout: ChartLayout, description: string): RenderedTimeChart {
  const { width, height, ticks } = geometry[layout];
  const bounded = data.points.filter((point) => point.kind !== "point" && point.kind !== "open_ended");
  const openEnded = data.points.filter((point) => point.kind === "open_ended");
  return renderPlot(
    {
      width,
      height,
      marginLeft: 56,
      marginRight: 36,
      marginTop: 16,
      marginBottom: 32,
      style: { fontSize: "12px", fontFamily: chartFont },
      ariaLabel: "Figures over time, by the day each was claimed",
      ariaDescription: description,
      x: { type: "utc", domain: [data.start, data.end], ticks, tickFormat: (date: Date) => formatDate(date), label: null },
      y: { domain: [0, data.valueEnd], grid: true, tickFormat: formatNumber, label: null },
      color: modalityColourScale,
      symbol: { domain: data.origins },
      marks: [
        Plot.ruleY([0], { stroke: "#8c959f", ...decorative }),
        Plot.ruleX(bounded, { x: "drawnAt", y1: "low", y2: "high", stroke: "modality", strokeOpacity: 0.45, strokeWidth: 5, ...decorative }),
        Plot.arrow(openEnded, {
          x1: "drawnAt",
          x2: "drawnAt",
          y1: "low",
          y2: () => data.valueEnd,
          stroke: "modality",
          strokeOpacity: 0.6,
          strokeWidth: 2.5,
          ...decorative,
        }),
        Plot.dot(data.points, {
          x: "drawnAt",
          y: "value",
          symbol: "origin",
          fill: "modality",
          stroke: "#1b1f24",
          strokeWidth: 0.75,
          r: 6,
          title: (point: TimePoint) => `${point.label}, claimed ${formatDate(point.claimedAt)}`,
        }),
      ],
    },
    "symbol",
  );
}
