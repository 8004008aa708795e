// Saving a spreadsheet import: all or nothing, in one write transaction (on SQLite through
// the write queue, see lib/db/client.ts), every record with its create revision. Rows are
// written as a bulk load (lib/data/bulk: thousands of rows a statement, the search index filled
// once at the end) so that 50,000 rows take seconds, not minutes: ids are made here, so that revisions
// can name them without reading each record back. ADR 0020, ADR 0021.
import "server-only";
import { db, type Transaction } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { normalizeAlias } from "../domain/aliases";
import { slugify, uniqueSlug } from "../domain/slug";
import { AppError } from "../errors";
import { type Actor, assertCanWrite, authorOf } from "./actor";
import { type BulkLoad, bulkLoad } from "./bulk/bulk-load";
import { newId } from "./bulk/insert-rows";
import type { ImportPlan } from "./claim-import";
import type { EntityType } from "./revisions";
import { takenSourceSlugs } from "./slugs";

export type ImportSaved = { claims: number; reports: number; sources: number; revisions: number };

const importTimeoutMs = 10 * 60_000;
const optimizeAfterClaims = 10_000;
const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

type RevisionRow = Prisma.RevisionCreateManyInput;

/** Writes the plan; refuses (writing nothing) when any row has an error. */
export async function saveClaimImport(actor: Actor, plan: ImportPlan): Promise<ImportSaved> {
  assertCanWrite(actor);
  if (plan.errorCount > 0) {
    throw new AppError(
      "validation_failed",
      `${plan.errorCount} error${plan.errorCount === 1 ? "" : "s"} in the spreadsheet; nothing was saved`,
      plan.rows.flatMap((row) => row.errors.map((error) => ({ path: `row ${row.line}.${error.column}`, message: error.message }))),
    );
  }
  if (!plan.rows.length) throw new AppError("validation_failed", "The spreadsheet has no rows", [{ path: "file", message: "No rows under the header" }]);
  const authorId = authorOf(actor);
  const now = new Date();
  const revisions: RevisionRow[] = [];
  const revise = (entityType: EntityType, entityId: string, after: unknown) =>
    revisions.push({ entityType, entityId, action: "create", version: 1, after: after as Prisma.InputJsonValue, authorId, createdAt: now });

  const connection = db();
  const saved = await connection.writeTransaction(
    async (tx) => {
      await assertNotImported(tx, plan);
      return bulkLoad(
        tx,
        connection,
        async (load) => {
          const sourceIds = await createSources(tx, load, plan.newSources, now, revise);
          const reports = await createReports(load, plan, now, revise);
          const claims = await createClaims(load, plan, { reportIds: reports.ids, sourceIds }, now, revise);
          await load.insert("Revision", revisions);
          return { claims, reports: reports.created, sources: sourceIds.size, revisions: revisions.length };
        },
        now,
      );
    },
    { timeoutMs: importTimeoutMs },
  );
  // Fresh planner statistics after a large load (ANALYZE on PostgreSQL, PRAGMA optimize on SQLite).
  if (saved.claims >= optimizeAfterClaims) await connection.optimize();
  return saved;
}

async function createClaims(load: BulkLoad, plan: ImportPlan, ids: { reportIds: string[]; sourceIds: Map<string, string> }, now: Date, revise: Revise) {
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const hops: Prisma.AttributionHopCreateManyInput[] = [];
  for (const row of plan.rows) {
    const id = newId();
    const claim = {
      id,
      reportId: ids.reportIds[row.report]!,
      topicId: row.topicId,
      kind: row.kind,
      statement: row.statement,
      anchorExact: row.anchor.exact,
      anchorPrefix: row.anchor.prefix,
      anchorSuffix: row.anchor.suffix,
      anchorStart: row.anchor.start,
      anchorEnd: row.anchor.end,
      value: row.value,
      lower: row.lower,
      upper: row.upper,
      qualifier: row.qualifier,
      unit: row.unit,
      measure: row.measure,
      scopePlace: row.scope,
      modality: row.modality,
      placeName: row.place,
      claimedAt: day(row.claimedAt),
      notes: `Imported from spreadsheet ${plan.fileName}, row ${row.line}`,
      createdAt: now,
      updatedAt: now,
    } satisfies Prisma.ClaimCreateManyInput;
    const chain = row.chain.map((hop, position) => ({
      id: newId(),
      claimId: id,
      position,
      sourceId: hop.sourceId ?? ids.sourceIds.get(normalizeAlias(hop.sourceName))!,
      role: hop.role,
      verb: null,
    }));
    claims.push(claim);
    hops.push(...chain);
    revise("claim", id, { ...claim, hops: chain });
  }
  await load.insert("Claim", claims);
  await load.insert("AttributionHop", hops);
  return claims.length;
}

/** The same file imported twice makes the same report text: checked again inside the transaction. */
async function assertNotImported(tx: Transaction, plan: ImportPlan) {
  const hashes = plan.reports.flatMap((report) => (report.contentHash ? [report.contentHash] : []));
  const found = await tx.report.findFirst({ where: { contentHash: { in: hashes } }, select: { id: true, title: true } });
  if (found) throw new AppError("duplicate", `This spreadsheet was already imported as “${found.title}”; nothing was saved`, undefined, { reportId: found.id });
}

type Revise = (entityType: EntityType, entityId: string, after: unknown) => void;

async function createSources(tx: Transaction, load: BulkLoad, names: string[], now: Date, revise: Revise) {
  const ids = new Map<string, string>();
  if (!names.length) return ids;
  const taken = await takenSourceSlugs(
    tx,
    names.map((name) => slugify(name)),
  );
  const sources: Prisma.SourceCreateManyInput[] = [];
  const aliases: Prisma.SourceAliasCreateManyInput[] = [];
  for (const name of names) {
    const slug = uniqueSlug(slugify(name), taken);
    taken.add(slug);
    const source = { id: newId(), slug, name, kind: "other" as const, createdAt: now, updatedAt: now };
    const alias = { id: newId(), sourceId: source.id, alias: name, normalized: normalizeAlias(name) };
    sources.push(source);
    aliases.push(alias);
    ids.set(alias.normalized, source.id);
    revise("source", source.id, { ...source, aliases: [alias] });
  }
  await load.insert("Source", sources);
  await load.insert("SourceAlias", aliases);
  return ids;
}

/** Each planned report's id: the existing one's, or a new report holding the rows' words. */
async function createReports(load: BulkLoad, plan: ImportPlan, now: Date, revise: Revise) {
  const ids: string[] = [];
  const created: Prisma.ReportCreateManyInput[] = [];
  for (const report of plan.reports) {
    if (report.existingId) {
      ids.push(report.existingId);
      continue;
    }
    const record = {
      id: newId(),
      title: report.title,
      url: report.url,
      text: report.text!,
      contentHash: report.contentHash!,
      retrievedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    ids.push(record.id);
    created.push(record);
    revise("report", record.id, record);
  }
  await load.insert("Report", created);
  return { ids, created: created.length };
}
