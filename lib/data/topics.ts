import "server-only";
import { Prisma } from "../db/generated/sqlite/client";
import type { HopRole, Qualifier } from "../domain/vocabulary";
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

/** What the topic list needs of a figure: its numbers, unit and report, and its chain (who, in which role). */
type SummaryFigure = {
  id: string;
  topicId: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  reportId: string;
  chain: { sourceId: string; role: HopRole; position: number }[];
};

/** One figure and one hop of its chain (none when it has no hops): the statement's row. */
type SummaryRow = Omit<SummaryFigure, "chain"> & { sourceId: string | null; role: HopRole | null; position: number | null };

/**
 * The figures of these topics (figureOfTopic, as raw SQL) with their chains in order, by topic:
 * one statement, each figure joined to its report and its hops. Prisma's `select: { hops }`
 * read the hops apart by the figures' ids, in lists of 999 on SQLite: four statements for the
 * home page's 2,285 figures at 1,000,000 claims (docs/benchmarks.md). Enums are cast to text
 * for PostgreSQL, which keeps them as its own types.
 */
async function summaryFiguresOfTopics(topicIds: readonly string[]) {
  const byTopic = new Map<string, SummaryFigure[]>();
  if (topicIds.length === 0) return byTopic;
  const rows = await db().read.$queryRaw<SummaryRow[]>`
    SELECT c."id", c."topicId", c."value", c."lower", c."upper", CAST(c."qualifier" AS TEXT) AS "qualifier", c."unit", c."reportId",
      h."sourceId", CAST(h."role" AS TEXT) AS "role", h."position"
    FROM "Claim" c
    JOIN "Report" r ON r."id" = c."reportId"
    LEFT JOIN "AttributionHop" h ON h."claimId" = c."id"
    WHERE c."topicId" IN (${Prisma.join([...topicIds])}) AND c."kind" = 'quantity' AND c."deletedAt" IS NULL AND r."deletedAt" IS NULL`;
  const byId = new Map<string, SummaryFigure>();
  for (const { sourceId, role, position, ...claim } of rows) {
    let figure = byId.get(claim.id);
    if (!figure) {
      figure = { ...claim, chain: [] };
      byId.set(claim.id, figure);
      const list = byTopic.get(claim.topicId);
      if (list) list.push(figure);
      else byTopic.set(claim.topicId, [figure]);
    }
    if (sourceId !== null && role !== null && position !== null) figure.chain.push({ sourceId, role, position: Number(position) });
  }
  for (const figure of byId.values()) figure.chain.sort((a, b) => a.position - b.position);
  return byTopic;
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
  const figures = await summaryFiguresOfTopics(topics.map((topic) => topic.id));
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
