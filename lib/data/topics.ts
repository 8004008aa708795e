import "server-only";
import type { Prisma } from "../db/generated/sqlite/client";
import type { HopRole } from "../domain/vocabulary";
import { db } from "../db/client";
import { countIndependentOrigins } from "../domain/origins";
import { figureSpread } from "../domain/spread";
import { defaultSort, type FigureSort, noFilters, type TopicFilters } from "../domain/topic-filters";
import { figuresPerPage, type TopicPageRequest } from "../schemas/topic-page";
import { type Actor, assertCanRead } from "./actor";
import { claimsWithChains, type TopicFigure, toFigure } from "./claim-rows";
import { figureTablePage } from "./topic-figure-page";

const live = { deletedAt: null };
/** A topic's figures are its live quantity claims in live reports. */
const figureOfTopic = { kind: "quantity", ...live, report: live } satisfies Prisma.ClaimWhereInput;

const DAY_MS = 86_400_000;

/** The filters as a query: the database does the narrowing, so the page never loads what it hides. */
export function filtersWhere(filters: TopicFilters): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = {};
  if (filters.modalities.length) where.modality = { in: filters.modalities };
  if (filters.reviewStatuses.length) where.reviewStatus = { in: filters.reviewStatuses };
  if (filters.sourceKind) where.hops = { some: { source: { kind: filters.sourceKind } } };
  if (filters.claimedFrom || filters.claimedTo) {
    // Days are UTC days, as analysts enter them: "to 2024-10-18" includes the whole 18th.
    where.claimedAt = {
      ...(filters.claimedFrom ? { gte: new Date(`${filters.claimedFrom}T00:00:00Z`) } : {}),
      ...(filters.claimedTo ? { lt: new Date(new Date(`${filters.claimedTo}T00:00:00Z`).getTime() + DAY_MS) } : {}),
    };
  }
  return where;
}

/** The figures of some topics, oldest first. */
async function figuresOfTopics(topicIds: string[], filters: TopicFilters = noFilters) {
  const claims = await claimsWithChains({ topicId: { in: topicIds }, ...figureOfTopic, ...filtersWhere(filters) }, [
    { claimedAt: "asc" },
    { anchorStart: "asc" },
    { id: "asc" },
  ]);
  const byTopic = new Map<string, TopicFigure[]>(topicIds.map((id) => [id, []]));
  for (const claim of claims) byTopic.get(claim.topicId!)?.push(toFigure(claim));
  return byTopic;
}

/** How many topics the home page lists at a time. */
export const topicsPerPage = 25;

/** What the topic list needs of a figure: its numbers, unit and report; its chain is read apart (topicFigureChains). */
const summaryFields = {
  id: true,
  topicId: true,
  value: true,
  lower: true,
  upper: true,
  qualifier: true,
  unit: true,
  reportId: true,
} satisfies Prisma.ClaimSelect;

type ChainLink = { claimId: string; sourceId: string; role: HopRole; position: number };

/**
 * The hops of the figures matching `where`, in chain order, by claim: one statement joining
 * the hops to the claims by the figures' condition. An include (`select: { hops }`) read them
 * by the claims' ids, in lists of 999 on SQLite: three statements for the home page's 2,400
 * figures at 1,000,000 claims (docs/benchmarks.md).
 */
async function topicFigureChains(where: Prisma.ClaimWhereInput) {
  const hops: ChainLink[] = await db().read.attributionHop.findMany({ where: { claim: where }, select: { claimId: true, sourceId: true, role: true, position: true } });
  const byClaim = new Map<string, ChainLink[]>();
  for (const hop of hops) {
    const list = byClaim.get(hop.claimId);
    if (list) list.push(hop);
    else byClaim.set(hop.claimId, [hop]);
  }
  for (const list of byClaim.values()) list.sort((a, b) => a.position - b.position);
  return byClaim;
}

/**
 * One page of live topics by title, each with the spread of its figures, how many independent
 * origins and reports they come from; and how many topics there are. Only the page's topics'
 * figures are read, so the list costs the same with ten topics or ten thousand.
 */
export async function listTopicSummaries(actor: Actor, page = 1) {
  assertCanRead(actor);
  const [topics, total] = await Promise.all([
    db().read.topic.findMany({ where: live, orderBy: [{ title: "asc" }, { id: "asc" }], skip: (page - 1) * topicsPerPage, take: topicsPerPage }),
    db().read.topic.count({ where: live }),
  ]);
  const where = { topicId: { in: topics.map((topic) => topic.id) }, ...figureOfTopic } satisfies Prisma.ClaimWhereInput;
  const [claims, chains] = topics.length
    ? await Promise.all([db().read.claim.findMany({ where, select: summaryFields }), topicFigureChains(where)])
    : [[], new Map<string, ChainLink[]>()];
  const figures = new Map<string, ((typeof claims)[number] & { chain: ChainLink[] })[]>();
  for (const claim of claims) {
    const list = figures.get(claim.topicId!) ?? [];
    list.push({ ...claim, chain: chains.get(claim.id) ?? [] });
    figures.set(claim.topicId!, list);
  }
  const summaries = topics.map((topic) => {
    const topicFigures = figures.get(topic.id) ?? [];
    return {
      topic,
      figureCount: topicFigures.length,
      spread: figureSpread(topicFigures),
      independentOrigins: countIndependentOrigins(topicFigures),
      reportCount: new Set(topicFigures.map((figure) => figure.reportId)).size,
    };
  });
  return { summaries, total, page, pageCount: Math.max(1, Math.ceil(total / topicsPerPage)) };
}

/** A live topic by slug, without its figures (the page title needs no more); null when there is none. */
export async function getTopic(actor: Actor, slug: string) {
  assertCanRead(actor);
  return db().read.topic.findFirst({ where: { slug, ...live } });
}

/**
 * A topic and the figures the filters leave, with how many it has in all (so the page can
 * say "2 of 5 figures"), and the page of its figure table that `table` asks for (`size` rows,
 * 50 unless asked, in `sort`'s order; ADR 0028). Null when there is no such live topic.
 */
export async function getTopicComparison(
  actor: Actor,
  slug: string,
  filters: TopicFilters = noFilters,
  table: { sort?: FigureSort; page?: TopicPageRequest; size?: number } = {},
) {
  assertCanRead(actor);
  const topic = await db().read.topic.findFirst({ where: { slug, ...live } });
  if (!topic) return null;
  const [byTopic, totalFigures] = await Promise.all([
    figuresOfTopics([topic.id], filters),
    db().read.claim.count({ where: { topicId: topic.id, ...figureOfTopic } }),
  ]);
  const figures = byTopic.get(topic.id) ?? [];
  const page = await figureTablePage(figures, table.sort ?? defaultSort, table.page ?? {}, table.size ?? figuresPerPage);
  return { topic, figures, totalFigures, table: page };
}
