// Every figure of the topic on one value axis, a row per independent origin; above
// figuresDrawnOneByOne, a summary per origin and modality instead of a mark per figure (ADR 0024).
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
type Props = { origins: IndependentOrigin[]; spread: FigureSpread | null; unit: string | null; paged: boolean };

function describe({ origins, spread, unit, paged }: Props, plotted: number): string {
  const range = spread ? `, from ${formatNumber(spread.min)} to ${formatNumber(spread.max)} ${unit ?? ""}`.trimEnd() : "";
  const listed = paged ? "The table below lists them a page at a time." : "Every figure is listed in the table below.";
  return `${formatNumber(plotted)} ${plotted === 1 ? "figure" : "figures"} from ${formatNumber(origins.length)} independent ${origins.length === 1 ? "origin" : "origins"}${range}. ${listed}`;
}

export function ValueChart(props: Props) {
  const figures = props.origins.reduce((sum, origin) => sum + origin.figures.length, 0);
  return figures > figuresDrawnOneByOne ? <ValueSummaryChart {...props} /> : <EveryFigureChart {...props} />;
}

function EveryFigureChart(props: Props) {
  const data = valueChartData(props.origins);
  const description = describe(props, data.figures.length);
  const wide = renderValueChart(data, "wide", description);
  const narrow = data.figures.length > oneDrawingAbove ? null : renderValueChart(data, "narrow", description);
  if (wide === null) return null;
  return (
    <ChartFrame
      id="values-chart"
      title="Figures on one axis"
      wide={wide}
      narrow={narrow}
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
  const description = describe(props, data.plotted);
  const wide = renderValueSummary(data, description);
  if (wide === null) return null;
  return (
    <ChartFrame
      id="values-chart"
      title="Figures on one axis"
      wide={wide}
      // Drawn once, like the summary over time: its lanes are at most 12 × 6, so the wide
      // drawing is readable on a phone when scrolled sideways (ADR 0024, 2026-11-30).
      narrow={null}
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
