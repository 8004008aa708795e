// GET /api/v1/export?format=csv|json|claimreview|annotations&<the claims list's filters>: the
// claims a list (or, with topic=<slug>, a topic) shows. csv and json carry every field needed to
// rebuild them (json with PROV-O provenance); claimreview is schema.org ClaimReview JSON-LD, one
// per reviewed claim; annotations is W3C Web Annotation JSON-LD, one per claim. Streamed.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { type ExportFormat, exportQuerySchema, searchParamsObject } from "@/lib/schemas/claim-filters";
import { exportClaims } from "@/lib/data/export";
import { csvClaimLine, csvHeader, type ExportClaim } from "@/lib/domain/claim-export";
import { claimReviewOf } from "@/lib/domain/linked-data/claim-review";
import { provenanceContextReference, provenanceOf } from "@/lib/domain/linked-data/provenance";
import { webAnnotationOf } from "@/lib/domain/linked-data/web-annotation";
import { AppError, zodIssues } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const contentTypes: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/ld+json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
  annotations: "application/ld+json; charset=utf-8",
};
const extensions: Record<ExportFormat, string> = { csv: "csv", json: "json", claimreview: "claimreview.jsonld", annotations: "annotations.jsonld" };

export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const parsed = exportQuerySchema.safeParse(searchParamsObject(url.searchParams));
  if (!parsed.success) throw new AppError("validation_failed", "Some filters are not valid", zodIssues(parsed.error));
  const { format, sort, bom, ...filters } = parsed.data;
  const actor = await actorFromRequest(request);
  const batches = await exportClaims(actor, filters, sort ?? "claimed-desc");
  const appUrl = url.origin;
  const body = {
    csv: () => csvStream(batches, bom === "1"),
    json: () => jsonStream(batches, appUrl),
    claimreview: () => listStream(batches, (claim) => claimReviewOf(claim, { name: "Claim tracker", url: appUrl })),
    annotations: () => listStream(batches, (claim) => webAnnotationOf(claim, appUrl)),
  }[format]();
  return new Response(body, {
    headers: {
      "content-type": contentTypes[format],
      "content-disposition": `attachment; filename="${exportFileName(filters.topic, format)}"`,
      "cache-control": "no-store",
    },
  });
});

/** claims-<topic or "all">-<UTC day>.<extension>: a slug is already safe in a header. */
function exportFileName(topic: string | undefined, format: ExportFormat) {
  return `claims-${topic ?? "all"}-${new Date().toISOString().slice(0, 10)}.${extensions[format]}`;
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

function csvStream(batches: AsyncIterable<ExportClaim[]>, byteOrderMark: boolean) {
  return textStream(async function* () {
    yield (byteOrderMark ? "\uFEFF" : "") + csvHeader();
    for await (const batch of batches) yield batch.map(csvClaimLine).join("");
  });
}

/** The claims with every field, and each one's provenance in PROV-O terms under "provenance". */
function jsonStream(batches: AsyncIterable<ExportClaim[]>, appUrl: string) {
  return textStream(async function* () {
    yield `{"@context":${JSON.stringify(provenanceContextReference)},"claims":[`;
    let first = true;
    for await (const batch of batches) {
      for (const claim of batch) {
        yield `${first ? "" : ","}\n${JSON.stringify({ ...claim, provenance: provenanceOf(claim, appUrl) })}`;
        first = false;
      }
    }
    yield "\n]}\n";
  });
}

/** A JSON array of one JSON-LD document per claim; claims that map to nothing are left out. */
function listStream(batches: AsyncIterable<ExportClaim[]>, documentOf: (claim: ExportClaim) => Record<string, unknown> | null) {
  return textStream(async function* () {
    yield "[";
    let first = true;
    for await (const batch of batches) {
      for (const claim of batch) {
        const document = documentOf(claim);
        if (document === null) continue;
        yield `${first ? "" : ","}\n${JSON.stringify(document)}`;
        first = false;
      }
    }
    yield "\n]\n";
  });
}
