// A chart on the page inside a figure whose caption and table are its text alternative. A
// small chart is server-rendered twice: the wide drawing for desktops, the narrow one for
// phones (CSS shows one). A large chart is drawn once and fetched after the page has loaded
// (ChartOnDemand): shown whole on desktops and, on phones, at a readable size in a region
// that scrolls sideways (focusable, so a keyboard can scroll it too).
import type { ReactNode } from "react";
import { ChartOnDemand } from "./chart-on-demand";

type Props = {
  id: string;
  title: string;
  /**
   * Markup from lib/charts (Plot builds it through DOM calls, so data in it is escaped), wide
   * and narrow; or, for a chart of more than oneDrawingAbove marks, where its one drawing is
   * fetched from (`chartSource`).
   */
  drawing: { wide: string; narrow: string } | { src: string };
  caption: ReactNode;
  legend?: ReactNode;
};

/**
 * Above this many marks a chart is drawn once, not once per width, and not in the page: each
 * drawing costs about 0.1 ms a mark on the server and travelled twice (in the HTML and in
 * React's payload); a topic of 600 figures made the page 3.7 MB, and an 800-figure topic's
 * summaries were 65 KB of its 151 KB of markup.
 */
export const oneDrawingAbove = 150;

/** The same-origin URL of a topic's chart drawing under the page's filters (route.ts beside the page). */
export function chartSource(slug: string, chart: "values" | "time", query: string): string {
  return `/topics/${encodeURIComponent(slug)}/chart/${chart}${query ? `?${query}` : ""}`;
}

export function ChartFrame({ id, title, drawing, caption, legend }: Props) {
  return (
    <figure className="chart" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-caption`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {legend}
      {"src" in drawing ? (
        <ChartOnDemand src={drawing.src} label={`${title}: the chart`} />
      ) : (
        <>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by Plot through DOM calls from numbers, never from report text */}
          <div className="chart-wide" dangerouslySetInnerHTML={{ __html: drawing.wide }} />
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by Plot through DOM calls from numbers, never from report text */}
          <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: drawing.narrow }} />
        </>
      )}
      <figcaption id={`${id}-caption`} className="meta">
        {caption}
      </figcaption>
    </figure>
  );
}
