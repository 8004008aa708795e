import "server-only";
// The claim page's comparison (issue 14: a page stays under 200 KB whatever the topic's size):
// every other figure of the topic is read with only what judging needs (its numbers, times,
// measure, scope and the sources of its chain, no names), judged against this claim's figure
// and counted by verdict; only the figures the page lists are read whole, chains and all.
// The same statements whatever the topic holds (on SQLite, until an id list outgrows one
// statement's parameters). See docs/decisions/0026-claim-page-bounded.md.
import type { Prisma } from "../db/generated/sqlite/client";
import { db } from "../db/client";
import { type ClaimComparisonPick, pickComparisons } from "../domain/claim-comparison";
import { asOfOf, type Figure } from "../domain/figure";
import { storedScope } from "../domain/scope";
import { type ClaimWithChain, claimWithChain, toFigure } from "./claim-rows";

/** How many compared figures the claim page puts in words; the topic page lists every pair. */
export const comparedFiguresListed = 50;

const live = { deletedAt: null };

const judgedFields = {
  id: true,
  value: true,
  lower: true,
  upper: true,
  qualifier: true,
  unit: true,
  measure: true,
  scopePlace: true,
  scopeLevel: true,
  scopeWithin: true,
  asStated: true,
  modality: true,
  stance: true,
  claimedAt: true,
  periodStart: true,
  periodEnd: true,
  reportId: true,
  reviewStatus: true,
  hops: { select: { sourceId: true, role: true, position: true } },
} satisfies Prisma.ClaimSelect;

type JudgedRow = Prisma.ClaimGetPayload<{ select: typeof judgedFields }>;

/** A figure as the judging needs it: its chain names its sources by id only (no names are worded from it). */
function judgedFigure(row: JudgedRow): Figure {
  const { hops, scopePlace, scopeLevel, scopeWithin, ...columns } = row;
  return {
    ...columns,
    scope: storedScope({ scopePlace, scopeLevel, scopeWithin }),
    asOf: asOfOf(row),
    chain: hops.toSorted((a, b) => a.position - b.position).map((hop) => ({ sourceId: hop.sourceId, sourceName: "", role: hop.role, verb: null })),
  };
}

export type ClaimComparison = Omit<ClaimComparisonPick, "listed"> & { listed: ClaimWithChain[] };

/** The claim's figure against every other live figure of its topic: counts by verdict, and the figures to list with their chains. */
export async function compareWithTopic(claim: ClaimWithChain & { topicId: string }): Promise<ClaimComparison> {
  const others = await db().read.claim.findMany({
    where: { topicId: claim.topicId, kind: "quantity", id: { not: claim.id }, ...live, report: live },
    select: judgedFields,
  });
  const { listed, ...counted } = pickComparisons(toFigure(claim), others.map(judgedFigure), comparedFiguresListed);
  const rows = listed.length ? await db().read.claim.findMany({ where: { id: { in: listed } }, include: claimWithChain }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { ...counted, listed: listed.flatMap((id) => byId.get(id) ?? []) };
}
