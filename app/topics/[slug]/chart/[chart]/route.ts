// GET /topics/<slug>/chart/values|time?<the page's filters> — the one drawing of a topic chart
// too large to travel in the page (more than oneDrawingAbove marks), as markup the page's
// ChartOnDemand inserts: Plot's SVG, drawn through DOM calls from numbers (ADR 0024, addendum
// of 2026-11-30 (2)). Same reader check as the page; the filters and page size as the page
// reads them, so the drawing and the caption the page wrote describe the same figures.
import { timeChartDrawing } from "@/app/topics/[slug]/_components/chart-timeline";
import { valueChartDrawing } from "@/app/topics/[slug]/_components/chart-values";
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getTopicComparison } from "@/lib/data/topics";
import { independentOrigins } from "@/lib/domain/origins";
import { figureSpread } from "@/lib/domain/spread";
import { parseTopicView } from "@/lib/domain/topic-filters";
import { invariantFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { parseTopicPage } from "@/lib/schemas/topic-page";

export const dynamic = "force-dynamic";

const charts = new Set(["values", "time"]);

export const GET = route(async (request: Request, { params }: { params: Promise<{ slug: string; chart: string }> }) => {
  const { slug, chart } = await params;
  const url = new URL(request.url);
  // As Next gives a page its searchParams: one value as a string, a repeated key as an array.
  const query = Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((key) => {
      const values = url.searchParams.getAll(key);
      return [key, values.length === 1 ? values[0] : values];
    }),
  );
  const { view } = parseTopicView(query);
  const { size } = parseTopicPage(query);
  const actor = await actorFromRequest(request);
  const comparison = invariantFound(charts.has(chart) ? await getTopicComparison(actor, slug, view.filters, { size }) : null, "Chart");
  const { topic, figures, table } = comparison;
  const origins = independentOrigins(figures);
  const drawing =
    chart === "values"
      ? valueChartDrawing({ origins, spread: figureSpread(figures), unit: topic.unit, paged: table.rows.length < figures.length })
      : timeChartDrawing(origins);
  return new Response(invariantFound(drawing, "Chart"), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      // Never cached by a shared cache: the drawing is as private as the page.
      "cache-control": "private, no-cache",
    },
  });
});
