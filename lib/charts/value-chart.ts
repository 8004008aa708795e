// The value chart: every figure on one axis, a row per independent origin. A dot is the
// number stated; behind it, what the qualifier allows: a band for "about", a bar from zero
// for "up to", an arrow to the axis end for "at least". Drawn twice, wide and narrow, so
// that a phone gets a chart laid out for it rather than a shrunken one.
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../domain/interval";
import { chartFont, modalityColourScale, renderPlot } from "./plot-svg";
import { rememberDrawings } from "./render-cache";
import type { ChartFigure, ChartRow, ValueChartData } from "./value-chart-data";

export type ChartLayout = "wide" | "narrow";

/**
 * Shapes that only draw what each dot's label already says (the interval, the shading of
 * rows): hidden from assistive technology, which reads the dots' labels and the table.
 */
export const decorative = { ariaHidden: "true" };

const geometry = {
  wide: { width: 1120, laneHeight: 24, marginLeft: 230, fontSize: 12 },
  narrow: { width: 380, laneHeight: 22, marginLeft: 12, fontSize: 12 },
} as const;

/** A lane of marks (0, 1, …) or, on a phone, a line of the row's label above them. */
type LaneName = number | `label-${number}`;
export type Lane = { id: string; row: ChartRow; rowIndex: number; lane: LaneName; text: string | null };

export const laneId = (rowKey: string, lane: LaneName) => `${rowKey}#${lane}`;
const labelLines = (row: ChartRow) => [row.originator, ...row.relays];

/**
 * The y positions, top to bottom. Wide: a row has a lane per line of its label at least, the
 * label in the margin beside it. Narrow: the label's lines get lanes of their own above the marks.
 */
export function lanesOf(rows: readonly ChartRow[], layout: ChartLayout): Lane[] {
  return rows.flatMap((row, rowIndex) => {
    const lines = labelLines(row);
    const lane = (name: LaneName, text: string | null): Lane => ({ id: laneId(row.key, name), row, rowIndex, lane: name, text });
    if (layout === "wide") {
      return Array.from({ length: Math.max(row.lanes, lines.length) }, (_, index) => lane(index, lines[index] ?? null));
    }
    return [...lines.map((line, index) => lane(`label-${index}`, line)), ...Array.from({ length: row.lanes }, (_, index) => lane(index, null))];
  });
}

function figureMarks(figures: readonly ChartFigure[], data: ValueChartData) {
  const y = (figure: ChartFigure) => laneId(figure.originKey, figure.lane);
  const ofKind = (...kinds: ChartFigure["kind"][]) => figures.filter((figure) => kinds.includes(figure.kind));
  return [
    // "about" and stated ranges: the span of numbers the figure allows.
    Plot.barX(ofKind("band", "range"), {
      x1: "low",
      x2: "high",
      y,
      fill: "modality",
      fillOpacity: 0.3,
      stroke: "modality",
      insetTop: 6,
      insetBottom: 6,
      rx: 3,
      ...decorative,
    }),
    // "up to": everything from zero to the ceiling, fainter towards nothing.
    Plot.barX(ofKind("up_to"), {
      x1: "low",
      x2: "high",
      y,
      fill: "modality",
      fillOpacity: 0.18,
      stroke: "modality",
      strokeDasharray: "3,2",
      insetTop: 7,
      insetBottom: 7,
      ...decorative,
    }),
    // "at least": from the floor to the end of the axis, and beyond.
    Plot.arrow(ofKind("open_ended"), { x1: "low", x2: () => data.axisEnd, y1: y, y2: y, stroke: "modality", strokeWidth: 2.5, headLength: 10, ...decorative }),
    Plot.dot(figures, {
      x: "value",
      y,
      fill: "modality",
      stroke: "white",
      strokeWidth: 1.5,
      r: 6,
      // The <title> child is the mark's accessible name (SVG-AAM); an aria-label beside it
      // would repeat every label in the page (ADR 0024, 2026-11-30).
      title: "label",
    }),
  ];
}

