// GET /api/v1/sources — live sources (or, for administrators, deleted ones), a page at a time.
// POST /api/v1/sources — a new source.
import { actorFromRequest, writerFromRequest } from "@/lib/auth/current-actor";
import { listSourcePage } from "@/lib/data/mutations/pages";
import { createSource } from "@/lib/data/mutations/sources";
import { conditionalJson, listEtag, recordJson } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { idPageOf, readQuery } from "@/lib/schemas/pagination";
import { sourceCreateSchema, sourceListQuerySchema } from "@/lib/schemas/source";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const { kind, country, ...page } = readQuery(request, sourceListQuerySchema);
  const actor = await actorFromRequest(request);
  const { records, nextCursor } = await listSourcePage(actor, { kind, country }, idPageOf(page));
  const body = { sources: records, nextCursor };
  return conditionalJson(request, body, listEtag(body));
});

export const POST = route(async (request: Request) => {
  const actor = await writerFromRequest(request);
  const input = await readJson(request, sourceCreateSchema);
  const source = await createSource(actor, input);
  return recordJson(request, source, { status: 201, headers: { location: `/api/v1/sources/${source.id}` } });
});
