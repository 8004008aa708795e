// Writes a transfer document into an empty database: validated whole first (zod, then the
// referential checks), then written in one transaction that keeps every id, version and
// timestamp. A bad record anywhere means nothing is written, and every bad record is named.
import type { Connection, Transaction } from "../../db/client";
import { checkAnchor } from "../../domain/anchor";
import { contentHash } from "../../domain/report-text";
import type { Prisma } from "../../db/generated/sqlite/client";
import { type Actor, assertCanAdminister } from "../actor";
import { type BulkLoad, bulkLoad } from "../bulk/bulk-load";
import { type DocumentEvent, documentEvents } from "./read-document";
import { AppError } from "../../errors";
import { z } from "zod";
import { presentIdsOf, referentialIssues } from "./checks";
import { entityTypes, issuePath, type TransferClaim, type TransferDocument, transferDocumentSchema, type TransferIssue, type TransferSource } from "./format";

export type ImportCounts = Record<"sources" | "aliases" | "reports" | "topics" | "claims" | "hops" | "revisions" | "users", number>;

const lists = ["sources", "reports", "topics", "claims", "revisions", "users"] as const;
type ListName = (typeof lists)[number];

// The envelope first; then each record on its own, so that one malformed record does not hide
// the others' problems, nor the broken references among the records that are well formed.
const envelopeSchema = transferDocumentSchema.extend(
  Object.fromEntries(lists.map((list) => [list, z.array(z.unknown())])) as Record<ListName, z.ZodArray<z.ZodUnknown>>,
);

/** The document, or every problem with it: each record's shape, then each broken reference. */
export function validateTransferDocument(input: unknown): { document: TransferDocument; issues: [] } | { document: null; issues: TransferIssue[] } {
  const envelope = envelopeSchema.safeParse(input);
  const toIssue = (prefix: PropertyKey[]) => (issue: z.core.$ZodIssue) => ({ path: issuePath([...prefix, ...issue.path]), message: issue.message });
  if (!envelope.success) return { document: null, issues: envelope.error.issues.map(toIssue([])) };
  const issues: TransferIssue[] = [];
  const wellFormed: Record<string, unknown[]> = {};
  // Where each well-formed record sits in the file, to name it by its own index in reports.
  const fileIndex: Record<string, number[]> = {};
  for (const list of lists) {
    const recordSchema = transferDocumentSchema.shape[list].element;
    wellFormed[list] = [];
    fileIndex[list] = [];
    envelope.data[list].forEach((record, index) => {
      const parsed = recordSchema.safeParse(record);
      if (parsed.success) {
        wellFormed[list]!.push(parsed.data);
        fileIndex[list]!.push(index);
      } else issues.push(...parsed.error.issues.map(toIssue([list, index])));
    });
  }
  const document = { ...envelope.data, ...wellFormed } as TransferDocument;
  const references = referentialIssues(document, presentIdsOf(envelope.data)).map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(\w+)\[(\d+)\]/, (whole, list: string, index: string) =>
      list in fileIndex ? `${list}[${fileIndex[list]![Number(index)]}]` : whole,
    ),
  }));
  issues.push(...references);
  return issues.length ? { document: null, issues } : { document, issues: [] };
}

export function countsOf(document: TransferDocument): ImportCounts {
  return {
    sources: document.sources.length,
    aliases: document.sources.reduce((sum, source) => sum + source.aliases.length, 0),
    reports: document.reports.length,
    topics: document.topics.length,
    claims: document.claims.length,
    hops: document.claims.reduce((sum, claim) => sum + claim.hops.length, 0),
    revisions: document.revisions.length,
    users: document.users.length,
  };
}

const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));
const lifecycle = (record: { version: number; createdAt: string; updatedAt: string; deletedAt: string | null }) => ({
  version: record.version,
  createdAt: date(record.createdAt),
  updatedAt: date(record.updatedAt),
  deletedAt: dateOrNull(record.deletedAt),
});

const importTimeoutMs = 30 * 60_000;

