// POST /api/v1/claims/{id}/restore-version — an editor makes a claim as it was at an earlier
// version ({"toVersion": 2, "version": <now>}); the restore is itself a new version.
import { writerFromRequest } from "@/lib/auth/current-actor";
import { restoreClaimVersion } from "@/lib/data/mutations/claims";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { claimRestoreVersionSchema } from "@/lib/schemas/claim";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const actor = await writerFromRequest(request);
  const { version, toVersion } = await readJson(request, claimRestoreVersionSchema);
  const start = startingVersion(request, id, version);
  return recordJson(request, await withStartingVersion(start, (current) => restoreClaimVersion(actor, id, current, toVersion)));
});
