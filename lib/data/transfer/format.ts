// The export/import document: every record of a tracker as one JSON value, so a desk can
// move from SQLite to PostgreSQL (or back) without losing ids, versions, timestamps or history.
// docs/decisions/0011-backups-and-data-transfer.md says what is in it and what is left out.
//
// Every object is strict: a field this version does not know is an error, not something to
// drop silently, so a file from a newer version is refused instead of half-imported.
import { z } from "zod";
import {
  claimKinds,
  confidences,
  hopRoles,
  measures,
  modalities,
  placeLevels,
  placePrecisions,
  qualifiers,
  reliabilityGrades,
  reviewStatuses,
  revisionActions,
  sourceKinds,
  stances,
} from "../../domain/vocabulary";
import { roles } from "../actor";

export const transferFormat = "claim-tracker-export";
/** Raise on any change to the shape below; import refuses versions it does not know. */
// 2: sources carry reliability and mergedIntoId, claims credibility (ADR 0019).
export const transferFormatVersion = 2;

// PostgreSQL cannot store U+0000 in text columns; SQLite can. Refusing it here keeps a file
// that one engine wrote from failing half-way through an import into the other.
const text = z.string().refine((value) => !value.includes("\u0000"), "Text may not contain the NUL character (U+0000)");
const id = text.pipe(z.string().min(1).max(64));
const date = z.iso.datetime({ offset: false, message: "Use an ISO 8601 UTC date-time, e.g. 2024-10-18T00:00:00.000Z" });
const version = z.number().int().min(1);
const finite = z.number().finite();

const jsonValue: z.ZodType<unknown> = z.lazy(() => z.union([z.null(), z.boolean(), finite, z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]));

const lifecycle = { version, createdAt: date, updatedAt: date, deletedAt: date.nullable() };

export const transferAliasSchema = z.strictObject({ id, alias: text, normalized: text });

export const transferSourceSchema = z.strictObject({
  id,
  slug: text,
  name: text,
  kind: z.enum(sourceKinds),
  country: text.nullable(),
  parentId: id.nullable(),
  description: text.nullable(),
  homepage: text.nullable(),
  wikidataId: text.nullable(),
  reliability: z.enum(reliabilityGrades).nullable(),
  mergedIntoId: id.nullable(),
  aliases: z.array(transferAliasSchema),
  ...lifecycle,
});

export const transferReportSchema = z.strictObject({
  id,
  title: text,
  url: text.nullable(),
  outletId: id.nullable(),
  author: text.nullable(),
  publishedAt: date.nullable(),
  retrievedAt: date,
  language: text,
  text,
  contentHash: text,
  ...lifecycle,
});

export const transferTopicSchema = z.strictObject({
  id,
  slug: text,
  title: text,
  description: text.nullable(),
  measure: text.nullable(),
  unit: text.nullable(),
  ...lifecycle,
});

export const transferHopSchema = z.strictObject({
  id,
  position: z.number().int().min(0),
  sourceId: id,
  role: z.enum(hopRoles),
  verb: text.nullable(),
});

export const transferClaimSchema = z.strictObject({
  id,
  reportId: id,
  topicId: id.nullable(),
  kind: z.enum(claimKinds),
  statement: text,
  anchorExact: text,
  anchorPrefix: text,
  anchorSuffix: text,
  anchorStart: z.number().int().min(0),
  anchorEnd: z.number().int().min(0),
  value: finite.nullable(),
  lower: finite.nullable(),
  upper: finite.nullable(),
  qualifier: z.enum(qualifiers).nullable(),
  unit: text.nullable(),
  // Added after version 1 shipped: optional, so files written before them still import.
  measure: z.enum(measures).nullable().default(null),
  scopePlace: text.nullable().default(null),
  scopeLevel: z.enum(placeLevels).nullable().default(null),
  /** The containing places as stored: a JSON array of names, nearest first. */
  scopeWithin: text.nullable().default(null),
  asStated: text.nullable(),
  modality: z.enum(modalities),
  stance: z.enum(stances),
  placeName: text.nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  placePrecision: z.enum(placePrecisions).nullable(),
  placeRelation: text.nullable(),
  claimedAt: date.nullable(),
  periodStart: date.nullable(),
  periodEnd: date.nullable(),
  confidence: z.enum(confidences),
  credibility: z.number().int().min(1).max(6).nullable(),
  reviewStatus: z.enum(reviewStatuses),
  notes: text.nullable(),
  hops: z.array(transferHopSchema),
  ...lifecycle,
});

export const entityTypes = ["source", "report", "topic", "claim"] as const;

export const transferRevisionSchema = z.strictObject({
  id,
  entityType: z.enum(entityTypes),
  entityId: id,
  action: z.enum(revisionActions),
  version,
  before: jsonValue.nullable(),
  after: jsonValue.nullable(),
  authorId: id.nullable(),
  createdAt: date,
});

/** Accounts travel with their password hashes (scrypt, salted) so people can still sign in; never sessions or API tokens. */
export const transferUserSchema = z.strictObject({
  id,
  email: text,
  role: z.enum(roles),
  passwordHash: text.pipe(z.string().startsWith("scrypt$", "Expected a password hash of the form scrypt$N$r$p$salt$hash")),
  createdAt: date,
  updatedAt: date,
});

export const transferDocumentSchema = z.strictObject({
  format: z.literal(transferFormat, { error: `Not a claim tracker export: "format" must be "${transferFormat}"` }),
  formatVersion: z.literal(transferFormatVersion, {
    error: `This version of the tracker reads export format version ${transferFormatVersion} only`,
  }),
  exportedAt: date,
  sources: z.array(transferSourceSchema),
  reports: z.array(transferReportSchema),
  topics: z.array(transferTopicSchema),
  claims: z.array(transferClaimSchema),
  revisions: z.array(transferRevisionSchema),
  users: z.array(transferUserSchema),
});

export type TransferDocument = z.output<typeof transferDocumentSchema>;
export type TransferSource = z.output<typeof transferSourceSchema>;
export type TransferClaim = z.output<typeof transferClaimSchema>;

/** Where a problem is ("claims[3].hops[0].sourceId") and what it is. */
export type TransferIssue = { path: string; message: string };

export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), "");
}

/**
 * JSON with object keys sorted at every depth. Revision snapshots are stored as `jsonb` on
 * PostgreSQL, which reorders keys, so an export must not depend on the order it reads them in.
 */
export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
