// Sources: the list with how often each originates or passes on claims, and one source's
// page (its claims in each role, its figures per topic over time, its family and aliases).
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { type HopRole, type SourceKind, sourceKinds } from "../domain/vocabulary";
import { defaultPageSize } from "../schemas/claim-filters";
import {
  type SourceCursor,
  type SourceFilters,
  type SourcePageRequest,
  type SourcePaging,
  sourceFiltersSchema,
  sourcePagingSchema,
} from "../schemas/source-list";
import { type Actor, assertCanRead } from "./actor";
import { claimTableRows } from "./claim-table-rows";
import { keysetPage } from "./keyset-page";
import { publishedCountsOf } from "./source-choices";

const live = { deletedAt: null };

/**
 * How many claims of a role a source page lists; the claims list (filtered by the source, paged
 * by key) shows the rest. A claim row with its chain weighs about 14 KB of HTML and RSC payload,
 * so ten keep a big source's page within issue 14's 200 KB.
 */
export const sourceClaimsShown = 10;

export type SourceClaimCounts = Record<"originator" | "speaker" | "relay", number>;
const noClaims: SourceClaimCounts = { originator: 0, speaker: 0, relay: 0 };

/**
 * Claim counts per role of these sources, from their hops of live claims in live reports: one
 * statement whose cost follows the page's sources' hops, not the whole table's.
 */
async function claimCountsOfSources(sourceIds: string[]): Promise<Map<string, SourceClaimCounts>> {
  const counts = new Map<string, SourceClaimCounts>();
  if (!sourceIds.length) return counts;
  const rows = await db().read.$queryRaw<{ sourceId: string; role: HopRole; claims: number | bigint }[]>`
    SELECT h."sourceId" AS "sourceId", CAST(h."role" AS TEXT) AS "role", COUNT(*) AS "claims"
    FROM "AttributionHop" h
    JOIN "Claim" c ON c."id" = h."claimId"
    JOIN "Report" r ON r."id" = c."reportId"
    WHERE h."sourceId" IN (${Prisma.join(sourceIds)}) AND c."deletedAt" IS NULL AND r."deletedAt" IS NULL
    GROUP BY h."sourceId", h."role"`;
  for (const row of rows) {
    const entry = counts.get(row.sourceId) ?? { ...noClaims };
    entry[row.role] = Number(row.claims);
    counts.set(row.sourceId, entry);
  }
  return counts;
}

/**
 * The kinds in the order the database sorts them: PostgreSQL keeps kinds as an enum and sorts
 * them as declared (the vocabulary's order), SQLite as text, alphabetically.
 */
function kindsInDatabaseOrder(): readonly SourceKind[] {
  return db().config.engine === "postgresql" ? sourceKinds : [...sourceKinds].sort();
}

/** The rows beyond the cursor in the (kind, name, id) order, walking forward or backward. */
function beyondCursor(cursor: SourceCursor, forward: boolean): Prisma.SourceWhereInput {
  const kinds = kindsInDatabaseOrder();
  const at = kinds.indexOf(cursor.kind);
  const beyond = forward ? "gt" : "lt";
  return {
    OR: [
      // Prisma compares enums only for equality, so the kinds beyond are named.
      { kind: { in: forward ? kinds.slice(at + 1) : kinds.slice(0, at) } },
      { kind: cursor.kind, name: { [beyond]: cursor.name } },
      { kind: cursor.kind, name: cursor.name, id: { [beyond]: cursor.id } },
    ],
  };
}

const sourceListSelect = { id: true, slug: true, name: true, kind: true, country: true, parent: { select: { slug: true, name: true } } } as const;

/**
 * One page of the live sources matching the filters, by kind, then name, then id (the index
 * `Source(kind, name, id)`), each with its claim counts per role and what it published as an
 * outlet, and how many sources match in each kind. Paged by key like the claims list
 * (lib/data/keyset-page.ts).
 */
export async function listSources(actor: Actor, filters: SourceFilters = {}, page: SourcePageRequest = {}, pageSize = defaultPageSize) {
  assertCanRead(actor);
  const where: Prisma.SourceWhereInput = { ...live, ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.country ? { country: filters.country } : {}) };
  const read = (from: SourceCursor | undefined, forward: boolean, take: number) => {
    const direction = forward ? "asc" : "desc";
    return db().read.source.findMany({
      where: from ? { AND: [where, beyondCursor(from, forward)] } : where,
      select: sourceListSelect,
      orderBy: [{ kind: direction }, { name: direction }, { id: direction }],
      take,
    });
  };
  const [found, kinds] = await Promise.all([
    keysetPage(read, ({ kind, name, id }) => ({ kind, name, id }), page, pageSize),
    // How many match in each kind, for the kind headings of every page (one walk of the index).
    db().read.source.groupBy({ by: ["kind"], where, _count: { _all: true } }),
  ]);
  const ids = found.rows.map((source) => source.id);
  const [counts, published] = await Promise.all([claimCountsOfSources(ids), publishedCountsOf(ids)]);
  const rows = found.rows.map((source) => ({ ...source, counts: counts.get(source.id) ?? noClaims, published: published.get(source.id) ?? null }));
  const perKind = new Map(kinds.map((group) => [group.kind, group._count._all]));
  return { ...found, rows, perKind };
}
export type SourceListPage = Awaited<ReturnType<typeof listSources>>;

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
async function claimsByRoleGroup(actor: Actor, sourceId: string) {
  const newest = { order: "newest", take: sourceClaimsShown } as const;
  const rows = await db().read.$queryRaw<{ group: number | bigint; id: string }[]>`
    SELECT 0 AS "group", "id", "claimedAt" FROM (${claimIdsInRolesSql(sourceId, ["originator"], newest)}) AS "originated"
    UNION ALL
    SELECT 1 AS "group", "id", "claimedAt" FROM (${claimIdsInRolesSql(sourceId, ["speaker", "relay"], newest)}) AS "passed"
    ORDER BY "group", "claimedAt" DESC NULLS LAST, "id" DESC`;
  const ids = (group: number) => rows.filter((row) => Number(row.group) === group).map((row) => row.id);
  const claims = await claimTableRows(actor, [...new Set(rows.map((row) => row.id))]);
  return { asOriginator: inOrderOf(ids(0), claims), asSpeakerOrRelay: inOrderOf(ids(1), claims) };
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
    claimsByRoleGroup(actor, source.id),
    figuresByTopic(source.id),
    claimCountsOf(source.id),
  ]);
  const parent = source.parent && source.parent.deletedAt === null ? source.parent : null;
  return { source: { ...source, parent }, asOriginator, asSpeakerOrRelay, figures, counts };
}
export type SourceProfile = NonNullable<Awaited<ReturnType<typeof getSourceProfile>>>;

/** For the page: a bad filter or a broken page link is a message, not a crash (the filter is dropped, the page is the first). */
export function parseSourceListQuery(params: Record<string, string | undefined>): { filters: SourceFilters; paging: SourcePaging; problems: string[] } {
  const filters = sourceFiltersSchema.safeParse(params);
  const paging = sourcePagingSchema.safeParse(params);
  const problems = [filters, paging].flatMap((parsed) =>
    parsed.success ? [] : [parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")],
  );
  return {
    filters: filters.success ? filters.data : {},
    paging: paging.success ? paging.data : { size: defaultPageSize },
    problems,
  };
}
