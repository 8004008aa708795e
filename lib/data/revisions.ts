// Every create, update, delete and restore leaves a Revision, written in the same
// transaction as the change it records.
import type { Transaction } from "../db/client";
import type { RevisionAction } from "../domain/vocabulary";

export type EntityType = "source" | "report" | "topic" | "claim";

export type RevisionInput = {
  entityType: EntityType;
  entityId: string;
  action: RevisionAction;
  version: number;
  before: unknown;
  after: unknown;
  /** null for the system (the demo seed). */
  authorId: string | null;
};

export async function recordRevision(tx: Transaction, revision: RevisionInput) {
  await tx.revision.create({
    data: {
      ...revision,
      before: toJson(revision.before),
      after: toJson(revision.after),
    },
  });
}

// Dates become ISO strings and undefined fields disappear, as they would over the API.
function toJson(record: unknown) {
  return record === null || record === undefined ? undefined : JSON.parse(JSON.stringify(record));
}

export async function listRevisions(tx: Pick<Transaction, "revision">, entityType: EntityType, entityId: string) {
  return tx.revision.findMany({ where: { entityType, entityId }, orderBy: [{ createdAt: "asc" }, { version: "asc" }] });
}
