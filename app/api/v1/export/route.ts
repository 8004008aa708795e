// GET /api/v1/export?format=csv|json&<the claims list's filters>: the claims a list (or,
// with topic=<slug>, a topic) shows, with every field needed to rebuild them. Streamed.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { exportQuerySchema, searchParamsObject } from "@/lib/schemas/claim-filters";
import { exportClaims } from "@/lib/data/export";
import { csvClaimLine, csvHeader, type ExportClaim } from "@/lib/domain/claim-export";
import { AppError, zodIssues } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const parsed = exportQuerySchema.safeParse(searchParamsObject(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("validation_failed", "Some filters are not valid", zodIssues(parsed.error));
  const { format, sort, ...filters } = parsed.data;
  const actor = await actorFromRequest(request);
  const batches = await exportClaims(actor, filters, sort ?? "claimed-desc");
  const body = format === "csv" ? csvStream(batches) : jsonStream(batches);
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(filters.topic, format)}"`,
      "cache-control": "no-store",
    },
  });
});

/** claims-<topic or "all">-<UTC day>.csv: a slug is already safe in a header. */
function exportFileName(topic: string | undefined, format: "csv" | "json") {
  return `claims-${topic ?? "all"}-${new Date().toISOString().slice(0, 10)}.${format}`;
}

function textStream(parts: () => AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = parts();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await source.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await source.return(undefined);
    },
  });
}

function csvStream(batches: AsyncIterable<ExportClaim[]>) {
  return textStream(async function* () {
    yield csvHeader();
    for await (const batch of batches) yield batch.map(csvClaimLine).join("");
  });
}

function jsonStream(batches: AsyncIterable<ExportClaim[]>) {
  return textStream(async function* () {
    yield '{"claims":[';
    let first = true;
    for await (const batch of batches) {
      for (const claim of batch) {
        yield `${first ? "" : ","}\n${JSON.stringify(claim)}`;
        first = false;
      }
    }
    yield "\n]}\n";
  });
}
