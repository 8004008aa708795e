// A server-rendered chart on the page: the wide drawing for desktops, the narrow one for
// phones (CSS shows one), inside a figure whose caption and table are its text alternative.
// A chart drawn once is shown whole on desktops and, on phones, at a readable size in a
// region that scrolls sideways (focusable, so a keyboard can scroll it too).
import type { ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  /** Markup from lib/charts: Plot builds it through DOM calls, so data in it is escaped. */
  wide: string;
  /** Null draws the wide chart at every width (scaled down on phones): see chartVariants. */
  narrow: string | null;
  caption: ReactNode;
  legend?: ReactNode;
};

/**
 * Above this many marks a chart is drawn once, not once per width: each drawing costs about
 * 0.1 ms a mark on the server and travels twice (in the HTML and in React's payload), and a
 * topic of 600 figures made the page 3.7 MB.
 */
export const oneDrawingAbove = 150;

export function ChartFrame({ id, title, wide, narrow, caption, legend }: Props) {
  return (
    <figure className="chart" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-caption`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {legend}
      {narrow === null ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by Plot through DOM calls from numbers, never from report text
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on phones must be reachable by keyboard to scroll it (WCAG 2.1.1; axe scrollable-region-focusable)
        <div className="chart-only" role="region" aria-label={`${title}: the chart`} tabIndex={0} dangerouslySetInnerHTML={{ __html: wide }} />
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by Plot through DOM calls from numbers, never from report text
        <div className="chart-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      )}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by Plot through DOM calls from numbers, never from report text */}
      {narrow === null ? null : <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />}
      <figcaption id={`${id}-caption`} className="meta">
        {caption}
      </figcaption>
    </figure>
  );
}
