// POST /api/v1/sources/{id}/merge {"into", "version"} — this source becomes a deleted alias of `into` (ADR 0019).
import { actorFromRequest } from "@/lib/auth/current-actor";
import { mergeSource } from "@/lib/data/mutations/source-merge";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { sourceMergeSchema } from "@/lib/schemas/source";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const actor = await actorFromRequest(request);
  const input = await readJson(request, sourceMergeSchema);
  const start = startingVersion(request, id, input.version);
  return recordJson(request, await withStartingVersion(start, (version) => mergeSource(actor, id, version, input.into)));
});
