// The rows of a claims table (the claims list, a source's page), read by their ids in one
// statement of raw SQL: only the columns the table shows, each claim joined to its report, topic
// and chain. Prisma's include of the same rows was five statements (claims, reports, topics,
// hops, sources), every column of each, and its interpreter's work per row (ADR 0029).
import "server-only";
import { db } from "../db/client";
import { type Actor, assertCanRead } from "./actor";
import { Prisma } from "../db/generated/sqlite/client";
import type { ClaimKind, HopRole, Modality, Qualifier, ReliabilityGrade, ReviewStatus } from "../domain/vocabulary";

/** What one row of a claims table shows: the claim's own fields, its report and topic, its chain in order. */
export type ClaimTableRow = {
  id: string;
  version: number;
  statement: string;
  kind: ClaimKind;
  reviewStatus: ReviewStatus;
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  modality: Modality;
  credibility: number | null;
  claimedAt: Date | null;
  report: { id: string; title: string };
  topic: { slug: string; title: string } | null;
  hops: { position: number; role: HopRole; verb: string | null; source: { id: string; name: string; reliability: ReliabilityGrade | null } }[];
};

/** One claim and one hop of its chain (none when it has no hops): the statement's row. */
type JoinedRow = Omit<ClaimTableRow, "report" | "topic" | "hops"> & {
  reportId: string;
  reportTitle: string;
  topicSlug: string | null;
  topicTitle: string | null;
  hopPosition: number | null;
  hopRole: HopRole | null;
  hopVerb: string | null;
  sourceId: string | null;
  sourceName: string | null;
  sourceReliability: ReliabilityGrade | null;
};

/**
 * The table rows of these claims, in the order of `ids` (ids not found are left out), hops in
 * chain order. Whether a claim is live is the caller's condition: the ids come from its read.
 * Enums are cast to text for PostgreSQL, which keeps them as its own types.
 */
export async function claimTableRows(actor: Actor, ids: readonly string[]): Promise<ClaimTableRow[]> {
  assertCanRead(actor);
  if (ids.length === 0) return [];
  const joined = await db().read.$queryRaw<JoinedRow[]>`
    SELECT c."id", c."version", c."statement", CAST(c."kind" AS TEXT) AS "kind", CAST(c."reviewStatus" AS TEXT) AS "reviewStatus",
      c."value", c."lower", c."upper", CAST(c."qualifier" AS TEXT) AS "qualifier", c."unit", CAST(c."modality" AS TEXT) AS "modality",
      c."credibility", c."claimedAt",
      r."id" AS "reportId", r."title" AS "reportTitle", t."slug" AS "topicSlug", t."title" AS "topicTitle",
      h."position" AS "hopPosition", CAST(h."role" AS TEXT) AS "hopRole", h."verb" AS "hopVerb",
      s."id" AS "sourceId", s."name" AS "sourceName", CAST(s."reliability" AS TEXT) AS "sourceReliability"
    FROM "Claim" c
    JOIN "Report" r ON r."id" = c."reportId"
    LEFT JOIN "Topic" t ON t."id" = c."topicId"
    LEFT JOIN "AttributionHop" h ON h."claimId" = c."id"
    LEFT JOIN "Source" s ON s."id" = h."sourceId"
    WHERE c."id" IN (${Prisma.join([...ids])})`;
  const byId = new Map<string, ClaimTableRow>();
  for (const row of joined) {
    let claim = byId.get(row.id);
    if (!claim) {
      claim = {
        id: row.id,
        version: Number(row.version),
        statement: row.statement,
        kind: row.kind,
        reviewStatus: row.reviewStatus,
        value: row.value,
        lower: row.lower,
        upper: row.upper,
        qualifier: row.qualifier,
        unit: row.unit,
        modality: row.modality,
        credibility: row.credibility === null ? null : Number(row.credibility),
        claimedAt: row.claimedAt,
        report: { id: row.reportId, title: row.reportTitle },
        topic: row.topicSlug === null ? null : { slug: row.topicSlug, title: row.topicTitle ?? "" },
        hops: [],
      };
      byId.set(row.id, claim);
    }
    if (row.hopPosition !== null && row.sourceId !== null) {
      claim.hops.push({
        position: Number(row.hopPosition),
        role: row.hopRole!,
        verb: row.hopVerb,
        source: { id: row.sourceId, name: row.sourceName ?? "", reliability: row.sourceReliability },
      });
    }
  }
  for (const claim of byId.values()) claim.hops.sort((a, b) => a.position - b.position);
  return ids.flatMap((id) => byId.get(id) ?? []);
}
