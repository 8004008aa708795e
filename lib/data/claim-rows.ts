// How claims are read from the database and turned into the domain's Figure.
import type { Prisma } from "../db/generated/sqlite/client";
import { asOfOf, type Figure } from "../domain/figure";
import { storedScope } from "../domain/scope";

/** What every view of a claim needs: its chain with source names, its report. */
// Hops are read unordered and put in chain order by inChainOrder: Prisma cannot split a read
// whose nested relation is ordered into batches, so past 999 claims on SQLite it fails (P2029,
// "query parameter limit exceeded") where the unordered read is batched and works.
export const claimWithChain = {
  hops: { include: { source: { select: { id: true, slug: true, name: true, kind: true } } } },
  report: { select: { id: true, title: true, publishedAt: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimWithChain = Prisma.ClaimGetPayload<{ include: typeof claimWithChain }>;

export type TopicFigure = Figure & {
  claimId: string;
  statement: string;
  anchorExact: string;
  reportTitle: string;
  reportPublishedAt: Date | null;
  chainSlugs: string[];
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
    reportTitle: claim.report.title,
    reportPublishedAt: claim.report.publishedAt,
  };
}