/** Sources grouped by depth, roots first: a parent must exist before the foreign key to it is written. */
function parentsFirst(sources: TransferSource[]): TransferSource[][] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const depth = new Map<string, number>();
  const depthOf = (source: TransferSource): number => {
    const known = depth.get(source.id);
    if (known !== undefined) return known;
    const parent = source.parentId === null ? undefined : byId.get(source.parentId);
    const value = parent ? depthOf(parent) + 1 : 0; // no cycles: the checks refused them
    depth.set(source.id, value);
    return value;
  };
  const levels: TransferSource[][] = [];
  for (const source of sources) {
    const depth = depthOf(source);
    levels[depth] ??= [];
    levels[depth].push(source);
  }
  return levels;
}

async function assertEmpty(tx: Transaction) {
  const counts = {
    sources: await tx.source.count(),
    reports: await tx.report.count(),
    topics: await tx.topic.count(),
    claims: await tx.claim.count(),
    revisions: await tx.revision.count(),
    users: await tx.user.count(),
  };
  const filled = Object.entries(counts).filter(([, count]) => count > 0);
  if (filled.length) {
    throw new AppError(
      "conflict",
      `The target database is not empty (${filled.map(([table, count]) => `${count} ${table}`).join(", ")}). ` +
        "Import into a new database prepared with `npm run db:migrate` only (`npm start` adds the demo data and an admin).",
    );
  }
}

// Records checked and written a batch at a time: a batch's lookups are one query per kind.
const batchSize = 2_000;
// A file with more problems than this lists the first ones and how many more there were.
const issuesListed = 10_000;
const listOrder = ["sources", "reports", "topics", "claims", "revisions", "users"] as const;
const envelopeKeys = new Set(["format", "formatVersion", "exportedAt"]);
const tableOf = { source: "Source", report: "Report", topic: "Topic", claim: "Claim", user: "User" } as const;
type Kind = keyof typeof tableOf;
const kindOf: Record<ListName, Kind | null> = { sources: "source", reports: "report", topics: "topic", claims: "claim", revisions: null, users: "user" };

/**
 * Checks and writes a document read as events (lib/data/transfer/read-document.ts), inside
 * `tx`, a batch at a time. What a check needs from earlier records it asks the database
 * (ids, slugs, content hashes, report texts for anchors), so memory holds a batch, the sources
 * (written parents-first, so read whole: a desk has thousands, not millions) and the ids of
 * records that could not be written. Every problem is collected; any problem throws at the
 * end, and the transaction rolls back everything written.
 */
