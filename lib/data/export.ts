// The export: the claims a list shows (same filters, same order), as self-contained records.
// Read in keyset batches so that exporting 100,000 claims never holds them all in memory.
import "server-only";
import { db } from "../db/client";
import type { ExportClaim } from "../domain/claim-export";
import { asOfOf } from "../domain/figure";
import { storedScope } from "../domain/scope";
import { type Actor, assertCanRead } from "./actor";
import type { ClaimFilters, ClaimSort } from "../schemas/claim-filters";
import { type ClaimListRow, listClaims } from "./claims";

export const exportBatchSize = 500;

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/** What the export needs of a report beyond what the claims list reads. */
export type ReportDetails = { url: string | null; publishedAt: Date | null; outletName: string | null };

export function toExportClaim(row: ClaimListRow, report: ReportDetails | null): ExportClaim {
  return {
    id: row.id,
    reportId: row.report.id,
    reportTitle: row.report.title,
    reportUrl: report?.url ?? null,
    reportPublishedAt: isoOrNull(report?.publishedAt ?? null),
    outletName: report?.outletName ?? null,
    topicSlug: row.topic?.slug ?? null,
    kind: row.kind,
    statement: row.statement,
    anchor: { exact: row.anchorExact, prefix: row.anchorPrefix, suffix: row.anchorSuffix, start: row.anchorStart, end: row.anchorEnd },
    value: row.value,
    lower: row.lower,
    upper: row.upper,
    qualifier: row.qualifier,
    unit: row.unit,
    measure: row.measure,
    scopePlace: row.scopePlace,
    scope: storedScope(row),
    asStated: row.asStated,
    modality: row.modality,
    stance: row.stance,
    place: { name: row.placeName, latitude: row.latitude, longitude: row.longitude, precision: row.placePrecision, relation: row.placeRelation },
    claimedAt: isoOrNull(row.claimedAt),
    periodStart: isoOrNull(row.periodStart),
    periodEnd: isoOrNull(row.periodEnd),
    asOf: isoOrNull(asOfOf(row)),
    confidence: row.confidence,
    reviewStatus: row.reviewStatus,
    notes: row.notes,
    version: row.version,
    updatedAt: isoOrNull(row.updatedAt),
    chain: row.hops.map((hop) => ({ position: hop.position, sourceSlug: hop.source.slug, sourceName: hop.source.name, role: hop.role, verb: hop.verb })),
  };
}

async function withReportUrls(rows: ClaimListRow[]): Promise<ExportClaim[]> {
  const reportIds = [...new Set(rows.map((row) => row.report.id))];
  const reports = await db().read.report.findMany({
    where: { id: { in: reportIds } },
    select: { id: true, url: true, publishedAt: true, outlet: { select: { name: true } } },
  });
  const details = new Map(reports.map((report) => [report.id, { url: report.url, publishedAt: report.publishedAt, outletName: report.outlet?.name ?? null }]));
  return rows.map((row) => toExportClaim(row, details.get(row.report.id) ?? null));
}

/**
 * The claims to export, batch by batch. The first batch is read before this returns, so a
 * refused actor or an unknown topic is an error the route can still answer as JSON.
 */
export async function exportClaims(actor: Actor, filters: ClaimFilters, sort: ClaimSort, batchSize = exportBatchSize): Promise<AsyncIterable<ExportClaim[]>> {
  assertCanRead(actor);
  const first = await listClaims(actor, filters, sort, {}, batchSize);
  return (async function* batches() {
    let page = first;
    for (;;) {
      if (page.rows.length) yield await withReportUrls(page.rows);
      if (!page.next) return;
      page = await listClaims(actor, filters, sort, { after: page.next }, batchSize);
    }
  })();
}

/** Every batch at once: for tests and small exports. */
export async function collectExport(batches: AsyncIterable<ExportClaim[]>): Promise<ExportClaim[]> {
  const claims: ExportClaim[] = [];
  for await (const batch of batches) claims.push(...batch);
  return claims;
}
