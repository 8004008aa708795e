import "server-only";
// One record by id, as the API reads it before changing it, and a claim's history with
// each revision's differences. Deleted records are visible to administrators only.
import { db } from "../../db/client";
import { diffRecords, type FieldChange } from "../../domain/record-diff";
import type { RevisionAction } from "../../domain/vocabulary";
import { type Actor, assertCanRead } from "../actor";
import { listRevisions } from "../revisions";
import { type ClaimRecord, readClaim, readReport, readSource, readTopic, type ReportRecord, type SourceRecord, type TopicRecord, visibleTo } from "./records";

export async function getSourceRecord(actor: Actor, id: string): Promise<SourceRecord | null> {
  assertCanRead(actor);
  return visibleTo(actor, await readSource(db().read, id));
}

export async function getSourceRecordBySlug(actor: Actor, slug: string): Promise<SourceRecord | null> {
  assertCanRead(actor);
  const row = await db().read.source.findUnique({ where: { slug }, select: { id: true } });
  return row ? visibleTo(actor, await readSource(db().read, row.id)) : null;
}

export async function getReportRecord(actor: Actor, id: string): Promise<ReportRecord | null> {
  assertCanRead(actor);
  return visibleTo(actor, await readReport(db().read, id));
}

export async function getTopicRecord(actor: Actor, id: string): Promise<TopicRecord | null> {
  assertCanRead(actor);
  return visibleTo(actor, await readTopic(db().read, id));
}

export async function getTopicRecordBySlug(actor: Actor, slug: string): Promise<TopicRecord | null> {
  assertCanRead(actor);
  return visibleTo(actor, await db().read.topic.findUnique({ where: { slug } }));
}

export async function getClaimRecord(actor: Actor, id: string): Promise<ClaimRecord | null> {
  assertCanRead(actor);
  return visibleTo(actor, await readClaim(db().read, id));
}

export type HistoryEntry = {
  id: string;
  action: RevisionAction;
  /** The claim's version after this change. */
  version: number;
  authorId: string | null;
  createdAt: Date;
  changes: FieldChange[];
  /** The claim as this change left it (null for none): what "restore this version" brings back. */
  after: unknown;
};

async function historyOf(type: "claim" | "source", id: string): Promise<HistoryEntry[]> {
  const revisions = await listRevisions(db().read, type, id);
  return revisions.map((revision) => ({
    id: revision.id,
    action: revision.action,
    version: revision.version,
    authorId: revision.authorId,
    createdAt: revision.createdAt,
    changes: diffRecords(revision.before, revision.after),
    after: revision.after,
  }));
}

/** A claim's revisions, oldest first, each with the fields it changed; null when the claim is not visible. */
export async function getClaimHistory(actor: Actor, id: string): Promise<ClaimHistory | null> {
  const claim = await getClaimRecord(actor, id);
  if (!claim) return null;
  return { claim, revisions: await historyOf("claim", id) };
}
export type ClaimHistory = { claim: ClaimRecord; revisions: HistoryEntry[] };

/** A claim's revisions with their changes, for a caller that has read the claim itself and checked it may be seen. */
export const claimRevisionEntries = (id: string) => historyOf("claim", id);

/** A live source's revisions with their changes, for its page, which has read the source itself: the reader is checked here. */
export async function sourceRevisionEntries(actor: Actor, id: string): Promise<HistoryEntry[]> {
  assertCanRead(actor);
  return historyOf("source", id);
}

/** A source's revisions, oldest first: who graded it and when, what each merge moved. */
export async function getSourceHistory(actor: Actor, id: string): Promise<{ source: SourceRecord; revisions: HistoryEntry[] } | null> {
  const source = await getSourceRecord(actor, id);
  if (!source) return null;
  return { source, revisions: await historyOf("source", id) };
}
