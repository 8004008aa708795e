// GET, PATCH and DELETE /api/v1/sources/{id}. Changes name the version they start from
// (If-Match, or `version` in the body / query); deleting is soft.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getSourceRecord } from "@/lib/data/mutations/reads";
import { deleteSource, updateSource } from "@/lib/data/mutations/sources";
import { invariantFound } from "@/lib/errors";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { readQuery, versionQuerySchema } from "@/lib/schemas/pagination";
import { sourceUpdateSchema } from "@/lib/schemas/source";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const source = invariantFound(await getSourceRecord(await actorFromRequest(request), id), "Source");
  return recordJson(request, source);
});

export const PATCH = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const input = await readJson(request, sourceUpdateSchema);
  const start = startingVersion(request, id, input.version);
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => updateSource(actor, id, version, input)));
});

export const DELETE = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const start = startingVersion(request, id, readQuery(request, versionQuerySchema).version, "query");
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => deleteSource(actor, id, version)));
});
