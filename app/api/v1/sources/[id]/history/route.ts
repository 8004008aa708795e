// GET /api/v1/sources/{id}/history — every revision of a source (grades, merges), oldest first, each with the
// fields it changed.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getSourceHistory } from "@/lib/data/mutations/reads";
import { invariantFound } from "@/lib/errors";
import { conditionalJson, listEtag } from "@/lib/http/etag";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const history = invariantFound(await getSourceHistory(await actorFromRequest(request), id), "Source");
  return conditionalJson(request, history, listEtag(history));
});
