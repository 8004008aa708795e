// GET /api/v1/claims — the claims list with the /claims page's filters, sort and cursor
// (or, for administrators, deleted claims). POST /api/v1/claims — a new claim in a report.
import { actorFromRequest, writerFromRequest } from "@/lib/auth/current-actor";
import { createClaim } from "@/lib/data/mutations/claims";
import { listClaimPage } from "@/lib/data/mutations/pages";
import { conditionalJson, listEtag, recordJson } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { claimApiListQuerySchema, claimCreateSchema } from "@/lib/schemas/claim";
import { readQuery } from "@/lib/schemas/pagination";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const { sort, after, before, size, deleted, ...filters } = readQuery(request, claimApiListQuerySchema);
  const actor = await actorFromRequest(request);
  const { records, nextCursor, previousCursor } = await listClaimPage(actor, { filters, sort, page: { after, before }, size, deleted });
  const body = { claims: records, nextCursor, previousCursor };
  return conditionalJson(request, body, listEtag(body));
});

export const POST = route(async (request: Request) => {
  const actor = await writerFromRequest(request);
  const input = await readJson(request, claimCreateSchema);
  const claim = await createClaim(actor, input);
  return recordJson(request, claim, { status: 201, headers: { location: `/api/v1/claims/${claim.id}` } });
});
