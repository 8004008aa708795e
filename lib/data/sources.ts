// Sources: the list with how often each originates or passes on claims, and one source's
// page (its claims in each role, its figures per topic over time, its family and aliases).
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { type HopRole, sourceKinds } from "../domain/vocabulary";
import { type Actor, assertCanRead } from "./actor";
import { inChainOrder } from "./claim-rows";
import { claimListInclude } from "./claims";

const live = { deletedAt: null };

/**
 * How many claims of a role a source page lists; the claims list (filtered by the source, paged
 * by key) shows the rest. A claim row with its chain weighs about 14 KB of HTML and RSC payload,
 * so ten keep a big source's page within issue 14's 200 KB.
 */
export const sourceClaimsShown = 10;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const sourceFiltersSchema = z.object({
  kind: optional(z.enum(sourceKinds, { error: `Choose a kind: ${sourceKinds.join(", ")}` })),
  country: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code, e.g. KR")
      .transform((code) => code.toUpperCase()),
  ),
});
export type SourceFilters = z.output<typeof sourceFiltersSchema>;

export type SourceClaimCounts = Record<"originator" | "speaker" | "relay", number>;
const noClaims: SourceClaimCounts = { originator: 0, speaker: 0, relay: 0 };

type HopCount = { sourceId: string; role: "originator" | "speaker" | "relay"; _count: { _all: number } };

/**
 * Claim counts per source, from the attribution hops of live claims. Every hop is counted,
 * then the hops of deleted claims (and of claims in deleted reports), which are few, are
 * taken off: filtering the hops by a join to live claims reads every claim for every hop
 * and is over ten times slower on SQLite with 100,000 claims.
 */
async function claimCountsBySource(): Promise<Map<string, SourceClaimCounts>> {
  const [all, deletedClaims] = await Promise.all([
    db().read.attributionHop.groupBy({ by: ["sourceId", "role"], _count: { _all: true } }),
    db().read.claim.findMany({ where: { OR: [{ deletedAt: { not: null } }, { report: { deletedAt: { not: null } } }] }, select: { id: true } }),
  ]);
  const counts = new Map<string, SourceClaimCounts>();
  const add = (groups: HopCount[], sign: 1 | -1) => {
    for (const group of groups) {
      const entry = counts.get(group.sourceId) ?? { ...noClaims };
      entry[group.role] += sign * group._count._all;
      counts.set(group.sourceId, entry);
    }
  };
  add(all, 1);
  // In batches: a database takes only so many values in one IN list.
  for (let start = 0; start < deletedClaims.length; start += 1000) {
    const claimIds = deletedClaims.slice(start, start + 1000).map((claim) => claim.id);
    const deleted = await db().read.attributionHop.groupBy({ by: ["sourceId", "role"], where: { claimId: { in: claimIds } }, _count: { _all: true } });
    add(deleted, -1);
  }
  return counts;
}

