// How claims are read from the database and turned into the domain's Figure.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { asOfOf, type Figure } from "../domain/figure";
import { admiraltyGrade, originatorReliability } from "../domain/grading";
import { storedScope } from "../domain/scope";

/** What every view of a claim needs: its chain with source names, its report. */
// Hops are read unordered and put in chain order by inChainOrder: Prisma cannot split a read
// whose nested relation is ordered into batches, so past 999 claims on SQLite it fails (P2029,
// "query parameter limit exceeded") where the unordered read is batched and works.
const chainSource = { id: true, slug: true, name: true, kind: true, reliability: true } satisfies Prisma.SourceSelect;
const reportSummary = { id: true, title: true, publishedAt: true } satisfies Prisma.ReportSelect;
export const claimWithChain = {
  hops: { include: { source: { select: chainSource } } },
  report: { select: reportSummary },
} satisfies Prisma.ClaimInclude;

export type ClaimWithChain = Prisma.ClaimGetPayload<{ include: typeof claimWithChain }>;

/**
 * The claims matching `where`, in `orderBy`, as `include: claimWithChain` reads them; but their
 * hops, sources and reports are each read by the claims' own condition (a join the database
 * plans) instead of by the list of ids the claims read returned. For a topic of 4,210 figures
 * Prisma's include sent `IN ($1, …, $4210)` lists that PostgreSQL spent 20–58 ms planning each,
 * and read the hop table by thousands of probes (docs/benchmarks.md). For reads of many claims
 * (a topic's figures) on PostgreSQL; a page of 50 is as well read by its ids.
 */
export async function claimsWithChains(where: Prisma.ClaimWhereInput, orderBy: Prisma.ClaimOrderByWithRelationInput[]): Promise<ClaimWithChain[]> {
  const read = db().read;
  // SQLite runs the relation filters below (`EXISTS` per row) as written: a scan of every
  // report and source, 6.7 s for a topic of 240 figures at 1,000,000 claims, where the lists
  // of ids cost it little. PostgreSQL plans them as joins.
  if (db().config.engine === "sqlite") return read.claim.findMany({ where, orderBy, include: claimWithChain });
  const claims = await read.claim.findMany({ where, orderBy });
  if (!claims.length) return [];
  const [hops, sources, reports] = await Promise.all([
    read.attributionHop.findMany({ where: { claim: where } }),
    read.source.findMany({ where: { hops: { some: { claim: where } } }, select: chainSource }),
    read.report.findMany({ where: { claims: { some: where } }, select: reportSummary }),
  ]);
  const hopsByClaim = new Map<string, typeof hops>();
  for (const hop of hops) {
    const list = hopsByClaim.get(hop.claimId);
    if (list) list.push(hop);
    else hopsByClaim.set(hop.claimId, [hop]);
  }
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const reportById = new Map(reports.map((report) => [report.id, report]));
  // A claim or hop changed between these reads (they share no snapshot) can name a source or
  // report the relation reads did not see: those few are read by id.
  const missingSources = [...new Set(hops.map((hop) => hop.sourceId).filter((id) => !sourceById.has(id)))];
  const missingReports = [...new Set(claims.map((claim) => claim.reportId).filter((id) => !reportById.has(id)))];
  const [lateSources, lateReports] = await Promise.all([
    missingSources.length ? read.source.findMany({ where: { id: { in: missingSources } }, select: chainSource }) : [],
    missingReports.length ? read.report.findMany({ where: { id: { in: missingReports } }, select: reportSummary }) : [],
  ]);
  for (const source of lateSources) sourceById.set(source.id, source);
  for (const report of lateReports) reportById.set(report.id, report);
  return claims.map((claim) => ({
    ...claim,
    hops: (hopsByClaim.get(claim.id) ?? []).map((hop) => ({ ...hop, source: sourceById.get(hop.sourceId)! })),
    report: reportById.get(claim.reportId)!,
  }));
}

export type TopicFigure = Figure & {
  claimId: string;
  statement: string;
  anchorExact: string;
  /** Where the claim's text starts in its report: the topic's order among figures claimed together. */
  anchorStart: number;
  reportTitle: string;
  reportPublishedAt: Date | null;
  chainSlugs: string[];
  /** The Admiralty grade, "B2": its originator's reliability, its own credibility. */
  grade: string | null;
};

/** The claim with its hops in chain order (originator first, as the analyst entered them). */
export function inChainOrder<T extends { hops: readonly { position: number }[] }>(claim: T): T {
  return { ...claim, hops: claim.hops.toSorted((a, b) => a.position - b.position) };
}

export function toFigure(unordered: ClaimWithChain): TopicFigure {
  const claim = inChainOrder(unordered);
  return {
    id: claim.id,
    claimId: claim.id,
    value: claim.value,
    lower: claim.lower,
    upper: claim.upper,
    qualifier: claim.qualifier,
    unit: claim.unit,
    measure: claim.measure,
    scope: storedScope(claim),
    asStated: claim.asStated,
    modality: claim.modality,
    stance: claim.stance,
    claimedAt: claim.claimedAt,
    periodStart: claim.periodStart,
    periodEnd: claim.periodEnd,
    asOf: asOfOf(claim),
    chain: claim.hops.map((hop) => ({ sourceId: hop.source.id, sourceName: hop.source.name, role: hop.role, verb: hop.verb })),
    chainSlugs: claim.hops.map((hop) => hop.source.slug),
    reportId: claim.report.id,
    reviewStatus: claim.reviewStatus,
    statement: claim.statement,
    anchorExact: claim.anchorExact,
    anchorStart: claim.anchorStart,
    reportTitle: claim.report.title,
    reportPublishedAt: claim.report.publishedAt,
    grade: admiraltyGrade(originatorReliability(claim.hops.map((hop) => ({ role: hop.role, reliability: hop.source.reliability }))), claim.credibility),
  };
}
