// POST /api/v1/sources/{id}/undo-merge {"revisionId", "version"} — undoes the merge that revision of the survivor recorded.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { undoSourceMerge } from "@/lib/data/mutations/source-merge";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { sourceUndoMergeSchema } from "@/lib/schemas/source";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const actor = await actorFromRequest(request);
  const input = await readJson(request, sourceUndoMergeSchema);
  const start = startingVersion(request, id, input.version);
  return recordJson(request, await withStartingVersion(start, (version) => undoSourceMerge(actor, id, version, input.revisionId)));
});
