// Every figure on one value axis, one row per independent origin, coloured by modality.
// Exact figures are short marks; "about", "up to" and open-ended figures are bars over
// the interval the comparison core gives them.
import type { TopicFigure } from "@/lib/data/claim-rows";
import { figureInterval } from "@/lib/domain/interval";
import type { independentOrigins } from "@/lib/domain/origins";
import { modalityLabels, qualifierLabels } from "@/lib/domain/vocabulary";
import { formatNumber } from "./format";

type Origin = ReturnType<typeof independentOrigins>[number];

/** The axis end: a little above the highest value, on a round quarter of its magnitude. */
function niceMax(value: number) {
  const step = 10 ** Math.floor(Math.log10(value)) / 4;
  return Math.ceil((value * 1.05) / step) * step;
}

export function FigureStrip({ figures, origins, labelledBy }: { figures: TopicFigure[]; origins: Origin[]; labelledBy: string }) {
  const finiteValues = figures.flatMap((figure) => {
    const interval = figureInterval(figure);
    return interval ? [interval.low, interval.high].filter(Number.isFinite) : [];
  });
  if (finiteValues.length === 0) return null;
  const axisMax = niceMax(Math.max(...finiteValues));
  const position = (value: number) => `${(Math.min(value, axisMax) / axisMax) * 100}%`;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * axisMax);

  return (
    <figure aria-labelledby={labelledBy} style={{ margin: 0 }}>
      {origins.map((origin) => (
        <div className="strip-row" key={origin.key}>
          <div className="strip-label">
            <strong>{origin.originatorName}</strong>
            {origin.relays.length ? <span className="as-stated">via {origin.relays.map((relay) => relay.sourceName).join(", ")}</span> : null}
          </div>
          <div className="strip">
            {origin.figures.map((figure) => {
              const interval = figureInterval(figure);
              if (!interval) return null;
              const high = Number.isFinite(interval.high) ? interval.high : axisMax;
              const label = `${formatNumber(figure.value)} ${figure.unit ?? ""} (${qualifierLabels[figure.qualifier ?? "unknown"]}, ${modalityLabels[figure.modality]})`;
              return (
                <span
                  key={figure.id}
                  className={`strip-mark modality-${figure.modality}`}
                  title={label}
                  aria-label={label}
                  role="img"
                  style={{ left: position(interval.low), width: `max(0.6rem, calc(${position(high)} - ${position(interval.low)}))` }}
                />
              );
            })}
            {origin === origins[origins.length - 1]
              ? ticks.map((tick) => (
                  <span className="strip-axis" key={tick} style={{ left: position(tick) }} aria-hidden="true">
                    {formatNumber(tick)}
                  </span>
                ))
              : null}
          </div>
        </div>
      ))}
      <figcaption className="meta">
        Bars span the interval each figure allows (“about” = ±10%, “up to” from zero). Colour = modality:{" "}
        {(["planned", "preparing", "completed", "possible"] as const).map((modality) => (
          <span key={modality} className={`tag modality-${modality}`} style={{ marginRight: "0.3rem" }}>
            {modalityLabels[modality]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