async function importEvents(
  tx: Transaction,
  engine: Connection["config"]["engine"],
  load: BulkLoad,
  events: AsyncIterable<DocumentEvent>,
): Promise<ImportCounts> {
  const issues: TransferIssue[] = [];
  let moreIssues = 0;
  const report = (issue: TransferIssue) => {
    if (issues.length < issuesListed) issues.push(issue);
    else moreIssues += 1;
  };
  const toIssue = (prefix: PropertyKey[]) => (issue: z.core.$ZodIssue) => ({ path: issuePath([...prefix, ...issue.path]), message: issue.message });
  // Ids of records in the file that were not written (malformed, or with a problem): a reference
  // to one is not reported again, and a record that needs one is not written either.
  const unwritten: Record<Kind, Set<string>> = { source: new Set(), report: new Set(), topic: new Set(), claim: new Set(), user: new Set() };
  // Texts of well-formed reports that were not written, for their claims' anchor checks.
  const unwrittenTexts = new Map<string, string>();
  const authorsOf = new Map<string, string[]>();
  const counts: ImportCounts = { sources: 0, aliases: 0, reports: 0, topics: 0, claims: 0, hops: 0, revisions: 0, users: 0 };
  const envelope: Record<string, unknown> = {};
  const seenLists = new Set<string>();
  let current: ListName | null = null;
  let batch: { index: number; value: unknown }[] = [];

  const lookup = async (table: string, column: string, values: Iterable<string>): Promise<Set<string>> => {
    const list = [...new Set(values)];
    if (!list.length) return new Set();
    const rows =
      engine === "sqlite"
        ? await tx.$queryRawUnsafe<{ v: string }[]>(
            `SELECT "${column}" AS "v" FROM "${table}" WHERE "${column}" IN (SELECT "value" FROM json_each(?))`,
            JSON.stringify(list),
          )
        : await tx.$queryRawUnsafe<{ v: string }[]>(
            `SELECT "${column}" AS "v" FROM "${table}" WHERE "${column}" IN (SELECT json_array_elements_text($1::json))`,
            JSON.stringify(list),
          );
    return new Set(rows.map((row) => row.v));
  };
  /** Values of `column` already in the table or earlier in the batch: each later one is a duplicate. */
  const duplicatesIn = async <T>(records: { path: string; record: T }[], table: string, column: string, key: (record: T) => string, what: string) => {
    const existing = await lookup(
      table,
      column,
      records.map((entry) => key(entry.record)),
    );
    const inBatch = new Set<string>();
    const bad = new Set<string>();
    for (const { path, record } of records) {
      const value = key(record);
      if (existing.has(value) || inBatch.has(value)) {
        report({ path, message: `${what} "${value}" is already used by an earlier record` });
        bad.add(path);
      }
      inBatch.add(value);
    }
    return bad;
  };
  /** Whether `id` of `kind` can be referred to: written, or in the file but unwritten (problem reported there). */
  const referable = (kind: Kind, id: string, written: Set<string>) => (written.has(id) ? "written" : unwritten[kind].has(id) ? "unwritten" : "missing");

  const parseBatch = <T>(list: ListName, records: { index: number; value: unknown }[]) => {
    const schema = transferDocumentSchema.shape[list].element;
    const good: { path: string; index: number; record: T }[] = [];
    const kind = kindOf[list];
    for (const { index, value } of records) {
      const parsed = schema.safeParse(value);
      if (parsed.success) good.push({ path: `${list}[${index}]`, index, record: parsed.data as T });
      else {
        for (const issue of parsed.error.issues.map(toIssue([list, index]))) report(issue);
        const id = (value as { id?: unknown } | null)?.id;
        if (kind && typeof id === "string") unwritten[kind].add(id);
      }
    }
    return good;
  };

  const writeSources = async (records: { index: number; value: unknown }[]) => {
    const good = parseBatch<TransferSource>("sources", records);
    const sources = good.map((entry) => entry.record);
    const present = presentIdsOf({ sources: records.map((entry) => entry.value), reports: [], topics: [], claims: [], users: [] });
    const empty = { reports: [], topics: [], claims: [], revisions: [], users: [] };
    const sourceProblems = referentialIssues({ ...empty, sources } as unknown as TransferDocument, present).map((issue) => ({
      ...issue,
      path: issue.path.replace(/^sources\[(\d+)\]/, (_whole, index: string) => `sources[${good[Number(index)]!.index}]`),
    }));
    for (const issue of sourceProblems) report(issue);
    // Sources point at each other in any order: with a problem among them, none is written.
    if (sourceProblems.length || good.length < records.length) {
      for (const source of sources) unwritten.source.add(source.id);
      return;
    }
    for (const level of parentsFirst(sources)) {
      await load.insert(
        "Source",
        level.map(({ aliases: _aliases, mergedIntoId: _merged, ...source }) => ({ ...source, ...lifecycle(source) })),
      );
    }
    // A merged source points at its survivor, which may come later in the file: linked once all exist.
    for (const source of sources) {
      if (source.mergedIntoId !== null) await tx.source.update({ where: { id: source.id }, data: { mergedIntoId: source.mergedIntoId } });
    }
    const aliases = sources.flatMap((source) => source.aliases.map((alias) => ({ ...alias, sourceId: source.id })));
    await load.insert("SourceAlias", aliases);
    counts.sources = sources.length;
    counts.aliases = aliases.length;
  };

  const writeReports = async (good: { path: string; record: TransferDocument["reports"][number] }[]) => {
    const bad = new Set([
      ...(await duplicatesIn(good, "Report", "id", (report) => report.id, "The id")),
      ...(await duplicatesIn(good, "Report", "contentHash", (report) => report.contentHash, "The content hash")),
    ]);
    const outlets = await lookup(
      "Source",
      "id",
      good.flatMap(({ record }) => (record.outletId === null ? [] : [record.outletId])),
    );
    const rows = [];
    for (const { path, record } of good) {
      if (contentHash(record.text) !== record.contentHash) {
        report({ path: `${path}.contentHash`, message: "The content hash is not the SHA-256 of the report's text" });
        bad.add(path);
      }
      const outlet = record.outletId === null ? "written" : referable("source", record.outletId, outlets);
      if (outlet === "missing") report({ path: `${path}.outletId`, message: `No source with id "${record.outletId}" in this file` });
      if (bad.has(path) || outlet !== "written") {
        unwritten.report.add(record.id);
        unwrittenTexts.set(record.id, record.text);
        continue;
      }
      rows.push({ ...record, publishedAt: dateOrNull(record.publishedAt), retrievedAt: date(record.retrievedAt), ...lifecycle(record) });
    }
    await load.insert("Report", rows);
    counts.reports += rows.length;
  };

  /**
   * The records whose `keys` (id, slug, email…) no earlier record used; each other one is
   * reported by duplicatesIn and marked unwritten, so that nothing referring to it is written.
   */
  const withoutDuplicates = async <T extends { id: string }>(
    good: { path: string; record: T }[],
    table: string,
    kind: Kind,
    keys: { column: keyof T & string; what: string }[],
  ) => {
    const bad = new Set<string>();
    for (const { column, what } of keys) {
      for (const path of await duplicatesIn(good, table, column, (record) => String(record[column]), what)) bad.add(path);
    }
    return good.filter(({ path, record }) => {
      if (bad.has(path)) unwritten[kind].add(record.id);
      return !bad.has(path);
    });
  };

  const writeTopics = async (good: { path: string; record: TransferDocument["topics"][number] }[]) => {
    const rows = await withoutDuplicates(good, "Topic", "topic", [
      { column: "id", what: "The id" },
      { column: "slug", what: "The slug" },
    ]);
    await load.insert(
      "Topic",
      rows.map(({ record }) => ({ ...record, ...lifecycle(record) })),
    );
    counts.topics += rows.length;
  };

  const writeClaims = async (good: { path: string; record: TransferClaim }[]) => {
    const bad = await duplicatesIn(good, "Claim", "id", (claim) => claim.id, "The id");
    const hopEntries = good.flatMap(({ path, record }) => record.hops.map((hop, index) => ({ path: `${path}.hops[${index}]`, record: hop, claim: path })));
    for (const hop of await duplicatesIn(hopEntries, "AttributionHop", "id", (hop) => hop.id, "The hop id")) bad.add(hop.replace(/\.hops\[\d+\]$/, ""));
    const reportIds = good.map(({ record }) => record.reportId);
    const texts = new Map<string, string>();
    const known = [...new Set(reportIds)].filter((id) => !unwrittenTexts.has(id));
    for (let start = 0; start < known.length; start += 500) {
      const rows = await (engine === "sqlite"
        ? tx.$queryRawUnsafe<{ id: string; text: string }[]>(
            `SELECT "id", "text" FROM "Report" WHERE "id" IN (SELECT "value" FROM json_each(?))`,
            JSON.stringify(known.slice(start, start + 500)),
          )
        : tx.$queryRawUnsafe<{ id: string; text: string }[]>(
            `SELECT "id", "text" FROM "Report" WHERE "id" IN (SELECT json_array_elements_text($1::json))`,
            JSON.stringify(known.slice(start, start + 500)),
          ));
      for (const row of rows) texts.set(row.id, row.text);
    }
    const topics = await lookup(
      "Topic",
      "id",
      good.flatMap(({ record }) => (record.topicId === null ? [] : [record.topicId])),
    );
    const sources = await lookup(
      "Source",
      "id",
      hopEntries.map((entry) => entry.record.sourceId),
    );
    const claims = [];
    const hops = [];
    for (const { path, record } of good) {
      let writable = !bad.has(path);
      const text = texts.get(record.reportId) ?? unwrittenTexts.get(record.reportId);
      if (text === undefined) {
        writable = false;
        if (!unwritten.report.has(record.reportId)) report({ path: `${path}.reportId`, message: `No report with id "${record.reportId}" in this file` });
      } else {
        if (!texts.has(record.reportId)) writable = false;
        if (checkAnchor(text, { exact: record.anchorExact, start: record.anchorStart, end: record.anchorEnd }).status !== "ok") {
          report({
            path: `${path}.anchorExact`,
            message: `The anchor's words are not at ${record.anchorStart}–${record.anchorEnd} of report "${record.reportId}"`,
          });
          writable = false;
        }
      }
      if (record.topicId !== null) {
        const topic = referable("topic", record.topicId, topics);
        if (topic === "missing") report({ path: `${path}.topicId`, message: `No topic with id "${record.topicId}" in this file` });
        if (topic !== "written") writable = false;
      }
      const positions = new Set<number>();
      record.hops.forEach((hop, index) => {
        const source = referable("source", hop.sourceId, sources);
        if (source === "missing") report({ path: `${path}.hops[${index}].sourceId`, message: `No source with id "${hop.sourceId}" in this file` });
        if (source !== "written") writable = false;
        if (positions.has(hop.position)) {
          report({ path: `${path}.hops[${index}]`, message: `Position "${hop.position}" is already used by an earlier hop of this claim` });
          writable = false;
        }
        positions.add(hop.position);
      });
      if (!writable) {
        unwritten.claim.add(record.id);
        continue;
      }
      const { hops: claimHops, ...claim } = record;
      claims.push({
        ...claim,
        claimedAt: dateOrNull(claim.claimedAt),
        periodStart: dateOrNull(claim.periodStart),
        periodEnd: dateOrNull(claim.periodEnd),
        ...lifecycle(claim),
      });
      for (const hop of claimHops) hops.push({ ...hop, claimId: record.id });
    }
    await load.insert("Claim", claims);
    await load.insert("AttributionHop", hops);
    counts.claims += claims.length;
    counts.hops += hops.length;
  };

  const writeRevisions = async (good: { path: string; record: TransferDocument["revisions"][number] }[]) => {
    const bad = await duplicatesIn(good, "Revision", "id", (revision) => revision.id, "The id");
    const written: Record<string, Set<string>> = {};
    for (const type of entityTypes) {
      written[type] = await lookup(
        tableOf[type],
        "id",
        good.flatMap(({ record }) => (record.entityType === type ? [record.entityId] : [])),
      );
    }
    const rows = [];
    for (const { path, record } of good) {
      // Nothing is ever hard-deleted, so every revision's record must be in the file.
      if (referable(record.entityType, record.entityId, written[record.entityType]!) === "missing") {
        report({ path: `${path}.entityId`, message: `No ${record.entityType} with id "${record.entityId}" in this file` });
      }
      // Users come last in the file: authors are checked once they are all in.
      if (record.authorId !== null) {
        const paths = authorsOf.get(record.authorId) ?? [];
        paths.push(`${path}.authorId`);
        authorsOf.set(record.authorId, paths);
      }
      if (bad.has(path)) continue;
      // A snapshot that was never recorded is SQL NULL, as recordRevision leaves it.
      rows.push({
        ...record,
        before: (record.before ?? undefined) as Prisma.InputJsonValue | undefined,
        after: (record.after ?? undefined) as Prisma.InputJsonValue | undefined,
        createdAt: date(record.createdAt),
      });
    }
    await load.insert("Revision", rows);
    counts.revisions += rows.length;
  };

  const writeUsers = async (good: { path: string; record: TransferDocument["users"][number] }[]) => {
    const rows = await withoutDuplicates(good, "User", "user", [
      { column: "id", what: "The id" },
      { column: "email", what: "The email" },
    ]);
    await load.insert(
      "User",
      rows.map(({ record }) => ({ ...record, createdAt: date(record.createdAt), updatedAt: date(record.updatedAt) })),
    );
    counts.users += rows.length;
  };

  const writers = {
    reports: writeReports,
    topics: writeTopics,
    claims: writeClaims,
    revisions: writeRevisions,
    users: writeUsers,
  } as Record<Exclude<ListName, "sources">, (good: { path: string; record: never }[]) => Promise<void>>;
  const flush = async () => {
    if (!current || current === "sources" || !batch.length) return;
    await writers[current](parseBatch<never>(current, batch));
    batch = [];
  };
  const checkEnvelope = () => {
    const parsed = envelopeSchema.pick({ format: true, formatVersion: true, exportedAt: true }).safeParse(envelope);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(toIssue([]));
      // Another format or version: nothing else in the file is worth checking.
      if (problems.some((issue) => issue.path === "format" || issue.path === "formatVersion")) throw refusal(problems);
      for (const issue of problems) report(issue);
    }
  };

  for await (const event of events) {
    if (event.kind === "field") {
      if (!envelopeKeys.has(event.key)) report({ path: "", message: `Unrecognized key: "${event.key}"` });
      else envelope[event.key] = event.value;
      continue;
    }
    if (event.kind === "list") {
      if (current === null) checkEnvelope();
      if (current === "sources") await writeSources(batch);
      else await flush();
      batch = [];
      const position = listOrder.indexOf(event.list as ListName);
      if (position === -1 || seenLists.has(event.list) || listOrder.slice(position + 1).some((later) => seenLists.has(later))) {
        throw refusal([{ path: event.list, message: `Expected the lists in the export's order (${listOrder.join(", ")}), each once` }]);
      }
      seenLists.add(event.list);
      current = event.list as ListName;
      continue;
    }
    batch.push({ index: event.index, value: event.value });
    if (current !== "sources" && batch.length >= batchSize) await flush();
  }
  if (current === null) checkEnvelope();
  if (current === "sources") await writeSources(batch);
  else await flush();
  for (const list of listOrder) if (!seenLists.has(list)) report({ path: list, message: "Invalid input: expected array, received undefined" });
  // Every revision's author must be one of the file's users.
  const authors = await lookup("User", "id", authorsOf.keys());
  for (const [authorId, paths] of authorsOf) {
    if (authors.has(authorId) || unwritten.user.has(authorId)) continue;
    for (const path of paths) report({ path: path, message: `No user with id "${authorId}" in this file` });
  }
  if (moreIssues) report({ path: "", message: `…and ${moreIssues} more problems` });
  if (issues.length) throw refusal(issues);
  return counts;
}

