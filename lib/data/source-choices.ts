import "server-only";
// What the source pages offer besides the profile: the likely duplicate pairs, and the
// reports a source published as their outlet. (A duplicate to merge is searched for by name:
// lib/data/choices.ts.)
import { db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
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

/** How many live reports each of these sources is the outlet of, and how many live claims they hold: the sources list's "Published" column. */
export async function publishedCountsOf(sourceIds: string[]): Promise<Map<string, { reports: number; claims: number }>> {
  const counts = new Map<string, { reports: number; claims: number }>();
  if (!sourceIds.length) return counts;
  const rows = await db().read.$queryRaw<{ outletId: string; reports: number | bigint; claims: number | bigint }[]>`
    SELECT r."outletId" AS "outletId", COUNT(DISTINCT r."id") AS "reports", COUNT(c."id") AS "claims"
    FROM "Report" r LEFT JOIN "Claim" c ON c."reportId" = r."id" AND c."deletedAt" IS NULL
    WHERE r."outletId" IN (${Prisma.join(sourceIds)}) AND r."deletedAt" IS NULL
    GROUP BY r."outletId"`;
  for (const row of rows) counts.set(row.outletId, { reports: Number(row.reports), claims: Number(row.claims) });
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
