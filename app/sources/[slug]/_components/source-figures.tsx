// A source's figures per topic over time: a small dot chart (Observable Plot drawn on the
// server into linkedom's DOM and serialised, so no client JavaScript), and the same figures as
// a table, which is the chart's text alternative. Plot writes data through DOM calls, so the
// serialiser escapes it: no text from the data is spliced into markup.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import Link from "next/link";
import type { SourceProfile } from "@/lib/data/sources";
import { modalities, modalityLabels } from "@/lib/domain/vocabulary";
import { figureText } from "@/app/_components/claims/claim-figure";
import { formatDate, formatNumber, isoDay } from "@/lib/domain/format";
import { ModalityTag } from "@/app/_components/common/tags";
import { figuresDrawnOneByOne } from "@/lib/charts/number-summary";
import { timeSummaryData } from "@/lib/charts/time-summary-data";
import { renderTimeSummary } from "@/lib/charts/time-summary";
import { rememberDrawings } from "@/lib/charts/render-cache";

/** How many of a topic's figures the table lists (the latest); the claims list shows them all. */
export const figuresListed = 10;

type TopicFigures = SourceProfile["figures"][number];

/** The Okabe–Ito colours of app/globals.css (--planned …), in the order of `modalities`. */
const modalityColours = ["#0072b2", "#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#8c959f"];

/** Drawn once per set of figures and kept (lib/charts/render-cache), as the topic page's charts are. */
const chartSvg = rememberDrawings(drawChart);

function drawChart(topic: TopicFigures, title: string): string | null {
  const dated = topic.figures.filter((figure) => figure.claimedAt !== null && figure.value !== null);
  if (dated.length === 0) return null;
  const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
  const chart = Plot.plot({
    document: document as unknown as Document,
    width: 560,
    height: 180,
    marginLeft: 56,
    style: { fontSize: "12px", background: "transparent" },
    x: { type: "utc", label: "claimed", inset: 24, ticks: 5 },
    y: { label: topic.unit ?? "value", grid: true, zero: true, tickFormat: (value: number) => formatNumber(value) },
    color: { domain: [...modalities], range: modalityColours },
    marks: [Plot.ruleY([0]), Plot.dot(dated, { x: "claimedAt", y: "value", fill: "modality", r: 5, stroke: "white" })],
  }) as unknown as Element;
  // The chart is one image with one label (the table is its text alternative); Plot's labels
  // on inner groups are not allowed inside role="img" and would be read twice anyway.
  for (const inner of chart.querySelectorAll("[aria-label], [aria-description]")) {
    inner.removeAttribute("aria-label");
    inner.removeAttribute("aria-description");
  }
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", title);
  return chart.outerHTML;
}

/** Above figuresDrawnOneByOne, the topic page's summary over time (ADR 0024): a slot per period and modality. */
function summarySvg(topic: TopicFigures, title: string): string | null {
  const data = timeSummaryData([{ key: topic.slug, figures: topic.figures }]);
  return data ? renderTimeSummary(data, title) : null;
}

export function SourceFigures({ topic, headingId, sourceSlug }: { topic: TopicFigures; headingId: string; sourceSlug: string }) {
  const summarised = topic.figures.length > figuresDrawnOneByOne;
  const svg = summarised
    ? summarySvg(topic, `Chart of the figures for ${topic.title} by date claimed, summarised by period and modality; the table below lists the latest.`)
    : chartSvg(topic, `Chart of the figures for ${topic.title} by date claimed; the table below lists them.`);
  const listed = topic.figures.slice(-figuresListed);
  const all = `/claims?source=${encodeURIComponent(sourceSlug)}&role=originator&topic=${encodeURIComponent(topic.slug)}`;
  return (
    <figure className="source-figures" aria-labelledby={headingId}>
      {/* The SVG is built through DOM calls, never from strings; see the note at the top. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by Plot through DOM calls from numbers, never from report text */}
      {svg ? <div className="source-chart" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      <figcaption className="meta">
        {summarised
          ? `${formatNumber(topic.figures.length)} figures, too many to draw one by one: each period has a slot per modality, a line from the lowest to the highest figure, a thick one over the middle half, a dot at the median. `
          : null}
        Colour = modality:{" "}
        {modalities
          .filter((modality) => topic.figures.some((figure) => figure.modality === modality))
          .map((modality) => (
            <span key={modality} className={`tag modality-${modality}`} style={{ marginRight: "0.3rem" }}>
              {modalityLabels[modality]}
            </span>
          ))}
      </figcaption>
      <div className="table-wrap">
        <table
          aria-label={
            listed.length < topic.figures.length
              ? `Latest ${listed.length} of ${topic.figures.length} figures for ${topic.title}, oldest first`
              : `Figures for ${topic.title}, oldest first`
          }
        >
          <thead>
            <tr>
              <th scope="col">Claimed</th>
              <th scope="col">Figure</th>
              <th scope="col">Modality</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((figure) => (
              <tr key={figure.id}>
                <td>
                  <time dateTime={isoDay(figure.claimedAt)}>{formatDate(figure.claimedAt)}</time>
                </td>
                <td className="number">
                  <Link href={`/claims/${figure.id}`}>{figureText(figure)}</Link>
                  {figure.asStated ? <span className="as-stated">“{figure.asStated}”</span> : null}
                </td>
                <td>
                  <ModalityTag modality={figure.modality} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listed.length < topic.figures.length ? (
        <p>
          Showing the latest {listed.length}. <Link href={all}>All {formatNumber(topic.figures.length)} in the claims list</Link>
        </p>
      ) : null}
    </figure>
  );
}
