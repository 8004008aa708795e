// GET /api/v1/topics/{id}/comparison — the topic's figures side by side: a one-sentence answer,
// every figure with its measure, scope and as-of day, and every pair with its verdict and reasons.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getTopicComparisonById } from "@/lib/data/topic-comparison";
import { invariantFound } from "@/lib/errors";
import { conditionalJson, listEtag } from "@/lib/http/etag";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await actorFromRequest(request);
  const { id } = await params;
  const comparison = invariantFound(await getTopicComparisonById(actor, id), "Topic");
  return conditionalJson(request, comparison, listEtag(comparison));
});
