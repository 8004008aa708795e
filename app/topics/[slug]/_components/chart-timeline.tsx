// The figures over time: the day each was claimed, its number, one symbol per originator.
import { timeChartData } from "@/lib/charts/time-chart-data";
import { renderTimeChart } from "@/lib/charts/time-chart";
import type { IndependentOrigin } from "@/lib/domain/origins";
import { ChartFrame, oneDrawingAbove } from "./chart-frame";
import { ModalityLegend } from "./chart-legend";
import { formatDate } from "@/lib/domain/format";

export function TimelineChart({ origins }: { origins: IndependentOrigin[] }) {
  const data = timeChartData(origins);
  if (data === null) return null;
  const days = [...new Set(data.points.map((point) => formatDate(point.claimedAt)))];
  const description =
    `${data.points.length} ${data.points.length === 1 ? "figure" : "figures"} claimed ` +
    (days.length === 1 ? `on ${days[0]}` : `between ${days[0]} and ${days[days.length - 1]}`) +
    `, from ${data.origins.length} ${data.origins.length === 1 ? "originator" : "originators"}.`;
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
          {data.undated ? ` ${data.undated} without a date ${data.undated === 1 ? "is" : "are"} not drawn.` : ""}
        </>
      }
    />
  );
}
