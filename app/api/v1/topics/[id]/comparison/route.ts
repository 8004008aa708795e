// GET /api/v1/topics/{id}/comparison — the topic's figures side by side: a one-sentence answer,
// every figure with its measure, scope and as-of day, and its pairs with their verdicts and
// reasons. The summary counts every pair; the pairs come a page at a time (`verdict`, `size`,
// `after`; a `Link: <…>; rel="next"` header names the next page), ADR 0022.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getTopicComparisonById } from "@/lib/data/topic-comparison";
import { invariantFound } from "@/lib/errors";
import { conditionalJson, listEtag } from "@/lib/http/etag";
import { route } from "@/lib/http/route";
import { readQuery } from "@/lib/schemas/pagination";
import { topicComparisonQuerySchema } from "@/lib/schemas/topic-comparison";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await actorFromRequest(request);
  const query = readQuery(request, topicComparisonQuerySchema);
  const { id } = await params;
  const { comparison, next } = invariantFound(await getTopicComparisonById(actor, id, query), "Topic");
  const headers = new Headers();
  if (next) {
    const url = new URL(request.url);
    url.searchParams.set("after", next);
    headers.set("link", `<${url.pathname}${url.search}>; rel="next"`);
  }
  return conditionalJson(request, comparison, listEtag(comparison), { headers });
});