function refusal(issues: TransferIssue[]) {
  return new AppError("validation_failed", `The file has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was imported:`, issues);
}

/**
 * Checks the document and writes it into the empty database of `connection`, a batch at a time
 * in one transaction: `input` is the parsed document, or its events read from a file
 * (`readDocument`, so a file of any size is never held whole). Throws validation_failed listing
 * every bad record, or conflict when the target has data; in both cases nothing is written.
 */
export async function importEverything(actor: Actor, connection: Connection, input: unknown): Promise<ImportCounts> {
  assertCanAdminister(actor);
  const events = isEventStream(input) ? input : documentEvents(input);
  const work = async (tx: Transaction) => {
    await assertEmpty(tx);
    // The target is empty: its plain indexes are built once, after the records (ADR 0021).
    return bulkLoad(tx, connection, (load) => importEvents(tx, connection.config.engine, load, events), new Date(), { indexesAfter: true });
  };
  // A write transaction is allowed 30 s by default; a million claims take longer than that.
  const counts = await connection.writeTransaction(work, { timeoutMs: importTimeoutMs });
  // The planner's statistics describe the empty database; gather them for the imported one.
  await connection.optimize();
  return counts;
}

/** Events of a document read from a file, as `readDocument` gives them. */
export type DocumentEvents = AsyncGenerator<DocumentEvent>;
function isEventStream(input: unknown): input is DocumentEvents {
  return typeof input === "object" && input !== null && Symbol.asyncIterator in input && typeof (input as DocumentEvents).next === "function";
}
