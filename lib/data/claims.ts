// The claims list: every live claim, filtered, sorted and paged by key. A page starts just
// after (or before) the last row seen, named by its sort key and id, so page 1,000 costs
// what page 1 costs: no OFFSET that makes the database count past every earlier row.
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { AppError } from "../errors";
import { type Actor, assertCanRead } from "./actor";
import type { ClaimCursor, ClaimFilters, ClaimSort, PageRequest } from "../schemas/claim-filters";
import { compareWithTopic } from "./claim-comparison";
import { claimWithChain, inChainOrder } from "./claim-rows";
import { toClaimRecord, visibleTo } from "./mutations/records";
import { type ClaimHistory, claimRevisionEntries } from "./mutations/reads";
import { type KeysetPage, keysetPage } from "./keyset-page";
import { type ClaimTableRow, claimTableRows } from "./claim-table-rows";
import type { Choice } from "../schemas/choices";
import { type ChosenRecord, chosenBySlug } from "./choices";

const live = { deletedAt: null };

export const claimListInclude = { ...claimWithChain, topic: { select: { slug: true, title: true } } } satisfies Prisma.ClaimInclude;
export type ClaimListRow = Prisma.ClaimGetPayload<{ include: typeof claimListInclude }>;

type Direction = "asc" | "desc";
type SortColumn = "claimedAt" | "value";

function sortOf(sort: ClaimSort): { column: SortColumn; direction: Direction } {
  const [column, direction] = sort.split("-") as ["claimed" | "value", Direction];
  return { column: column === "claimed" ? "claimedAt" : "value", direction };
}

/** Unknown topic or source slugs are the analyst's typo, so they are named, not answered with nothing. */
async function assertFilterRecordsExist(filters: ClaimFilters) {
  const [topic, source] = await Promise.all([
    filters.topic ? db().read.topic.findFirst({ where: { slug: filters.topic, ...live }, select: { id: true } }) : true,
    filters.source ? db().read.source.findFirst({ where: { slug: filters.source, ...live }, select: { id: true } }) : true,
  ]);
  const issues = [
    ...(topic ? [] : [{ path: "topic", message: `There is no topic "${filters.topic}"` }]),
    ...(source ? [] : [{ path: "source", message: `There is no source "${filters.source}"` }]),
  ];
  if (issues.length) throw new AppError("validation_failed", issues.map((issue) => issue.message).join("; "), issues);
}

/** Free text as a simple "contains": PostgreSQL needs to be told to ignore case; SQLite's LIKE already does (for ASCII). */
function containsText(text: string): Prisma.StringFilter {
  const insensitive = db().config.engine === "postgresql" ? { mode: "insensitive" } : {};
  return { contains: text, ...(insensitive as object) };
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
const dayAfter = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);

/**
 * The filters as a Prisma condition. A role without a source names no one, so it is ignored.
 * `sourceClaimIds`, when given, are the claims of the filter's source (and role), read
 * beforehand (sourceClaimIds below): the source's condition is then those ids.
 */
export function claimWhere(filters: ClaimFilters, sourceClaimIds?: string[]): Prisma.ClaimWhereInput {
  const conditions: Prisma.ClaimWhereInput[] = [live, { report: live }];
  if (filters.topic) conditions.push({ topic: { slug: filters.topic } });
  if (filters.source && sourceClaimIds) conditions.push({ id: { in: sourceClaimIds } });
  else if (filters.source) conditions.push({ hops: { some: { source: { slug: filters.source }, ...(filters.role ? { role: filters.role } : {}) } } });
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (filters.modality) conditions.push({ modality: filters.modality });
  if (filters.status) conditions.push({ reviewStatus: filters.status });
  if (filters.reliability) conditions.push({ hops: { some: { role: "originator", source: { reliability: filters.reliability } } } });
  if (filters.credibility) conditions.push({ credibility: Number(filters.credibility) });
  if (filters.from) conditions.push({ claimedAt: { gte: startOfDay(filters.from) } });
  if (filters.to) conditions.push({ claimedAt: { lt: dayAfter(filters.to) } });
  if (filters.q) conditions.push({ OR: [{ statement: containsText(filters.q) }, { anchorExact: containsText(filters.q) }] });
  return { AND: conditions };
}

/**
 * A source's claims are read first, from its hops, when it has at most this many: SQLite binds
 * at most 999 values in a statement (Prisma's limit), and the walk's own conditions need a few.
 */
export const sourceClaimIdsAtMost = 900;

