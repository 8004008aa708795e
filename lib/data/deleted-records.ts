import "server-only";
// What administrators may bring back: every deleted claim, source, report and topic, with
// who deleted it and when (from its delete revision), newest first.
import { db } from "../db/client";
import { type Actor, assertCanAdminister } from "./actor";
import type { EntityType } from "./revisions";

export type DeletedRecord = { type: EntityType; id: string; version: number; title: string; deletedAt: Date; deletedBy: string | null };

/** Per kind; a desk that deletes more than this at once restores through the API's `deleted=true` lists. */
export const deletedRecordsShown = 200;

const deleted = { deletedAt: { not: null } };
const newestFirst = [{ deletedAt: "desc" as const }, { id: "asc" as const }];

export async function listDeletedRecords(actor: Actor): Promise<DeletedRecord[]> {
  assertCanAdminister(actor);
  const take = deletedRecordsShown;
  const [claims, sources, reports, topics] = await Promise.all([
    db().read.claim.findMany({ where: deleted, select: { id: true, version: true, statement: true, deletedAt: true }, orderBy: newestFirst, take }),
    db().read.source.findMany({ where: deleted, select: { id: true, version: true, name: true, deletedAt: true }, orderBy: newestFirst, take }),
    db().read.report.findMany({ where: deleted, select: { id: true, version: true, title: true, deletedAt: true }, orderBy: newestFirst, take }),
    db().read.topic.findMany({ where: deleted, select: { id: true, version: true, title: true, deletedAt: true }, orderBy: newestFirst, take }),
  ]);
  const records = [
    ...claims.map((row) => ({ type: "claim" as const, id: row.id, version: row.version, title: row.statement, deletedAt: row.deletedAt! })),
    ...sources.map((row) => ({ type: "source" as const, id: row.id, version: row.version, title: row.name, deletedAt: row.deletedAt! })),
    ...reports.map((row) => ({ type: "report" as const, id: row.id, version: row.version, title: row.title, deletedAt: row.deletedAt! })),
    ...topics.map((row) => ({ type: "topic" as const, id: row.id, version: row.version, title: row.title, deletedAt: row.deletedAt! })),
  ];
  const deletions = records.length
    ? await db().read.revision.findMany({
        where: { action: "delete", entityId: { in: records.map((record) => record.id) } },
        select: { entityId: true, version: true, authorId: true },
      })
    : [];
  // The revision that left the record at its current (deleted) version names who deleted it.
  const deleter = new Map(deletions.map((revision) => [`${revision.entityId}@${revision.version}`, revision.authorId]));
  const authorIds = [...new Set(deletions.flatMap((revision) => (revision.authorId ? [revision.authorId] : [])))];
  const users = authorIds.length ? await db().read.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, email: true } }) : [];
  const emails = new Map(users.map((user) => [user.id, user.email]));
  return records
    .map((record) => {
      const authorId = deleter.get(`${record.id}@${record.version}`);
      return { ...record, deletedBy: authorId ? (emails.get(authorId) ?? authorId) : null };
    })
    .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
