// Writes a transfer document into an empty database: validated whole first (zod, then the
// referential checks), then written in one transaction that keeps every id, version and
// timestamp. A bad record anywhere means nothing is written, and every bad record is named.
import type { Connection, Transaction } from "../../db/client";
import type { Prisma } from "../../db/generated/sqlite/client";
import { type Actor, assertCanAdminister } from "../actor";
import { type BulkLoad, bulkLoad } from "../bulk/bulk-load";
import { AppError } from "../../errors";
import { z } from "zod";
import { presentIdsOf, referentialIssues } from "./checks";
import { issuePath, type TransferDocument, transferDocumentSchema, type TransferIssue, type TransferSource } from "./format";

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

async function writeDocument(tx: Transaction, load: BulkLoad, document: TransferDocument) {
  await load.insert(
    "User",
    document.users.map((user) => ({ ...user, createdAt: date(user.createdAt), updatedAt: date(user.updatedAt) })),
  );
  for (const level of parentsFirst(document.sources)) {
    await load.insert(
      "Source",
      level.map(({ aliases: _aliases, mergedIntoId: _merged, ...source }) => ({ ...source, ...lifecycle(source) })),
    );
  }
  // A merged source points at its survivor, which may come later in the file: linked once all exist.
  for (const source of document.sources) {
    if (source.mergedIntoId !== null) await tx.source.update({ where: { id: source.id }, data: { mergedIntoId: source.mergedIntoId } });
  }
  await load.insert(
    "SourceAlias",
    document.sources.flatMap((source) => source.aliases.map((alias) => ({ ...alias, sourceId: source.id }))),
  );
  await load.insert(
    "Topic",
    document.topics.map((topic) => ({ ...topic, ...lifecycle(topic) })),
  );
  await load.insert(
    "Report",
    document.reports.map((report) => ({ ...report, publishedAt: dateOrNull(report.publishedAt), retrievedAt: date(report.retrievedAt), ...lifecycle(report) })),
  );
  await load.insert(
    "Claim",
    document.claims.map(({ hops: _hops, ...claim }) => ({
      ...claim,
      claimedAt: dateOrNull(claim.claimedAt),
      periodStart: dateOrNull(claim.periodStart),
      periodEnd: dateOrNull(claim.periodEnd),
      ...lifecycle(claim),
    })),
  );
  await load.insert(
    "AttributionHop",
    document.claims.flatMap((claim) => claim.hops.map((hop) => ({ ...hop, claimId: claim.id }))),
  );
  await load.insert(
    "Revision",
    // A snapshot that was never recorded is SQL NULL, as recordRevision leaves it.
    document.revisions.map((revision) => ({
      ...revision,
      before: (revision.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (revision.after ?? undefined) as Prisma.InputJsonValue | undefined,
      createdAt: date(revision.createdAt),
    })),
  );
}

/**
 * Validates `input` (parsed JSON) and writes it into the empty database of `connection`.
 * Throws validation_failed listing every bad record, or conflict when the target has data;
 * in both cases nothing is written.
 */
export async function importEverything(actor: Actor, connection: Connection, input: unknown): Promise<ImportCounts> {
  assertCanAdminister(actor);
  const { document, issues } = validateTransferDocument(input);
  if (!document) {
    throw new AppError("validation_failed", `The file has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was imported:`, issues);
  }
  const work = async (tx: Transaction) => {
    await assertEmpty(tx);
    await bulkLoad(tx, connection, (load) => writeDocument(tx, load, document));
  };
  // A write transaction is allowed 30 s by default; a million claims take longer than that.
  await connection.writeTransaction(work, { timeoutMs: importTimeoutMs });
  // The planner's statistics describe the empty database; gather them for the imported one.
  await connection.optimize();
  return countsOf(document);
}
