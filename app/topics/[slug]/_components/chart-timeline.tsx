// The figures over time: the day each was claimed, its number, one symbol per originator;
// above figuresDrawnOneByOne, a summary per period and modality instead (ADR 0024).
import { figuresDrawnOneByOne } from "@/lib/charts/number-summary";
import { timeChartData } from "@/lib/charts/time-chart-data";
import { renderTimeChart } from "@/lib/charts/time-chart";
import { timeSummaryData } from "@/lib/charts/time-summary-data";
import { renderTimeSummary } from "@/lib/charts/time-summary";
import type { IndependentOrigin } from "@/lib/domain/origins";
import { ChartFrame, oneDrawingAbove } from "./chart-frame";
import { ModalityLegend } from "./chart-legend";
import { formatDate, formatNumber } from "@/lib/domain/format";

function describe(figures: number, first: Date, last: Date, originators: number): string {
  const [from, to] = [formatDate(first), formatDate(last)];
  return (
    `${formatNumber(figures)} ${figures === 1 ? "figure" : "figures"} claimed ` +
    (from === to ? `on ${from}` : `between ${from} and ${to}`) +
    `, from ${formatNumber(originators)} ${originators === 1 ? "originator" : "originators"}.`
  );
}

const notDrawn = (undated: number) => (undated ? ` ${formatNumber(undated)} without a date ${undated === 1 ? "is" : "are"} not drawn.` : "");

export function TimelineChart({ origins }: { origins: IndependentOrigin[] }) {
  const figures = origins.reduce((sum, origin) => sum + origin.figures.length, 0);
  return figures > figuresDrawnOneByOne ? <TimeSummaryChart origins={origins} /> : <EveryFigureTimeline origins={origins} />;
}

function EveryFigureTimeline({ origins }: { origins: IndependentOrigin[] }) {
  const data = timeChartData(origins);
  if (data === null) return null;
  const times = data.points.map((point) => point.claimedAt.getTime());
  const description = describe(data.points.length, new Date(Math.min(...times)), new Date(Math.max(...times)), data.origins.length);
  const wide = renderTimeChart(data, "wide", description);
  const narrow = data.points.length > oneDrawingAbove ? null : renderTimeChart(data, "narrow", description);
  return (
    <ChartFrame
      id="time-chart"
      title="Figures over time"
      wide={wide.svg}
      narrow={narrow?.svg ?? null}
      legend={
        <div className="chart-legend">
          <ModalityLegend present={data.points.map((point) => point.modality)} />
          {wide.legend ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the legend SVG is drawn by Plot through DOM calls, never from report text
            <div className="symbol-legend" aria-label="Symbol = originator" role="group" dangerouslySetInnerHTML={{ __html: wide.legend }} />
          ) : null}
        </div>
      }
      caption={
        <>
          {description} Symbols tell originators apart; a faint bar or arrow shows what a qualified figure allows. Figures claimed the same day with the same
          number are set side by side.
          {notDrawn(data.undated)}
        </>
      }
    />
  );
}

function TimeSummaryChart({ origins }: { origins: IndependentOrigin[] }) {
  const data = timeSummaryData(origins);
  if (data === null) return null;
  const description = describe(data.plotted, data.firstClaimed, data.lastClaimed, data.originators);
  return (
    <ChartFrame
      id="time-chart"
      title="Figures over time"
      wide={renderTimeSummary(data, description)}
      narrow={null}
      legend={
        <div className="chart-legend">
          <ModalityLegend present={data.slots} />
        </div>
      }
      caption={
        <>
          {description}{" "}
          <strong>
            Summarised by {data.unit}: more than {formatNumber(figuresDrawnOneByOne)} figures are too many to draw one by one, so each {data.unit} has a slot
            per modality:
          </strong>{" "}
          a faint line from the lowest figure claimed in it to the highest, a thick one over the middle half, a dot at the median. Each figure counts by the
          number it states; what qualifiers allow and who claimed it are not drawn.
          {notDrawn(data.undated)}
        </>
      }
    />
  );
}
