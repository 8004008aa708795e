// What zod cannot see record by record: that the records of a document fit together as the
// database's keys and constraints will demand, and that every anchor still holds its words.
// Found before anything is written, so an import either fits whole or writes nothing, and
// the analyst sees every problem at once instead of the first constraint the database trips on.
import { checkAnchor } from "../../domain/anchor";
import { contentHash } from "../../domain/report-text";
import type { TransferDocument, TransferIssue } from "./format";

type Entry = { path: string; value: string };

const entries = <T>(records: T[], list: string, key: (record: T) => string): Entry[] =>
  records.map((record, index) => ({ path: `${list}[${index}]`, value: key(record) }));

/** Values seen twice where the schema declares them unique (ids, slugs, emails, positions). */
function duplicates(list: Entry[], what: string): TransferIssue[] {
  const seen = new Map<string, string>();
  const issues: TransferIssue[] = [];
  for (const { path, value } of list) {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, path);
    else issues.push({ path, message: `${what} "${value}" is already used by ${first}` });
  }
  return issues;
}

/**
 * The ids each list of the file holds. When some records failed validation, their ids still
 * count here, so a reference to a malformed record is reported once (as malformed), not twice.
 */
export type PresentIds = Record<"source" | "report" | "topic" | "claim" | "user", Set<string>>;

export function presentIdsOf(lists: Record<"sources" | "reports" | "topics" | "claims" | "users", readonly unknown[]>): PresentIds {
  const ids = (records: readonly unknown[]) =>
    new Set(records.flatMap((record) => (record && typeof (record as { id?: unknown }).id === "string" ? [(record as { id: string }).id] : [])));
  return { source: ids(lists.sources), report: ids(lists.reports), topic: ids(lists.topics), claim: ids(lists.claims), user: ids(lists.users) };
}

function sourceIssues(document: TransferDocument, sourceIds: Set<string>): TransferIssue[] {
  const issues: TransferIssue[] = [];
  const parentOf = new Map(document.sources.map((source) => [source.id, source.parentId]));
  document.sources.forEach((source, index) => {
    const path = `sources[${index}]`;
    if (source.mergedIntoId !== null && !sourceIds.has(source.mergedIntoId)) {
      issues.push({ path: `${path}.mergedIntoId`, message: `No source with id "${source.mergedIntoId}" in this file` });
    }
    if (source.parentId !== null && !sourceIds.has(source.parentId)) {
      issues.push({ path: `${path}.parentId`, message: `No source with id "${source.parentId}" in this file` });
    }
    // A parent chain that comes back to where it started cannot be written parents-first.
    const visited = new Set([source.id]);
    for (let parent = source.parentId; parent !== null && parent !== undefined; parent = parentOf.get(parent) ?? null) {
      if (visited.has(parent)) {
        issues.push({ path: `${path}.parentId`, message: "The source is its own ancestor" });
        break;
      }
      visited.add(parent);
    }
    issues.push(
      ...duplicates(
        entries(source.aliases, `${path}.aliases`, (alias) => alias.normalized),
        "The normalised alias",
      ),
    );
  });
  return issues;
}

function reportIssues(document: TransferDocument, sourceIds: Set<string>): TransferIssue[] {
  const issues: TransferIssue[] = [];
  document.reports.forEach((report, index) => {
    const path = `reports[${index}]`;
    if (report.outletId !== null && !sourceIds.has(report.outletId)) {
      issues.push({ path: `${path}.outletId`, message: `No source with id "${report.outletId}" in this file` });
    }
    if (contentHash(report.text) !== report.contentHash) {
      issues.push({ path: `${path}.contentHash`, message: "The content hash is not the SHA-256 of the report's text" });
    }
  });
  return issues;
}

