// GET, PATCH and DELETE /api/v1/claims/{id}. Changes name the version they start from
// (If-Match, or `version` in the body / query); deleting is soft.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getClaimRecord } from "@/lib/data/mutations/reads";
import { deleteClaim, updateClaim } from "@/lib/data/mutations/claims";
import { invariantFound } from "@/lib/errors";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { readQuery, versionQuerySchema } from "@/lib/schemas/pagination";
import { claimUpdateSchema } from "@/lib/schemas/claim";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const claim = invariantFound(await getClaimRecord(await actorFromRequest(request), id), "Claim");
  return recordJson(request, claim);
});

export const PATCH = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const input = await readJson(request, claimUpdateSchema);
  const start = startingVersion(request, id, input.version);
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => updateClaim(actor, id, version, input)));
});

export const DELETE = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const start = startingVersion(request, id, readQuery(request, versionQuerySchema).version, "query");
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => deleteClaim(actor, id, version)));
});
