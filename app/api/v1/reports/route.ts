// GET /api/v1/reports — live reports (or, for administrators, deleted ones), without their
// text, a page at a time. POST /api/v1/reports — a report with its text and claims, in the
// review screen's shape (one atomic write; the same text twice is a 409 duplicate).
import { actorFromRequest, writerFromRequest } from "@/lib/auth/current-actor";
import { listReportPage } from "@/lib/data/mutations/pages";
import { createReport } from "@/lib/data/mutations/reports";
import { conditionalJson, listEtag, recordEtag } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { idPageOf, readQuery } from "@/lib/schemas/pagination";
import { reportCreateSchema, reportListQuerySchema } from "@/lib/schemas/report";

export const dynamic = "force-dynamic";

// A 1,000,000-character text is up to 4 MB of UTF-8, plus its claims and JSON escaping.
const bodyLimitBytes = 5 * 1024 * 1024;

export const GET = route(async (request: Request) => {
  const { outlet, language, ...page } = readQuery(request, reportListQuerySchema);
  const actor = await actorFromRequest(request);
  const { records, nextCursor } = await listReportPage(actor, { outlet, language }, idPageOf(page));
  const body = { reports: records, nextCursor };
  return conditionalJson(request, body, listEtag(body));
});

export const POST = route(async (request: Request) => {
  const actor = await writerFromRequest(request);
  const submission = await readJson(request, reportCreateSchema, bodyLimitBytes);
  const created = await createReport(actor, submission);
  return json(created, { status: 201, headers: { location: `/api/v1/reports/${created.report.id}`, etag: recordEtag(created.report) } });
});
