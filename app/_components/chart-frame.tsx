// A server-rendered chart on the page: the wide drawing for desktops, the narrow one for
// phones (CSS shows one), inside a figure whose caption and table are its text alternative.
import type { ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  /** Markup from lib/charts: Plot builds it through DOM calls, so data in it is escaped. */
  wide: string;
  narrow: string;
  caption: ReactNode;
  legend?: ReactNode;
};

export function ChartFrame({ id, title, wide, narrow, caption, legend }: Props) {
  return (
    <figure className="chart" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-caption`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {legend}
      <div className="chart-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
      <figcaption id={`${id}-caption`} className="meta">
        {caption}
      </figcaption>
    </figure>
  );
}
