// Reads every record of a database into one transfer document (lib/data/transfer/format.ts).
// The document is canonical: each list in id order, each object's keys in the format's order,
// dates as ISO strings, revision snapshots with sorted keys. So the same data exported from
// SQLite or from PostgreSQL gives the same JSON, byte for byte, apart from `exportedAt`.
import type { Connection, Transaction } from "../../db/client";
import { type Actor, assertCanAdminister } from "../actor";
import { type TransferDocument, transferFormat, transferFormatVersion, sortedKeys } from "./format";

// Prisma loads a page's aliases or hops with one `IN (…)` of the page's ids, and refuses more
// bound parameters than SQLite allows it (P2029, measured at 2,000): keep pages well below 999.
const pageSize = 500;

/** Every row of a table in id order, read a page at a time so no single query holds them all. */
async function readAll<T extends { id: string }>(page: (after: string | undefined) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let after: string | undefined; ; ) {
    const batch = await page(after);
    rows.push(...batch);
    if (batch.length < pageSize) return rows;
    after = batch[batch.length - 1]!.id;
  }
}

const byId = (after: string | undefined) => ({ where: after === undefined ? {} : { id: { gt: after } }, orderBy: { id: "asc" as const }, take: pageSize });
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString());
const lifecycle = (row: { version: number; createdAt: Date; updatedAt: Date; deletedAt: Date | null }) => ({
  version: row.version,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
  deletedAt: isoOrNull(row.deletedAt),
});

async function readSources(read: Transaction): Promise<TransferDocument["sources"]> {
  const rows = await readAll((after) => read.source.findMany({ ...byId(after), include: { aliases: { orderBy: { id: "asc" } } } }));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    country: row.country,
    parentId: row.parentId,
    description: row.description,
    homepage: row.homepage,
    wikidataId: row.wikidataId,
    aliases: row.aliases.map((alias) => ({ id: alias.id, alias: alias.alias, normalized: alias.normalized })),
    ...lifecycle(row),
  }));
}

async function readReports(read: Transaction): Promise<TransferDocument["reports"]> {
  const rows = await readAll((after) => read.report.findMany(byId(after)));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    url: row.url,
    outletId: row.outletId,
    author: row.author,
    publishedAt: isoOrNull(row.publishedAt),
    retrievedAt: iso(row.retrievedAt),
    language: row.language,
    text: row.text,
    contentHash: row.contentHash,
    ...lifecycle(row),
  }));
}

async function readTopics(read: Transaction): Promise<TransferDocument["topics"]> {
  const rows = await readAll((after) => read.topic.findMany(byId(after)));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    measure: row.measure,
    unit: row.unit,
    ...lifecycle(row),
  }));
}

async function readClaims(read: Transaction): Promise<TransferDocument["claims"]> {
  const rows = await readAll((after) => read.claim.findMany({ ...byId(after), include: { hops: { orderBy: { position: "asc" } } } }));
  return rows.map(({ hops, version, createdAt, updatedAt, deletedAt, claimedAt, periodStart, periodEnd, ...row }) => ({
    id: row.id,
    reportId: row.reportId,
    topicId: row.topicId,
    kind: row.kind,
    statement: row.statement,
    anchorExact: row.anchorExact,
    anchorPrefix: row.anchorPrefix,
    anchorSuffix: row.anchorSuffix,
    anchorStart: row.anchorStart,
    anchorEnd: row.anchorEnd,
    value: row.value,
    lower: row.lower,
    upper: row.upper,
    qualifier: row.qualifier,
    unit: row.unit,
    measure: row.measure,
    scopePlace: row.scopePlace,
    scopeLevel: row.scopeLevel,
    scopeWithin: row.scopeWithin,
    asStated: row.asStated,
    modality: row.modality,
    stance: row.stance,
    placeName: row.placeName,
    latitude: row.latitude,
    longitude: row.longitude,
    placePrecision: row.placePrecision,
    placeRelation: row.placeRelation,
    claimedAt: isoOrNull(claimedAt),
    periodStart: isoOrNull(periodStart),
    periodEnd: isoOrNull(periodEnd),
    confidence: row.confidence,
    reviewStatus: row.reviewStatus,
    notes: row.notes,
    hops: hops.map((hop) => ({ id: hop.id, position: hop.position, sourceId: hop.sourceId, role: hop.role, verb: hop.verb })),
    ...lifecycle({ version, createdAt, updatedAt, deletedAt }),
  }));
}

async function readRevisions(read: Transaction): Promise<TransferDocument["revisions"]> {
  const rows = await readAll((after) => read.revision.findMany(byId(after)));
  return rows.map((row) => ({
    id: row.id,
    entityType: row.entityType as TransferDocument["revisions"][number]["entityType"],
    entityId: row.entityId,
    action: row.action,
    version: row.version,
    before: sortedKeys(row.before ?? null),
    after: sortedKeys(row.after ?? null),
    authorId: row.authorId,
    createdAt: iso(row.createdAt),
  }));
}

async function readUsers(read: Transaction): Promise<TransferDocument["users"]> {
  const rows = await readAll((after) => read.user.findMany(byId(after)));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    passwordHash: row.passwordHash,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }));
}

// Long enough for 100,000 claims read a page at a time; a read holds no lock that blocks writers.
const exportTimeoutMs = 10 * 60_000;

/**
 * Everything in the database, for an administrator (or the system: the export script).
 * All tables are read in one read-only snapshot, so an export of a database in use is still
 * consistent (a claim is never exported without its report): PostgreSQL's REPEATABLE READ,
 * and on SQLite a transaction on the reader connection, which WAL keeps on one snapshot.
 */
export async function exportEverything(actor: Actor, connection: Connection, now = new Date()): Promise<TransferDocument> {
  assertCanAdminister(actor);
  // The client is typed as SQLite's, which knows only Serializable; PostgreSQL's accepts RepeatableRead.
  const isolationLevel = (connection.config.engine === "postgresql" ? "RepeatableRead" : "Serializable") as "Serializable";
  return connection.read.$transaction(
    async (read) => ({
      format: transferFormat,
      formatVersion: transferFormatVersion,
      exportedAt: now.toISOString(),
      sources: await readSources(read),
      reports: await readReports(read),
      topics: await readTopics(read),
      claims: await readClaims(read),
      revisions: await readRevisions(read),
      users: await readUsers(read),
    }),
    { isolationLevel, timeout: exportTimeoutMs, maxWait: 30_000 },
  );
}