/** Live sources matching the filters, by kind then name, each with its claim counts. */
export async function listSources(actor: Actor, filters: SourceFilters = {}) {
  assertCanRead(actor);
  const [sources, counts] = await Promise.all([
    db().read.source.findMany({
      where: { ...live, ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.country ? { country: filters.country } : {}) },
      select: { id: true, slug: true, name: true, kind: true, country: true, parent: { select: { slug: true, name: true } } },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
    claimCountsBySource(),
  ]);
  return sources.map((source) => ({ ...source, counts: counts.get(source.id) ?? noClaims }));
}

/** The countries that live sources name, for the filter form. */
export async function listSourceCountries(actor: Actor): Promise<string[]> {
  assertCanRead(actor);
  const rows = await db().read.source.findMany({
    where: { ...live, country: { not: null } },
    select: { country: true },
    distinct: ["country"],
    orderBy: { country: "asc" },
  });
  return rows.flatMap((row) => (row.country ? [row.country] : []));
}

/**
 * The query of the ids of the source's live claims in these roles, newest or oldest claim first
 * (undated last). Read from the source's hops and joined to their claims, so the cost follows how
 * many claims the source has, not how many there are: asked of the claims instead ("has a hop of
 * this source"), the database probes the hops once per claim in the table, which took seconds
 * with 100,000 claims. CASTs, because PostgreSQL keeps roles and kinds as enums.
 */
function claimIdsInRolesSql(sourceId: string, roles: HopRole[], options: { order: "newest" | "oldest"; take: number; figuresOnly?: boolean }) {
  const direction = Prisma.raw(options.order === "newest" ? "DESC" : "ASC");
  const figuresOnly = options.figuresOnly
    ? Prisma.sql`AND CAST(c."kind" AS TEXT) = 'quantity' AND c."topicId" IS NOT NULL AND c."value" IS NOT NULL`
    : Prisma.empty;
  return Prisma.sql`
    SELECT DISTINCT c."id", c."claimedAt"
    FROM "AttributionHop" h
    JOIN "Claim" c ON c."id" = h."claimId"
    JOIN "Report" r ON r."id" = c."reportId"
    WHERE h."sourceId" = ${sourceId} AND CAST(h."role" AS TEXT) IN (${Prisma.join(roles)})
      AND c."deletedAt" IS NULL AND r."deletedAt" IS NULL ${figuresOnly}
    ORDER BY c."claimedAt" ${direction} NULLS LAST, c."id" ${direction}
    LIMIT ${options.take}`;
}

async function claimIdsInRoles(sourceId: string, roles: HopRole[], options: { order: "newest" | "oldest"; take: number; figuresOnly?: boolean }) {
  const rows = await db().read.$queryRaw<{ id: string }[]>(claimIdsInRolesSql(sourceId, roles, options));
  return rows.map((row) => row.id);
}

/** One source's live claims per role, counted from its hops like claimIdsInRoles. */
async function claimCountsOf(sourceId: string): Promise<SourceClaimCounts> {
  const rows = await db().read.$queryRaw<{ role: HopRole; claims: number | bigint }[]>`
    SELECT CAST(h."role" AS TEXT) AS "role", COUNT(*) AS "claims"
    FROM "AttributionHop" h
    JOIN "Claim" c ON c."id" = h."claimId"
    JOIN "Report" r ON r."id" = c."reportId"
    WHERE h."sourceId" = ${sourceId} AND c."deletedAt" IS NULL AND r."deletedAt" IS NULL
    GROUP BY h."role"`;
  const counts = { ...noClaims };
  for (const row of rows) counts[row.role] = Number(row.claims);
  return counts;
}

/** Rows in the order of `ids` (a database's `IN` keeps no order). */
function inOrderOf<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Its most recent claims as originator, and as speaker or relay, as the claims list shows them:
 * both groups' ids in one statement, then their rows in one read, so the page's statements do
 * not grow with its role groups (issue 14).
 */
async function claimsByRoleGroup(sourceId: string) {
  const newest = { order: "newest", take: sourceClaimsShown } as const;
  const rows = await db().read.$queryRaw<{ group: number | bigint; id: string }[]>`
    SELECT 0 AS "group", "id", "claimedAt" FROM (${claimIdsInRolesSql(sourceId, ["originator"], newest)}) AS "originated"
    UNION ALL
    SELECT 1 AS "group", "id", "claimedAt" FROM (${claimIdsInRolesSql(sourceId, ["speaker", "relay"], newest)}) AS "passed"
    ORDER BY "group", "claimedAt" DESC NULLS LAST, "id" DESC`;
  const ids = (group: number) => rows.filter((row) => Number(row.group) === group).map((row) => row.id);
  const claims = rows.length
    ? await db().read.claim.findMany({ where: { id: { in: [...new Set(rows.map((row) => row.id))] } }, include: claimListInclude })
    : [];
  return { asOriginator: inOrderOf(ids(0), claims).map(inChainOrder), asSpeakerOrRelay: inOrderOf(ids(1), claims).map(inChainOrder) };
}

/** Its quantity claims as originator, by topic, oldest first: the figures it gave over time. */
async function figuresByTopic(sourceId: string) {
  const ids = await claimIdsInRoles(sourceId, ["originator"], { order: "oldest", take: 1000, figuresOnly: true });
  const unordered = await db().read.claim.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      value: true,
      lower: true,
      upper: true,
      unit: true,
      qualifier: true,
      modality: true,
      claimedAt: true,
      asStated: true,
      topic: { select: { slug: true, title: true, unit: true } },
    },
  });
  const claims = inOrderOf(ids, unordered);
  const topics = new Map<string, { slug: string; title: string; unit: string | null; figures: typeof claims }>();
  for (const claim of claims) {
    const topic = claim.topic!;
    const entry = topics.get(topic.slug) ?? { ...topic, figures: [] };
    entry.figures.push(claim);
    topics.set(topic.slug, entry);
  }
  return [...topics.values()];
}

/** One source with everything its page shows; null when there is no such live source. */
export async function getSourceProfile(actor: Actor, slug: string) {
  assertCanRead(actor);
  const source = await db().read.source.findFirst({
    where: { slug, ...live },
    include: {
      aliases: { orderBy: { alias: "asc" } },
      parent: { select: { slug: true, name: true, deletedAt: true } },
      children: { where: live, select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } },
    },
  });
  if (!source) return null;
  const [{ asOriginator, asSpeakerOrRelay }, figures, counts] = await Promise.all([
    claimsByRoleGroup(source.id),
    figuresByTopic(source.id),
    claimCountsOf(source.id),
  ]);
  const parent = source.parent && source.parent.deletedAt === null ? source.parent : null;
  return { source: { ...source, parent }, asOriginator, asSpeakerOrRelay, figures, counts };
}
export type SourceProfile = NonNullable<Awaited<ReturnType<typeof getSourceProfile>>>;

/** For the page: a bad filter is a message, not a crash. */
export function parseSourceFilters(params: Record<string, string | undefined>): { filters: SourceFilters; problem: string | null } {
  const parsed = sourceFiltersSchema.safeParse(params);
  if (parsed.success) return { filters: parsed.data, problem: null };
  return { filters: {}, problem: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
}
