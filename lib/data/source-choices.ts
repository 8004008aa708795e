import "server-only";
// What the source pages offer besides the profile: the likely duplicate pairs, and the
// reports a source published as their outlet. (A duplicate to merge is searched for by name:
// lib/data/choices.ts.)
import { db } from "../db/client";
import { findLikelyDuplicates } from "../domain/source-duplicates";
import { type Actor, assertCanRead } from "./actor";

const live = { deletedAt: null };

export async function listLikelyDuplicates(actor: Actor) {
  assertCanRead(actor);
  const sources = await db().read.source.findMany({
    where: live,
    select: { id: true, slug: true, name: true, kind: true, version: true, homepage: true, aliases: { select: { alias: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const pairs = findLikelyDuplicates(sources.map((source) => ({ ...source, aliases: source.aliases.map((alias) => alias.alias) })));
  const byId = new Map(sources.map((source) => [source.id, source]));
  return pairs.map((pair) => ({ first: byId.get(pair.first.id)!, second: byId.get(pair.second.id)!, reasons: pair.reasons }));
}

/** How many reports is it the outlet of, and how many live claims they hold: the sources list's "Published" column. */
export async function publishedCountsBySource(): Promise<Map<string, { reports: number; claims: number }>> {
  const [reports, claims] = await Promise.all([
    db().read.report.groupBy({ by: ["outletId"], where: { ...live, outletId: { not: null } }, _count: { _all: true } }),
    db().read.$queryRaw<{ outletId: string; claims: number | bigint }[]>`
      SELECT r."outletId" AS "outletId", COUNT(c."id") AS "claims"
      FROM "Report" r JOIN "Claim" c ON c."reportId" = r."id"
      WHERE r."outletId" IS NOT NULL AND r."deletedAt" IS NULL AND c."deletedAt" IS NULL
      GROUP BY r."outletId"`,
  ]);
  const counts = new Map<string, { reports: number; claims: number }>();
  for (const row of reports) counts.set(row.outletId!, { reports: row._count._all, claims: 0 });
  for (const row of claims) counts.set(row.outletId, { reports: counts.get(row.outletId)?.reports ?? 0, claims: Number(row.claims) });
  return counts;
}

/** The live reports it published, newest first, each with its live claims' count. */
export async function listPublishedReports(actor: Actor, sourceId: string) {
  assertCanRead(actor);
  const reports = await db().read.report.findMany({
    where: { ...live, outletId: sourceId },
    select: { id: true, title: true, publishedAt: true, _count: { select: { claims: { where: live } } } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 100,
  });
  return reports.map(({ _count, ...report }) => ({ ...report, claims: _count.claims }));
}