/**
 * The claims of the filter's source (and role), from its hops by the (sourceId, claimId, role)
 * index; undefined without a source filter or when the source has more than `atMost` hops.
 * Walked newest first, a source's rare claims cost a probe of every claim passed on the way
 * (1,000,000 claims, a source with 452: 200–360 ms on SQLite); from its hops, the page is
 * those claims read by id and sorted (10–20 ms, docs/benchmarks.md). A source with many claims is found
 * soon enough on the walk, so above the bound it is walked as before.
 */
export async function sourceClaimIds(actor: Actor, filters: ClaimFilters, atMost = sourceClaimIdsAtMost): Promise<string[] | undefined> {
  assertCanRead(actor);
  if (!filters.source) return undefined;
  const hops = await db().read.attributionHop.findMany({
    where: { source: { slug: filters.source }, ...(filters.role ? { role: filters.role } : {}) },
    select: { claimId: true },
    orderBy: { claimId: "asc" },
    take: atMost + 1,
  });
  return hops.length > atMost ? undefined : [...new Set(hops.map((hop) => hop.claimId))];
}

/** The filters' condition, a source's claims read first when it has few (sourceClaimIds). */
async function claimCondition(actor: Actor, filters: ClaimFilters): Promise<Prisma.ClaimWhereInput> {
  return claimWhere(filters, await sourceClaimIds(actor, filters));
}

const cursorKey = (column: SortColumn, key: ClaimCursor["key"]) => (key === null ? null : column === "claimedAt" ? new Date(String(key)) : Number(key));

/**
 * One page walked in `direction` from the cursor. Rows with no sort key (no date, no figure)
 * come after all others, so the walk has two segments, each an index-friendly range:
 * keyed rows (`column >= key AND (column > key OR id > cursorId)`), then unkeyed rows by id.
 * Walking backwards visits them in the opposite order.
 */
/** A statement reading claims in the walk's order: full rows with their chains, or only their keys. */
type RowReader<Row> = (args: { where: Prisma.ClaimWhereInput; orderBy: Prisma.ClaimOrderByWithRelationInput[]; take: number }) => Promise<Row[]>;

const fullRows: RowReader<ClaimListRow> = async (args) => (await db().read.claim.findMany({ ...args, include: claimListInclude })).map(inChainOrder);

/** What a page's cursors need of a row: its id and its sort keys. */
type ClaimKeys = { id: string; claimedAt: Date | null; value: number | null };
/**
 * The claims' own columns without their relations. Not only the keys: asked for three narrow
 * columns, SQLite's planner (sorting narrow rows looks cheap to it) read `modality=planned`
 * through the modality index and sorted every match, 150–300 ms at 100,000 claims, where with
 * whole rows it walks the (claimedAt, id) index and stops after 51 (2 ms).
 */
const claimColumns: RowReader<ClaimKeys> = (args) => db().read.claim.findMany(args);

async function walk<Row>(
  read: RowReader<Row>,
  where: Prisma.ClaimWhereInput,
  column: SortColumn,
  direction: Direction,
  forward: boolean,
  cursor: ClaimCursor | undefined,
  take: number,
): Promise<Row[]> {
  const [beyond, atOrBeyond] = direction === "asc" ? (["gt", "gte"] as const) : (["lt", "lte"] as const);
  const key = cursor ? cursorKey(column, cursor.key) : undefined;
  const keyed = async (limit: number) => {
    const range: Prisma.ClaimWhereInput =
      key === undefined || key === null ? {} : { [column]: { [atOrBeyond]: key }, OR: [{ [column]: { [beyond]: key } }, { id: { [beyond]: cursor!.id } }] };
    return read({ where: { AND: [where, { [column]: { not: null } }, range] }, orderBy: [{ [column]: direction }, { id: direction }], take: limit });
  };
  const unkeyed = async (limit: number) =>
    read({
      where: { AND: [where, { [column]: null }, key === null && cursor ? { id: { [beyond]: cursor.id } } : {}] },
      orderBy: [{ id: direction }],
      take: limit,
    });
  const segments = forward ? [keyed, unkeyed] : [unkeyed, keyed];
  // Forward from a keyless cursor, or backward from a keyed one, the first segment is already behind us.
  const skipFirst = cursor !== undefined && (forward ? key === null : key !== null);
  const rows: Row[] = [];
  for (const segment of skipFirst ? segments.slice(1) : segments) {
    if (rows.length >= take) break;
    rows.push(...(await segment(take - rows.length)));
  }
  return rows;
}

export type ClaimPage = KeysetPage<ClaimListRow, ClaimCursor>;

export function cursorOf(row: ClaimKeys, sort: ClaimSort): ClaimCursor {
  const key = sortOf(sort).column === "claimedAt" ? (row.claimedAt?.toISOString() ?? null) : row.value;
  return { key, id: row.id };
}

