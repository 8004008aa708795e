// GET /api/v1/topics — live topics (or, for administrators, deleted ones), a page at a time.
// POST /api/v1/topics — a new topic.
import { actorFromRequest, writerFromRequest } from "@/lib/auth/current-actor";
import { listTopicPage } from "@/lib/data/mutations/pages";
import { createTopic } from "@/lib/data/mutations/topics";
import { conditionalJson, listEtag, recordJson } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { idPageOf, readQuery } from "@/lib/schemas/pagination";
import { topicCreateSchema, topicListQuerySchema } from "@/lib/schemas/topic";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const page = readQuery(request, topicListQuerySchema);
  const actor = await actorFromRequest(request);
  const { records, nextCursor } = await listTopicPage(actor, idPageOf(page));
  const body = { topics: records, nextCursor };
  return conditionalJson(request, body, listEtag(body));
});

export const POST = route(async (request: Request) => {
  const actor = await writerFromRequest(request);
  const input = await readJson(request, topicCreateSchema);
  const topic = await createTopic(actor, input);
  return recordJson(request, topic, { status: 201, headers: { location: `/api/v1/topics/${topic.id}` } });
});
