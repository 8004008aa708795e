// Every figure of the topic on one value axis, a row per independent origin.
import { valueChartData } from "@/lib/charts/value-chart-data";
import { renderValueChart } from "@/lib/charts/value-chart";
import type { IndependentOrigin } from "@/lib/domain/origins";
import type { FigureSpread } from "@/lib/domain/spread";
import { ChartFrame, oneDrawingAbove } from "./chart-frame";
import { ModalityLegend } from "./chart-legend";
import { formatNumber } from "@/lib/domain/format";

type Props = { origins: IndependentOrigin[]; spread: FigureSpread | null; unit: string | null };

function describe({ origins, spread, unit }: Props, plotted: number): string {
  const range = spread ? `, from ${formatNumber(spread.min)} to ${formatNumber(spread.max)} ${unit ?? ""}`.trimEnd() : "";
  return `${plotted} ${plotted === 1 ? "figure" : "figures"} from ${origins.length} independent ${origins.length === 1 ? "origin" : "origins"}${range}. Every figure is listed in the table below.`;
}

export function ValueChart(props: Props) {
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
