import "server-only";
import type { Prisma } from "../db/generated/sqlite/client";
import { db } from "../db/client";
import { countIndependentOrigins } from "../domain/origins";
import { figureSpread } from "../domain/spread";
import { noFilters, type TopicFilters } from "../domain/topic-filters";
import { type Actor, assertCanRead } from "./actor";
import { claimWithChain, type TopicFigure, toFigure } from "./claim-rows";

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
  const claims = await db().read.claim.findMany({
    where: { topicId: { in: topicIds }, ...figureOfTopic, ...filtersWhere(filters) },
    include: claimWithChain,
    orderBy: [{ claimedAt: "asc" }, { anchorStart: "asc" }, { id: "asc" }],
  });
  const byTopic = new Map<string, TopicFigure[]>(topicIds.map((id) => [id, []]));
  for (const claim of claims) byTopic.get(claim.topicId!)?.push(toFigure(claim));
  return byTopic;
}

export async function listTopicSummaries(actor: Actor) {
  assertCanRead(actor);
  const topics = await db().read.topic.findMany({ where: live, orderBy: { title: "asc" } });
  const figures = await figuresOfTopics(topics.map((topic) => topic.id));
  return topics.map((topic) => {
    const topicFigures = figures.get(topic.id) ?? [];
    return {
      topic,
      figureCount: topicFigures.length,
      spread: figureSpread(topicFigures),
      independentOrigins: countIndependentOrigins(topicFigures),
      reportCount: new Set(topicFigures.map((figure) => figure.reportId)).size,
    };
  });
}

/**
 * A topic and the figures the filters leave, with how many it has in all (so the page can
 * say "2 of 5 figures"). Null when there is no such live topic.
 */
export async function getTopicComparison(actor: Actor, slug: string, filters: TopicFilters = noFilters) {
  assertCanRead(actor);
  const topic = await db().read.topic.findFirst({ where: { slug, ...live } });
  if (!topic) return null;
  const [figures, totalFigures] = await Promise.all([
    figuresOfTopics([topic.id], filters),
    db().read.claim.count({ where: { topicId: topic.id, ...figureOfTopic } }),
  ]);
  return { topic, figures: figures.get(topic.id) ?? [], totalFigures };
}
