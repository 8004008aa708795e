import "server-only";
// The version check every change goes through. The caller names the version it started
// from; the UPDATE itself carries `WHERE id = ? AND version = ?`, so of two changes started
// from one version exactly one matches a row, even when both read the record before either
// wrote (PostgreSQL re-checks the condition after the first commits; SQLite runs writes one
// at a time). The loser is told what the record is now, to show beside its own change.
import type { Transaction } from "../../db/client";
import type { RevisionAction } from "../../domain/vocabulary";
import { AppError } from "../../errors";
import { type Actor, authorOf } from "../actor";
import { type EntityType, recordRevision } from "../revisions";

type Versioned = { id: string; version: number; deletedAt: Date | null };

export type Entity<R extends Versioned> = {
  type: EntityType;
  /** The record in the analyst's words, for messages: "source", "claim". */
  label: string;
  read: (tx: Transaction, id: string) => Promise<R | null>;
};

export type Change = {
  action: Exclude<RevisionAction, "create">;
  /** Whether the record must be live (update, delete, restoring an old version) or deleted (restore). */
  from: "live" | "deleted";
  /** Column changes; the version is bumped on top of them. */
  data: Record<string, unknown>;
  /** Rows of other tables (aliases, chain hops), written once the version is taken. */
  alsoWrite?: (tx: Transaction) => Promise<void>;
};

// The four models have the same updateMany shape for these columns; Prisma's union of
// delegates cannot be called directly, so it is named by what we use of it.
type VersionedRows = { updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }> };
const rowsOf = (tx: Transaction, type: EntityType) => tx[type] as unknown as VersionedRows;

export function versionConflict(label: string, current: unknown): AppError {
  return new AppError("version_conflict", `This ${label} was changed by someone else since you opened it: compare, then apply your change again`, undefined, {
    current,
  });
}

function assertState(label: string, record: Versioned | null, from: Change["from"]): asserts record is Versioned {
  if (!record) throw new AppError("not_found", `No ${label} with this id`);
  if (from === "live" && record.deletedAt !== null) throw new AppError("not_found", `This ${label} was deleted; an administrator may restore it`);
  if (from === "deleted" && record.deletedAt === null) throw new AppError("conflict", `This ${label} is not deleted`);
}

/** Applies one change to a record at `version`, bumps the version and writes the revision. */
export async function changeVersioned<R extends Versioned>(
  tx: Transaction,
  actor: Actor,
  entity: Entity<R>,
  id: string,
  version: number,
  change: Change,
): Promise<R> {
  const before = await entity.read(tx, id);
  assertState(entity.label, before, change.from);
  if (before.version !== version) throw versionConflict(entity.label, before);
  const { count } = await rowsOf(tx, entity.type).updateMany({
    where: { id, version, deletedAt: change.from === "live" ? null : { not: null } },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (count !== 1) throw versionConflict(entity.label, await entity.read(tx, id));
  await change.alsoWrite?.(tx);
  const after = (await entity.read(tx, id))!;
  await recordRevision(tx, { entityType: entity.type, entityId: id, action: change.action, version: after.version, before, after, authorId: authorOf(actor) });
  return after;
}

/** Soft delete: the row stays, marked deleted, and can be restored. */
export function deletion(): Change {
  return { action: "delete", from: "live", data: { deletedAt: new Date() } };
}

export function restoration(): Change {
  return { action: "restore", from: "deleted", data: { deletedAt: null } };
}

/** The first revision of a new record. */
export async function recordCreation(tx: Transaction, actor: Actor, type: EntityType, record: { id: string; version: number }) {
  await recordRevision(tx, {
    entityType: type,
    entityId: record.id,
    action: "create",
    version: record.version,
    before: null,
    after: record,
    authorId: authorOf(actor),
  });
}
