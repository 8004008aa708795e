// GET, PATCH and DELETE /api/v1/topics/{id}. Changes name the version they start from
// (If-Match, or `version` in the body / query); deleting is soft (refused while claims are filed under it).
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getTopicRecord } from "@/lib/data/mutations/reads";
import { deleteTopic, updateTopic } from "@/lib/data/mutations/topics";
import { invariantFound } from "@/lib/errors";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { readQuery, versionQuerySchema } from "@/lib/schemas/pagination";
import { topicUpdateSchema } from "@/lib/schemas/topic";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const topic = invariantFound(await getTopicRecord(await actorFromRequest(request), id), "Topic");
  return recordJson(request, topic);
});

export const PATCH = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const input = await readJson(request, topicUpdateSchema);
  const start = startingVersion(request, id, input.version);
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => updateTopic(actor, id, version, input)));
});

export const DELETE = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const start = startingVersion(request, id, readQuery(request, versionQuerySchema).version, "query");
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => deleteTopic(actor, id, version)));
});