/** The originator in bold, its relays below it in grey. */
function labelMarks(lanes: readonly Lane[], data: Pick<ValueChartData, "axisStart">, layout: ChartLayout) {
  const lines = lanes.filter((lane) => lane.text !== null);
  const isOriginator = (lane: Lane) => lane.text === lane.row.originator && (lane.lane === 0 || lane.lane === "label-0");
  // Wide, a label longer than the left margin (about 17 ems) would run off the chart: it ends in
  // "…" and Plot gives the cut line a title with the whole text.
  const position = layout === "wide" ? { textAnchor: "end", dx: -12, lineWidth: 17, textOverflow: "ellipsis" } : { textAnchor: "start", dx: 2 };
  return [
    Plot.text(lines.filter(isOriginator), { x: data.axisStart, y: "id", text: "text", ...position, fontWeight: 600, fill: "#1b1f24" } as Plot.TextOptions),
    Plot.text(
      lines.filter((lane) => !isOriginator(lane)),
      { x: data.axisStart, y: "id", text: "text", ...position, fill: "#57606a" } as Plot.TextOptions,
    ),
  ];
}

/** The chart as SVG markup, for the given layout; null when no figure has a number. */
export const renderValueChart = rememberDrawings(drawValueChart);

function drawValueChart(data: ValueChartData, layout: ChartLayout, description: string): string | null {
  if (data.figures.length === 0) return null;
  const { width, laneHeight, marginLeft, fontSize } = geometry[layout];
  return drawValueAxis({
    data,
    lanes: lanesOf(data.rows, layout),
    layout,
    frame: { width, laneHeight, marginLeft, marginRight: 28, fontSize, round: false },
    ariaLabel: "Figures on one value axis, one row per independent origin",
    description,
    marks: figureMarks(data.figures, data),
  });
}

/** How a value-axis chart is laid out: its size, margins, type and whether coordinates are whole pixels. */
export type ValueAxisFrame = { width: number; laneHeight: number; marginLeft: number; marginRight: number; fontSize: number; round: boolean };

/**
 * What the chart of every figure and the summary chart (value-summary.ts) share: the value
 * axis, a band per lane, shaded rows, the axis's start rule and the rows' labels; `marks` are
 * what each draws in the lanes.
 */
export function drawValueAxis({
  data,
  lanes,
  layout,
  frame,
  ariaLabel,
  description,
  marks,
}: {
  data: Pick<ValueChartData, "axisStart" | "axisEnd">;
  lanes: Lane[];
  layout: ChartLayout;
  frame: ValueAxisFrame;
  ariaLabel: string;
  description: string;
  marks: Plot.Markish[];
}): string {
  const rowShading = lanes.filter((lane) => lane.rowIndex % 2 === 0);
  const round = frame.round ? { round: true } : {};
  return renderPlot({
    width: frame.width,
    height: 46 + lanes.length * frame.laneHeight,
    marginLeft: frame.marginLeft,
    marginRight: frame.marginRight,
    marginTop: 8,
    marginBottom: 38,
    style: { fontSize: `${frame.fontSize}px`, fontFamily: chartFont },
    ariaLabel,
    ariaDescription: description,
    x: { domain: [data.axisStart, data.axisEnd], grid: true, tickFormat: formatNumber, ticks: layout === "wide" ? 8 : 4, label: null, ...round },
    y: { type: "band", domain: lanes.map((lane) => lane.id), padding: 0, axis: null, ...round },
    color: modalityColourScale,
    marks: [
      Plot.barX(rowShading, { x1: data.axisStart, x2: data.axisEnd, y: "id", fill: "#f3f5f7", ...decorative }),
      Plot.ruleX([data.axisStart], { stroke: "#8c959f", ...decorative }),
      ...marks,
      ...labelMarks(lanes, data, layout),
    ],
  }).svg;
}
