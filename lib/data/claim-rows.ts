// How claims are read from the database and turned into the domain's Figure.
import type { Prisma } from "../db/generated/sqlite/client";
import type { Figure } from "../domain/figure";

/** What every view of a claim needs: its chain with source names, its report. */
export const claimWithChain = {
  hops: { orderBy: { position: "asc" }, include: { source: { select: { id: true, slug: true, name: true, kind: true } } } },
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

export function toFigure(claim: ClaimWithChain): TopicFigure {
  return {
    id: claim.id,
    claimId: claim.id,
    value: claim.value,
    lower: claim.lower,
    upper: claim.upper,
    qualifier: claim.qualifier,
    unit: claim.unit,
    asStated: claim.asStated,
    modality: claim.modality,
    stance: claim.stance,
    claimedAt: claim.claimedAt,
    periodStart: claim.periodStart,
    periodEnd: claim.periodEnd,
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
