// Every figure of the topic on one value axis, a row per independent origin; above
// figuresDrawnOneByOne, a summary per origin and modality instead of a mark per figure (ADR 0024).
// Above oneDrawingAbove marks the page carries the caption and the drawing is fetched
// (valueChartDrawing, served by ../chart/[chart]/route.ts).
import { figuresDrawnOneByOne } from "@/lib/charts/number-summary";
import { valueChartData } from "@/lib/charts/value-chart-data";
import { renderValueChart } from "@/lib/charts/value-chart";
import { valueSummaryData } from "@/lib/charts/value-summary-data";
import { renderValueSummary } from "@/lib/charts/value-summary";
import type { IndependentOrigin } from "@/lib/domain/origins";
import type { FigureSpread } from "@/lib/domain/spread";
import { ChartFrame, oneDrawingAbove } from "./chart-frame";
import { ModalityLegend } from "./chart-legend";
import { formatNumber } from "@/lib/domain/format";

/** paged: the table below shows the figures a page at a time. */
type Drawn = { origins: IndependentOrigin[]; spread: FigureSpread | null; unit: string | null; paged: boolean };
/** src: where the drawing is fetched from when it is not in the page (chartSource). */
type Props = Drawn & { src: string };

function describe({ origins, spread, unit, paged }: Drawn, plotted: number): string {
  const range = spread ? `, from ${formatNumber(spread.min)} to ${formatNumber(spread.max)} ${unit ?? ""}`.trimEnd() : "";
  const listed = paged ? "The table below lists them a page at a time." : "Every figure is listed in the table below.";
  return `${formatNumber(plotted)} ${plotted === 1 ? "figure" : "figures"} from ${formatNumber(origins.length)} independent ${origins.length === 1 ? "origin" : "origins"}${range}. ${listed}`;
}

const summarised = (origins: IndependentOrigin[]) => origins.reduce((sum, origin) => sum + origin.figures.length, 0) > figuresDrawnOneByOne;

export function ValueChart(props: Props) {
  return summarised(props.origins) ? <ValueSummaryChart {...props} /> : <EveryFigureChart {...props} />;
}

/** The one drawing of a chart too large for the page (null when nothing is plotted), as the page's caption describes it. */
export function valueChartDrawing(props: Drawn): string | null {
  if (summarised(props.origins)) {
    const data = valueSummaryData(props.origins);
    return renderValueSummary(data, describe(props, data.plotted));
  }
  const data = valueChartData(props.origins);
  return renderValueChart(data, "wide", describe(props, data.figures.length));
}

function EveryFigureChart(props: Props) {
  const data = valueChartData(props.origins);
  if (data.figures.length === 0) return null;
  const description = describe(props, data.figures.length);
  const drawing =
    data.figures.length > oneDrawingAbove
      ? { src: props.src }
      : { wide: renderValueChart(data, "wide", description) ?? "", narrow: renderValueChart(data, "narrow", description) ?? "" };
  return (
    <ChartFrame
      id="values-chart"
      title="Figures on one axis"
      drawing={drawing}
      legend={<ModalityLegend present={data.figures.map((figure) => figure.modality)} />}
      caption={
        <>
          {description} A dot is the number stated; behind it, what its qualifier allows: a band for “about” (±10%), a dashed bar from zero for “up to”, an
          arrow to the end of the axis for “at least”. Figures at the same number sit one above the other.
          {data.unplotted ? ` ${data.unplotted} without a number ${data.unplotted === 1 ? "is" : "are"} not drawn.` : ""}
        </>
      }
    />
  );
}

function ValueSummaryChart(props: Props) {
  const data = valueSummaryData(props.origins);
  if (data.lanes.length === 0) return null;
  const description = describe(props, data.plotted);
  return (
    <ChartFrame
      id="values-chart"
      title="Figures on one axis"
      // Drawn once, like the summary over time: its lanes are at most 12 × 6, so the wide
      // drawing is readable on a phone when scrolled sideways (ADR 0024, 2026-11-30).
      drawing={{ src: props.src }}
      legend={<ModalityLegend present={data.lanes.map((lane) => lane.modality)} />}
      caption={
        <>
          {description}{" "}
          <strong>
            Summarised: more than {formatNumber(figuresDrawnOneByOne)} figures are too many to draw one by one, so each lane stands for one origin’s figures of
            one modality:
          </strong>{" "}
          a faint bar from the lowest to the highest, a strong bar over the middle half, a tick at the median, and how many figures at the right. Each figure
          counts by the number it states (a range by its middle); what qualifiers allow is not drawn.
          {data.foldedOrigins ? ` The ${formatNumber(data.foldedOrigins)} origins with the fewest figures share the last row.` : ""}
          {data.unplotted ? ` ${formatNumber(data.unplotted)} without a number ${data.unplotted === 1 ? "is" : "are"} not counted.` : ""} Narrow the filters to{" "}
          {formatNumber(figuresDrawnOneByOne)} figures or fewer to see each one.
        </>
      }
    />
  );
}
