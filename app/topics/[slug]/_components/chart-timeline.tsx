// The figures over time: the day each was claimed, its number, one symbol per originator;
// above figuresDrawnOneByOne, a summary per period and modality instead (ADR 0024). Above
// oneDrawingAbove marks the page carries the caption and the drawing is fetched
// (timeChartDrawing, served by ../chart/[chart]/route.ts).
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

type Props = { origins: IndependentOrigin[]; src: string };

const summarised = (origins: IndependentOrigin[]) => origins.reduce((sum, origin) => sum + origin.figures.length, 0) > figuresDrawnOneByOne;

/** src: where the drawing is fetched from when it is not in the page (chartSource). */
export function TimelineChart({ origins, src }: Props) {
  return summarised(origins) ? <TimeSummaryChart origins={origins} src={src} /> : <EveryFigureTimeline origins={origins} src={src} />;
}

function describeEvery(data: NonNullable<ReturnType<typeof timeChartData>>): string {
  const times = data.points.map((point) => point.claimedAt.getTime());
  return describe(data.points.length, new Date(Math.min(...times)), new Date(Math.max(...times)), data.origins.length);
}

/** The symbol key of a chart of every figure: drawn with it, shown above it. */
function SymbolLegend({ markup }: { markup: string | null }) {
  return markup ? (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: the legend SVG is drawn by Plot through DOM calls, never from report text
    <div className="symbol-legend" aria-label="Symbol = originator" role="group" dangerouslySetInnerHTML={{ __html: markup }} />
  ) : null;
}

/**
 * The one drawing of a chart too large for the page, as the page's caption describes it (null
 * when nothing is dated): a chart of every figure brings its symbol key along.
 */
export function timeChartDrawing(origins: IndependentOrigin[]): string | null {
  if (summarised(origins)) {
    const data = timeSummaryData(origins);
    return data && renderTimeSummary(data, describe(data.plotted, data.firstClaimed, data.lastClaimed, data.originators));
  }
  const data = timeChartData(origins);
  if (data === null) return null;
  const { svg, legend } = renderTimeChart(data, "wide", describeEvery(data));
  // Both pieces are Plot's serialised SVG (escaped); the wrapper's attributes are constants.
  return legend ? `<div class="symbol-legend" role="group" aria-label="Symbol = originator">${legend}</div>${svg}` : svg;
}

function EveryFigureTimeline({ origins, src }: Props) {
  const data = timeChartData(origins);
  if (data === null) return null;
  const description = describeEvery(data);
  const onDemand = data.points.length > oneDrawingAbove;
  const wide = onDemand ? null : renderTimeChart(data, "wide", description);
  const narrow = onDemand ? null : renderTimeChart(data, "narrow", description);
  return (
    <ChartFrame
      id="time-chart"
      title="Figures over time"
      drawing={wide && narrow ? { wide: wide.svg, narrow: narrow.svg } : { src }}
      legend={
        <div className="chart-legend">
          <ModalityLegend present={data.points.map((point) => point.modality)} />
          <SymbolLegend markup={wide?.legend ?? null} />
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

function TimeSummaryChart({ origins, src }: Props) {
  const data = timeSummaryData(origins);
  if (data === null) return null;
  const description = describe(data.plotted, data.firstClaimed, data.lastClaimed, data.originators);
  return (
    <ChartFrame
      id="time-chart"
      title="Figures over time"
      drawing={{ src }}
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
