import "server-only";
// Merging two spellings of one source, and undoing it (ADR 0019). Every hop, outlet,
// child and alias of the merged source moves to the survivor; the merged one is soft-deleted
// with mergedIntoId set. One revision, on the survivor, records the merge and exactly what
// moved (`after.merge`), so that undoing it moves back those rows and no others.
import { db, type Transaction } from "../../db/client";
import { normalizeAlias } from "../../domain/aliases";
import { AppError } from "../../errors";
import { type Actor, assertCanWrite, authorOf } from "../actor";
import { recordRevision } from "../revisions";
import { readSource, type SourceRecord } from "./records";
import { versionConflict } from "./versioning";

/** What a merge moved, as its revision stores it. Hops by claim and position: a chain edit recreates hop rows. */
export type MergeMoves = {
  sourceId: string;
  name: string;
  hops: { claimId: string; position: number }[];
  reportIds: string[];
  childIds: string[];
  /** The survivor's alias keys the merge added (its own were kept). */
  addedAliases: string[];
};

const refuse = (message: string, path = "into") => new AppError("validation_failed", message, [{ path, message }]);

async function bumpVersion(tx: Transaction, source: SourceRecord, data: Record<string, unknown> = {}) {
  const { count } = await tx.source.updateMany({ where: { id: source.id, version: source.version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw versionConflict("source", await readSource(tx, source.id));
}

async function assertMergeable(tx: Transaction, id: string, version: number, into: string) {
  if (id === into) throw refuse("A source cannot be merged into itself");
  const [merged, survivor] = await Promise.all([readSource(tx, id), readSource(tx, into)]);
  if (!merged || merged.deletedAt) throw new AppError("not_found", "No live source with this id");
  if (merged.version !== version) throw versionConflict("source", merged);
  if (!survivor || survivor.deletedAt) throw refuse("The source to merge into does not exist or was deleted");
  if (survivor.parentId === id) throw refuse("The source to merge into is part of this one: change its parent first");
  return { merged, survivor };
}

export async function mergeSource(actor: Actor, id: string, version: number, into: string): Promise<SourceRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    const { merged, survivor } = await assertMergeable(tx, id, version, into);
    const [hops, reports, children] = await Promise.all([
      tx.attributionHop.findMany({ where: { sourceId: id }, select: { claimId: true, position: true } }),
      tx.report.findMany({ where: { outletId: id }, select: { id: true } }),
      tx.source.findMany({ where: { parentId: id }, select: { id: true } }),
    ]);
    const ownKeys = new Set(survivor.aliases.map(normalizeAlias));
    const added = new Map<string, string>();
    for (const alias of [merged.name, ...merged.aliases]) {
      const key = normalizeAlias(alias);
      if (!ownKeys.has(key) && !added.has(key)) added.set(key, alias);
    }
    await bumpVersion(tx, merged, { deletedAt: new Date(), mergedIntoId: into });
    await bumpVersion(tx, survivor);
    await tx.attributionHop.updateMany({ where: { sourceId: id }, data: { sourceId: into } });
    await tx.report.updateMany({ where: { outletId: id }, data: { outletId: into } });
    await tx.source.updateMany({ where: { parentId: id }, data: { parentId: into } });
    await tx.sourceAlias.createMany({ data: [...added].map(([normalized, alias]) => ({ sourceId: into, normalized, alias })) });
    const moves: MergeMoves = {
      sourceId: id,
      name: merged.name,
      hops,
      reportIds: reports.map((report) => report.id),
      childIds: children.map((child) => child.id),
      addedAliases: [...added.keys()],
    };
    const after = (await readSource(tx, into))!;
    await recordRevision(tx, {
      entityType: "source",
      entityId: into,
      action: "update",
      version: after.version,
      before: survivor,
      after: { ...after, merge: moves },
      authorId: authorOf(actor),
    });
    return after;
  });
}

/** The moves of the survivor's merge revision, when it is one. */
export function mergeMovesOf(after: unknown): MergeMoves | null {
  const moves = (after as { merge?: MergeMoves } | null)?.merge;
  return moves && typeof moves.sourceId === "string" ? moves : null;
}

/**
 * Undoes the merge recorded by revision `revisionId` of source `id` (the survivor, at
 * `version`): the merged source comes back live, with what moved. A hop whose claim chain
 * was edited since (so it no longer names the survivor at that place) stays as it is now.
 */
export async function undoSourceMerge(actor: Actor, id: string, version: number, revisionId: string): Promise<SourceRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: "source", entityId: id } });
    const moves = mergeMovesOf(revision?.after);
    if (!moves) throw refuse("This change of the source is not a merge", "revisionId");
    const [survivor, merged] = await Promise.all([readSource(tx, id), readSource(tx, moves.sourceId)]);
    if (!survivor || survivor.deletedAt) throw new AppError("not_found", "No live source with this id");
    if (survivor.version !== version) throw versionConflict("source", survivor);
    if (!merged || merged.mergedIntoId !== id || merged.deletedAt === null) throw new AppError("conflict", "This merge was already undone");
    await bumpVersion(tx, merged, { deletedAt: null, mergedIntoId: null });
    await bumpVersion(tx, survivor);
    for (const hop of moves.hops) {
      await tx.attributionHop.updateMany({ where: { claimId: hop.claimId, position: hop.position, sourceId: id }, data: { sourceId: moves.sourceId } });
    }
    await tx.report.updateMany({ where: { id: { in: moves.reportIds }, outletId: id }, data: { outletId: moves.sourceId } });
    await tx.source.updateMany({ where: { id: { in: moves.childIds }, parentId: id }, data: { parentId: moves.sourceId } });
    await tx.sourceAlias.deleteMany({ where: { sourceId: id, normalized: { in: moves.addedAliases } } });
    const after = (await readSource(tx, id))!;
    await recordRevision(tx, {
      entityType: "source",
      entityId: id,
      action: "update",
      version: after.version,
      before: survivor,
      after: { ...after, unmerge: { sourceId: moves.sourceId, name: moves.name, revisionId } },
      authorId: authorOf(actor),
    });
    return after;
  });
}