/** One page of claims; `next`/`previous` are the cursors of the neighbouring pages, null at the ends. */
export async function listClaims(actor: Actor, filters: ClaimFilters, sort: ClaimSort, page: PageRequest = {}, pageSize = 50): Promise<ClaimPage> {
  assertCanRead(actor);
  await assertFilterRecordsExist(filters);
  return claimPage(fullRows, await claimCondition(actor, filters), sort, page, pageSize);
}

/** A page of the claims matching `where`, each row as `read` reads it. */
function claimPage<Row extends ClaimKeys>(read: RowReader<Row>, where: Prisma.ClaimWhereInput, sort: ClaimSort, page: PageRequest, pageSize: number) {
  const { column, direction } = sortOf(sort);
  const reversed = direction === "asc" ? "desc" : "asc";
  return keysetPage(
    (from, forward, take) => walk(read, where, column, forward ? direction : reversed, forward, from, take),
    (row: Row) => cursorOf(row, sort),
    page,
    pageSize,
  );
}

const choiceOf = ({ id, slug, label }: ChosenRecord): Choice => ({ id, slug, label });

export type ClaimTablePage = KeysetPage<ClaimTableRow, ClaimCursor>;
/** The list's page, or why its filters cannot apply; and the chosen topic and source by name (deleted ones too: the URL may be old). */
export type ClaimTable = { chosen: { topic: Choice | null; source: Choice | null } } & ({ page: ClaimTablePage } | { problems: string[] });

/**
 * The claims list page: what `listClaims` pages, as its table shows it. The walk reads the
 * page's claims without their relations (Prisma, every filter); the rows are then read by id in
 * one statement with only the columns shown, chains included (claimTableRows). The chosen topic and source are read once, by
 * slug, both to name them in the pickers and to refuse an unknown or deleted one.
 */
export async function listClaimTable(actor: Actor, filters: ClaimFilters, sort: ClaimSort, page: PageRequest = {}, pageSize = 50): Promise<ClaimTable> {
  assertCanRead(actor);
  const { topic, source } = await chosenBySlug(actor, { topic: filters.topic, source: filters.source });
  const chosen = { topic: topic && choiceOf(topic), source: source && choiceOf(source) };
  const problems = [
    ...(filters.topic && !topic?.live ? [`There is no topic "${filters.topic}"`] : []),
    ...(filters.source && !source?.live ? [`There is no source "${filters.source}"`] : []),
  ];
  if (problems.length) return { chosen, problems };
  const keys = await claimPage(claimColumns, await claimCondition(actor, filters), sort, page, pageSize);
  return {
    chosen,
    page: {
      ...keys,
      rows: await claimTableRows(
        actor,
        keys.rows.map((row) => row.id),
      ),
    },
  };
}
/** What the claim page shows of the claim: its chain with sources, its report (text included, for the anchor) and outlet, its topic. */
const claimDetailInclude = {
  hops: { orderBy: { position: "asc" }, include: { source: { select: { id: true, slug: true, name: true, kind: true, reliability: true } } } },
  report: { select: { id: true, title: true, url: true, publishedAt: true, text: true, deletedAt: true, outlet: { select: { slug: true, name: true } } } },
  topic: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.ClaimInclude;
type ClaimDetailRow = Prisma.ClaimGetPayload<{ include: typeof claimDetailInclude }>;

async function detailOf(claim: ClaimDetailRow) {
  const { topicId } = claim;
  const comparison = topicId && claim.kind === "quantity" ? await compareWithTopic({ ...claim, topicId }) : null;
  return { claim, comparison };
}

/** What the claim page shows besides its history: the claim, its chain, report text (for the anchor), topic, and how it compares with its topic. */
export async function getClaimDetail(actor: Actor, id: string) {
  assertCanRead(actor);
  const claim = await db().read.claim.findFirst({ where: { id, ...live, report: live }, include: claimDetailInclude });
  return claim && detailOf(claim);
}
export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaimDetail>>>;

/**
 * The claim page's two halves from one read of the claim: its detail (null unless it and its
 * report are live, as getClaimDetail) and its history (null unless the actor may see it, as
 * getClaimHistory: deleted claims to administrators only). Null when there is no such claim.
 */
export async function getClaimPage(actor: Actor, id: string): Promise<{ detail: ClaimDetail | null; history: ClaimHistory | null } | null> {
  assertCanRead(actor);
  const claim = await db().read.claim.findUnique({ where: { id }, include: claimDetailInclude });
  if (!claim) return null;
  const record = visibleTo(actor, toClaimRecord(claim));
  const shown = claim.deletedAt === null && claim.report.deletedAt === null;
  const [detail, revisions] = await Promise.all([shown ? detailOf(claim) : null, record ? claimRevisionEntries(id) : null]);
  return { detail, history: record && revisions && { claim: record, revisions } };
}
