import "server-only";
// Names for the history view: revisions store the author's user id and a chain's source
// ids, which say nothing to an analyst. Deleted sources keep their names here, since the
// history must still say who a claim was attributed to.
import { db } from "../db/client";
import { type Actor, assertCanRead } from "./actor";

export type RevisionNames = { authors: Record<string, string>; sources: Record<string, string> };

export async function namesForRevisions(actor: Actor, ids: { authorIds: Iterable<string>; sourceIds: Iterable<string> }): Promise<RevisionNames> {
  assertCanRead(actor);
  // The ids come from stored revision snapshots (JSON of any past shape): keep only real ids.
  const present = (values: Iterable<string>) => [...new Set(values)].filter((id): id is string => typeof id === "string" && id !== "");
  const authorIds = present(ids.authorIds);
  const sourceIds = present(ids.sourceIds);
  const [users, sources] = await Promise.all([
    authorIds.length ? db().read.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, email: true } }) : [],
    sourceIds.length ? db().read.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, name: true, deletedAt: true } }) : [],
  ]);
  return {
    authors: Object.fromEntries(users.map((user) => [user.id, user.email])),
    sources: Object.fromEntries(sources.map((source) => [source.id, source.deletedAt ? `${source.name} (deleted)` : source.name])),
  };
}

/** One save made after the version a form was opened at, as "Changed meanwhile by …" names it. */
export type ChangedMeanwhile = { author: string; at: string; version: number; action: string };

/** Who changed a record after `version`, from its history (claims' and sources' alike). */
export async function changesSince(
  actor: Actor,
  revisions: readonly { version: number; authorId: string | null; createdAt: Date; action: string }[],
  version: number,
): Promise<ChangedMeanwhile[]> {
  const later = revisions.filter((revision) => revision.version > version);
  const names = await namesForRevisions(actor, { authorIds: later.flatMap((revision) => (revision.authorId ? [revision.authorId] : [])), sourceIds: [] });
  return later.map((revision) => ({
    author: revision.authorId ? (names.authors[revision.authorId] ?? "an unknown user") : "the system",
    at: revision.createdAt.toISOString(),
    version: revision.version,
    action: revision.action,
  }));
}
