// Observable Plot draws into a DOM; on the server linkedom provides one, and the chart is
// serialised to SVG markup so pages carry their charts without any client JavaScript.
// Plot builds the SVG through DOM calls (textContent, setAttribute), so names coming from
// the data are escaped by the serialiser, never spliced into markup (see plot-svg.test.ts).
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { modalities, type Modality } from "../domain/vocabulary";

/** The Okabe–Ito modality colours of app/globals.css (--planned …): keep the two in step. */
export const modalityColours: Record<Modality, string> = {
  planned: "#0072b2",
  preparing: "#56b4e9",
  underway: "#e69f00",
  completed: "#009e73",
  possible: "#cc79a7",
  unknown: "#8c959f",
};

/** The colour scale every chart shares, so a modality has one colour across the page. */
export const modalityColourScale = { type: "ordinal", domain: [...modalities], range: modalities.map((m) => modalityColours[m]) } as const;

export const chartFont = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

type Serialisable = { outerHTML: string };

function freshDocument(): Document {
  return parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
}

/** The chart as SVG markup; `legend` also returns the markup of that scale's legend. */
export function renderPlot(options: Plot.PlotOptions, legend?: "symbol"): { svg: string; legend: string | null } {
  const document = freshDocument();
  const chart = Plot.plot({ ...options, document, figure: false });
  const legendElement = legend ? (chart.legend(legend, { document } as Plot.LegendOptions) as unknown as Serialisable | undefined) : undefined;
  return { svg: (chart as unknown as Serialisable).outerHTML, legend: legendElement?.outerHTML ?? null };
}