function claimIssues(document: TransferDocument, present: PresentIds): TransferIssue[] {
  const issues: TransferIssue[] = [];
  const sourceIds = present.source;
  const topicIds = present.topic;
  const reportText = new Map(document.reports.map((report) => [report.id, report.text]));
  document.claims.forEach((claim, index) => {
    const path = `claims[${index}]`;
    const text = reportText.get(claim.reportId);
    if (!present.report.has(claim.reportId)) issues.push({ path: `${path}.reportId`, message: `No report with id "${claim.reportId}" in this file` });
    else if (text !== undefined && checkAnchor(text, { exact: claim.anchorExact, start: claim.anchorStart, end: claim.anchorEnd }).status !== "ok") {
      issues.push({
        path: `${path}.anchorExact`,
        message: `The anchor's words are not at ${claim.anchorStart}–${claim.anchorEnd} of report "${claim.reportId}"`,
      });
    }
    if (claim.topicId !== null && !topicIds.has(claim.topicId)) {
      issues.push({ path: `${path}.topicId`, message: `No topic with id "${claim.topicId}" in this file` });
    }
    claim.hops.forEach((hop, hopIndex) => {
      if (!sourceIds.has(hop.sourceId)) {
        issues.push({ path: `${path}.hops[${hopIndex}].sourceId`, message: `No source with id "${hop.sourceId}" in this file` });
      }
    });
    issues.push(
      ...duplicates(
        entries(claim.hops, `${path}.hops`, (hop) => String(hop.position)),
        "Position",
      ),
    );
  });
  return issues;
}

function revisionIssues(document: TransferDocument, present: PresentIds): TransferIssue[] {
  const ids = present;
  const userIds = present.user;
  const issues: TransferIssue[] = [];
  document.revisions.forEach((revision, index) => {
    const path = `revisions[${index}]`;
    // Nothing is ever hard-deleted, so every revision's record must be in the file.
    if (!ids[revision.entityType].has(revision.entityId)) {
      issues.push({ path: `${path}.entityId`, message: `No ${revision.entityType} with id "${revision.entityId}" in this file` });
    }
    // Users are never deleted either: a revision's author is always someone in the file.
    if (revision.authorId !== null && !userIds.has(revision.authorId)) {
      issues.push({ path: `${path}.authorId`, message: `No user with id "${revision.authorId}" in this file` });
    }
  });
  return issues;
}

/** Every problem that would make the database refuse the document, or make it lie. */
export function referentialIssues(document: TransferDocument, present: PresentIds = presentIdsOf(document)): TransferIssue[] {
  const sourceIds = present.source;
  // Hop and alias ids are unique across their whole table, not just within their parent.
  const hopIds = document.claims.flatMap((claim, index) => entries(claim.hops, `claims[${index}].hops`, (hop) => hop.id));
  const aliasIds = document.sources.flatMap((source, index) => entries(source.aliases, `sources[${index}].aliases`, (alias) => alias.id));
  return [
    ...duplicates(
      entries(document.sources, "sources", (record) => record.id),
      "The id",
    ),
    ...duplicates(
      entries(document.sources, "sources", (record) => record.slug),
      "The slug",
    ),
    ...duplicates(
      entries(document.reports, "reports", (record) => record.id),
      "The id",
    ),
    ...duplicates(
      entries(document.reports, "reports", (record) => record.contentHash),
      "The content hash",
    ),
    ...duplicates(
      entries(document.topics, "topics", (record) => record.id),
      "The id",
    ),
    ...duplicates(
      entries(document.topics, "topics", (record) => record.slug),
      "The slug",
    ),
    ...duplicates(
      entries(document.claims, "claims", (record) => record.id),
      "The id",
    ),
    ...duplicates(
      entries(document.revisions, "revisions", (record) => record.id),
      "The id",
    ),
    ...duplicates(
      entries(document.users, "users", (record) => record.id),
      "The id",
    ),
    ...duplicates(
      entries(document.users, "users", (record) => record.email),
      "The email",
    ),
    ...duplicates(hopIds, "The hop id"),
    ...duplicates(aliasIds, "The alias id"),
    ...sourceIssues(document, sourceIds),
    ...reportIssues(document, sourceIds),
    ...claimIssues(document, present),
    ...revisionIssues(document, present),
  ];
}
