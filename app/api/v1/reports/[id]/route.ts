// GET, PATCH and DELETE /api/v1/reports/{id}. Changes name the version they start from
// (If-Match, or `version` in the body / query); only metadata changes (the text is immutable); deleting is soft.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { getReportRecord } from "@/lib/data/mutations/reads";
import { deleteReport, updateReport } from "@/lib/data/mutations/reports";
import { invariantFound } from "@/lib/errors";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { readQuery, versionQuerySchema } from "@/lib/schemas/pagination";
import { reportUpdateSchema } from "@/lib/schemas/report";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const report = invariantFound(await getReportRecord(await actorFromRequest(request), id), "Report");
  return recordJson(request, report);
});

export const PATCH = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const input = await readJson(request, reportUpdateSchema);
  const start = startingVersion(request, id, input.version);
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => updateReport(actor, id, version, input)));
});

export const DELETE = route(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const start = startingVersion(request, id, readQuery(request, versionQuerySchema).version, "query");
  const actor = await actorFromRequest(request);
  return recordJson(request, await withStartingVersion(start, (version) => deleteReport(actor, id, version)));
});
