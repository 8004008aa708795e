import "server-only";
// Records as the API answers with them and as revisions store them: a source with its
// aliases as plain names, a claim with its anchor as one object and its chain as an ordered
// list. Every field of the representation changes only with the record's version, so
// id + version names one representation (the ETag, lib/http/etag.ts).
import type { Transaction } from "../../db/client";
import type { Prisma } from "../../db/generated/sqlite/client";
import { asOfOf } from "../../domain/figure";
import { storedScope } from "../../domain/scope";
import { type Actor, canAdminister } from "../actor";

/** Either the read client or a transaction: both have the model delegates. */
export type Reader = Pick<Transaction, "source" | "report" | "topic" | "claim" | "revision">;

export const sourceInclude = { aliases: { orderBy: { alias: "asc" } } } satisfies Prisma.SourceInclude;
type SourceRow = Prisma.SourceGetPayload<{ include: typeof sourceInclude }>;

export function toSourceRecord({ aliases, ...source }: SourceRow) {
  return { ...source, aliases: aliases.map((alias) => alias.alias) };
}
export type SourceRecord = ReturnType<typeof toSourceRecord>;

export async function readSource(reader: Reader, id: string): Promise<SourceRecord | null> {
  const row = await reader.source.findUnique({ where: { id }, include: sourceInclude });
  return row && toSourceRecord(row);
}

export type ReportRecord = Prisma.ReportGetPayload<object>;
export type ReportSummaryRecord = Omit<ReportRecord, "text">;

export async function readReport(reader: Reader, id: string): Promise<ReportRecord | null> {
  return reader.report.findUnique({ where: { id } });
}

export type TopicRecord = Prisma.TopicGetPayload<object>;

export async function readTopic(reader: Reader, id: string): Promise<TopicRecord | null> {
  return reader.topic.findUnique({ where: { id } });
}

export const claimInclude = { hops: { orderBy: { position: "asc" } } } satisfies Prisma.ClaimInclude;
type ClaimRow = Prisma.ClaimGetPayload<object> & { hops: { sourceId: string; role: Prisma.AttributionHopGetPayload<object>["role"]; verb: string | null }[] };

export function toClaimRecord(row: ClaimRow) {
  const { anchorExact, anchorPrefix, anchorSuffix, anchorStart, anchorEnd, hops, scopeLevel: _level, scopeWithin: _within, ...rest } = row;
  // Only the claim's own columns: list rows carry joined report and topic summaries.
  const { report: _report, topic: _topic, ...claim } = rest as typeof rest & { report?: unknown; topic?: unknown };
  return {
    ...claim,
    // The scope answered resolved (level and containing places), never as its stored JSON.
    scope: storedScope(row),
    asOf: asOfOf(row),
    anchor: { exact: anchorExact, prefix: anchorPrefix, suffix: anchorSuffix, start: anchorStart, end: anchorEnd },
    chain: hops.map((hop) => ({ sourceId: hop.sourceId, role: hop.role, verb: hop.verb })),
  };
}
export type ClaimRecord = ReturnType<typeof toClaimRecord>;

export async function readClaim(reader: Reader, id: string): Promise<ClaimRecord | null> {
  const row = await reader.claim.findUnique({ where: { id }, include: claimInclude });
  return row && toClaimRecord(row);
}

/** Deleted records are shown to administrators only (they may restore them); others see none. */
export function visibleTo<T extends { deletedAt: Date | null }>(actor: Actor, record: T | null): T | null {
  if (!record) return null;
  return record.deletedAt === null || canAdminister(actor) ? record : null;
}
