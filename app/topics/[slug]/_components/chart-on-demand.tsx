"use client";
// A large chart's drawing, fetched from the page's own origin once the page has loaded
// (app/topics/[slug]/chart/[chart]/route.ts), so its markup is neither in the page's HTML nor
// twice in React's payload (ADR 0024, addendum of 2026-11-30 (2)). The region is focusable
// whether the drawing has arrived or not, and the figure's caption, which the server renders,
// stays its text alternative; each mark keeps its <title> once the drawing is in.
import { useEffect, useState } from "react";

type State = { status: "loading" } | { status: "failed" } | { status: "drawn"; markup: string };

export function ChartOnDemand({ src, label }: { src: string; label: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    fetch(src, { signal: controller.signal, credentials: "same-origin" })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then(
        (markup) => setState({ status: "drawn", markup }),
        () => controller.signal.aborted || setState({ status: "failed" }),
      );
    return () => controller.abort();
  }, [src]);
  if (state.status === "drawn") {
    return (
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the drawing is this origin's own, drawn by Plot through DOM calls from numbers, as the server-rendered charts are
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on phones must be reachable by keyboard to scroll it (WCAG 2.1.1; axe scrollable-region-focusable)
      <div className="chart-only" role="region" aria-label={label} tabIndex={0} dangerouslySetInnerHTML={{ __html: state.markup }} />
    );
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the same region as once drawn, so focus order does not change when the drawing arrives
    <div className="chart-only chart-pending" role="region" aria-label={label} aria-busy={state.status === "loading"} tabIndex={0}>
      {state.status === "failed" ? (
        <p className="meta">
          The drawing could not be loaded: <a href={src}>open it on its own</a>. The caption and the table below describe the same figures.
        </p>
      ) : (
        <p className="meta">
          Drawing the chart…{" "}
          <noscript>
            It is drawn with JavaScript: <a href={src}>open it on its own</a>. The caption and the table below describe the same figures.
          </noscript>
        </p>
      )}
    </div>
  );
}
