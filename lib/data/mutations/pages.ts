import "server-only";
// Lists for the API, a page at a time. Sources, reports and topics walk by id; claims use
// the claims list's own filters, sort and cursor (claims.ts), so the API and the /claims
// page answer the same question the same way. `deleted` lists the deleted records instead
// (administrators only), by id.
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/sqlite/client";
import { type ClaimCursor, type ClaimFilters, type ClaimSort, encodeCursor, type PageRequest } from "../../schemas/claim-filters";
import { type Actor, assertCanAdminister, assertCanRead } from "../actor";
import { listClaims } from "../claims";
import { encodeIdCursor, type IdPage } from "../../schemas/pagination";
import {
  claimInclude,
  type ClaimRecord,
  type ReportSummaryRecord,
  sourceInclude,
  type SourceRecord,
  toClaimRecord,
  toSourceRecord,
  type TopicRecord,
} from "./records";

export type Page<T> = { records: T[]; nextCursor: string | null };

function assertMayList(actor: Actor, page: { deleted: boolean }) {
  if (page.deleted) assertCanAdminister(actor);
  else assertCanRead(actor);
}

const stateOf = (page: IdPage) => (page.deleted ? { deletedAt: { not: null } } : { deletedAt: null });
const after = (page: IdPage) => (page.afterId ? { id: { gt: page.afterId } } : {});

/** A page from rows fetched one beyond the page size: the extra row says there is a next page. */
function pageOf<T extends { id: string }>(rows: T[], size: number): Page<T> {
  const records = rows.slice(0, size);
  return { records, nextCursor: rows.length > size ? encodeIdCursor(records[records.length - 1]!.id) : null };
}

export async function listSourcePage(actor: Actor, filters: { kind?: SourceRecord["kind"]; country?: string }, page: IdPage): Promise<Page<SourceRecord>> {
  assertMayList(actor, page);
  const rows = await db().read.source.findMany({
    where: { ...stateOf(page), ...after(page), ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.country ? { country: filters.country } : {}) },
    include: sourceInclude,
    orderBy: { id: "asc" },
    take: page.size + 1,
  });
  return pageOf(rows.map(toSourceRecord), page.size);
}

/** Reports without their text: a list of a hundred reports could otherwise weigh 100 MB. */
export async function listReportPage(actor: Actor, filters: { outlet?: string; language?: string }, page: IdPage): Promise<Page<ReportSummaryRecord>> {
  assertMayList(actor, page);
  const rows = await db().read.report.findMany({
    where: {
      ...stateOf(page),
      ...after(page),
      ...(filters.outlet ? { outlet: { slug: filters.outlet } } : {}),
      ...(filters.language ? { language: filters.language } : {}),
    },
    omit: { text: true },
    orderBy: { id: "asc" },
    take: page.size + 1,
  });
  return pageOf(rows, page.size);
}

export async function listTopicPage(actor: Actor, page: IdPage): Promise<Page<TopicRecord>> {
  assertMayList(actor, page);
  const rows = await db().read.topic.findMany({ where: { ...stateOf(page), ...after(page) }, orderBy: { id: "asc" }, take: page.size + 1 });
  return pageOf(rows, page.size);
}

export type ClaimListRequest = { filters: ClaimFilters; sort: ClaimSort; page: PageRequest; size: number; deleted: boolean };
export type ClaimRecordPage = Page<ClaimRecord> & { previousCursor: string | null };

const cursorText = (cursor: ClaimCursor | null) => (cursor ? encodeCursor(cursor) : null);

export async function listClaimPage(actor: Actor, request: ClaimListRequest): Promise<ClaimRecordPage> {
  if (request.deleted) return listDeletedClaims(actor, request);
  const page = await listClaims(actor, request.filters, request.sort, request.page, request.size);
  return { records: page.rows.map(toClaimRecord), nextCursor: cursorText(page.next), previousCursor: cursorText(page.previous) };
}

/** Deleted claims, by id: the filters and sort are for live claims and are not applied. */
async function listDeletedClaims(actor: Actor, request: ClaimListRequest): Promise<ClaimRecordPage> {
  assertCanAdminister(actor);
  const afterId = request.page.after?.id;
  const where: Prisma.ClaimWhereInput = { deletedAt: { not: null }, ...(afterId ? { id: { gt: afterId } } : {}) };
  const rows = await db().read.claim.findMany({ where, include: claimInclude, orderBy: { id: "asc" }, take: request.size + 1 });
  const records = rows.slice(0, request.size).map(toClaimRecord);
  const last = records[records.length - 1];
  return { records, nextCursor: rows.length > request.size && last ? encodeCursor({ key: null, id: last.id }) : null, previousCursor: null };
}
