// POST /reports/new/prepare — the new-report form's first step for an address, over plain
// HTTP rather than a server action: when the analyst presses Cancel the browser aborts this
// request, and request.signal closes the page fetch on the server too (a server action never
// learns that its caller went away). The form's own endpoint, not part of /api/v1.
import { prepareReportFrom, prepareSchema } from "@/app/reports/new/prepare-report";
import { writerFromRequest } from "@/lib/auth/current-actor";
import { readJson } from "@/lib/http/request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { maxReportCharacters } from "@/lib/schemas/extract-request";

export const dynamic = "force-dynamic";

// Up to 4 bytes a character of UTF-8, twice the report limit as the schema allows.
const bodyLimitBytes = maxReportCharacters * 2 * 4 + 64 * 1024;

export const POST = route(async (request) => {
  await writerFromRequest(request);
  const input = await readJson(request, prepareSchema, bodyLimitBytes);
  return json(await prepareReportFrom(input, request.signal));
});
