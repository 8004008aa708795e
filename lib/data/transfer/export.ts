// Reads every record of a database as one transfer document (lib/data/transfer/format.ts).
// The document is canonical: each list in id order, each object's keys in the format's order,
// dates as ISO strings, revision snapshots with sorted keys. So the same data exported from
// SQLite or from PostgreSQL gives the same JSON, byte for byte, apart from `exportedAt`.
// `writeEverything` streams that text a page of records at a time, so memory stays flat in the
// database's size (ADR 0021); `exportEverything` gathers the same records into one object.
import type { Connection, Transaction } from "../../db/client";
import { type Actor, assertCanAdminister } from "../actor";
import { type TransferDocument, transferFormat, transferFormatVersion, sortedKeys } from "./format";

// Prisma loads a page's aliases or hops with one `IN (…)` of the page's ids, and refuses more
// bound parameters than SQLite allows it (P2029, measured at 2,000): keep pages well below 999.
const pageSize = 500;

/** Every row of a table in id order, a page at a time, so no query and no moment holds them all. */
async function* readAll<T extends { id: string }>(page: (after: string | undefined) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let after: string | undefined; ; ) {
    const batch = await page(after);
    if (batch.length) yield batch;
    if (batch.length < pageSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

/** Pages of records, each row turned into the format's record. */
async function* mapped<T extends { id: string }, R>(pages: AsyncGenerator<T[]>, toRecord: (row: T) => R): AsyncGenerator<R[]> {
  for await (const page of pages) yield page.map(toRecord);
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

function readSources(read: Transaction): AsyncGenerator<TransferDocument["sources"]> {
  return mapped(
    readAll((after) => read.source.findMany({ ...byId(after), include: { aliases: { orderBy: { id: "asc" } } } })),
    (row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      country: row.country,
      parentId: row.parentId,
      description: row.description,
      homepage: row.homepage,
      wikidataId: row.wikidataId,
      reliability: row.reliability,
      mergedIntoId: row.mergedIntoId,
      aliases: row.aliases.map((alias) => ({ id: alias.id, alias: alias.alias, normalized: alias.normalized })),
      ...lifecycle(row),
    }),
  );
}

function readReports(read: Transaction): AsyncGenerator<TransferDocument["reports"]> {
  return mapped(
    readAll((after) => read.report.findMany(byId(after))),
    (row) => ({
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
    }),
  );
}

function readTopics(read: Transaction): AsyncGenerator<TransferDocument["topics"]> {
  return mapped(
    readAll((after) => read.topic.findMany(byId(after))),
    (row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      description: row.description,
      measure: row.measure,
      unit: row.unit,
      ...lifecycle(row),
    }),
  );
}

function readClaims(read: Transaction): AsyncGenerator<TransferDocument["claims"]> {
  return mapped(
    readAll((after) => read.claim.findMany({ ...byId(after), include: { hops: { orderBy: { position: "asc" } } } })),
    ({ hops, version, createdAt, updatedAt, deletedAt, claimedAt, periodStart, periodEnd, ...row }) => ({
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
      credibility: row.credibility,
      reviewStatus: row.reviewStatus,
      notes: row.notes,
      hops: hops.map((hop) => ({ id: hop.id, position: hop.position, sourceId: hop.sourceId, role: hop.role, verb: hop.verb })),
      ...lifecycle({ version, createdAt, updatedAt, deletedAt }),
    }),
  );
}

function readRevisions(read: Transaction): AsyncGenerator<TransferDocument["revisions"]> {
  return mapped(
    readAll((after) => read.revision.findMany(byId(after))),
    (row) => ({
      id: row.id,
      entityType: row.entityType as TransferDocument["revisions"][number]["entityType"],
      entityId: row.entityId,
      action: row.action,
      version: row.version,
      before: sortedKeys(row.before ?? null),
      after: sortedKeys(row.after ?? null),
      authorId: row.authorId,
      createdAt: iso(row.createdAt),
    }),
  );
}

function readUsers(read: Transaction): AsyncGenerator<TransferDocument["users"]> {
  return mapped(
    readAll((after) => read.user.findMany(byId(after))),
    (row) => ({
      id: row.id,
      email: row.email,
      role: row.role,
      passwordHash: row.passwordHash,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
    }),
  );
}

// Long enough for 1,000,000 claims read a page at a time; a read holds no lock that blocks writers.
const exportTimeoutMs = 60 * 60_000;

// The document's lists in the format's order, each read page by page.
const listReaders = {
  sources: readSources,
  reports: readReports,
  topics: readTopics,
  claims: readClaims,
  revisions: readRevisions,
  users: readUsers,
} satisfies { [List in keyof TransferDocument]?: (read: Transaction) => AsyncGenerator<TransferDocument[List]> };
type ListName = keyof typeof listReaders;
export type ExportCounts = Record<ListName, number>;

/**
 * Runs `work` in one read-only snapshot, so an export of a database in use is still consistent
 * (a claim is never exported without its report): PostgreSQL's REPEATABLE READ, and on SQLite a
 * transaction on the reader connection, which WAL keeps on one snapshot.
 */
function inSnapshot<T>(actor: Actor, connection: Connection, work: (read: Transaction) => Promise<T>): Promise<T> {
  assertCanAdminister(actor);
  // The client is typed as SQLite's, which knows only Serializable; PostgreSQL's accepts RepeatableRead.
  const isolationLevel = (connection.config.engine === "postgresql" ? "RepeatableRead" : "Serializable") as "Serializable";
  return connection.read.$transaction(work, { isolationLevel, timeout: exportTimeoutMs, maxWait: 30_000 });
}

/** Everything in the database as one object, for an administrator (or the system). Tests and small databases. */
export async function exportEverything(actor: Actor, connection: Connection, now = new Date()): Promise<TransferDocument> {
  return inSnapshot(actor, connection, async (read) => {
    const document: Record<string, unknown> = { format: transferFormat, formatVersion: transferFormatVersion, exportedAt: now.toISOString() };
    for (const [list, reader] of Object.entries(listReaders)) {
      const records: unknown[] = [];
      for await (const page of reader(read)) records.push(...page);
      document[list] = records;
    }
    return document as TransferDocument;
  });
}

/**
 * Writes the same text as `JSON.stringify(await exportEverything(…))`, a page of records at a
 * time: `write` receives each piece and may wait (a file stream's backpressure), so memory holds
 * one page, whatever the database's size. Returns how many records of each list were written.
 */
export async function writeEverything(actor: Actor, connection: Connection, write: (text: string) => Promise<void>, now = new Date()): Promise<ExportCounts> {
  return inSnapshot(actor, connection, async (read) => {
    const counts = {} as ExportCounts;
    await write(`{"format":${JSON.stringify(transferFormat)},"formatVersion":${transferFormatVersion},"exportedAt":${JSON.stringify(now.toISOString())}`);
    for (const [list, reader] of Object.entries(listReaders) as [ListName, (read: Transaction) => AsyncGenerator<unknown[]>][]) {
      counts[list] = 0;
      await write(`,${JSON.stringify(list)}:[`);
      for await (const page of reader(read)) {
        await write((counts[list] ? "," : "") + page.map((record) => JSON.stringify(record)).join(","));
        counts[list] += page.length;
      }
      await write("]");
    }
    await write("}");
    return counts;
  });
}
