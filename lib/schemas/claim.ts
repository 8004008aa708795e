// Claims over the API: every field, the anchor as the words and their offsets in the
// report's text (the prefix and suffix are cut from the text by the server), and the
// attribution chain, which is always sent and replaced as a whole.
import { z } from "zod";
import { claimListQuerySchema } from "./claim-filters";
import {
  claimKinds,
  confidences,
  credibilityGrades,
  hopRoles,
  measures,
  modalities,
  placeLevels,
  placePrecisions,
  qualifiers,
  reviewStatuses,
  stances,
} from "../domain/vocabulary";
import { deletedParam } from "./pagination";
import { optionalDate, optionalLine, optionalParagraphs, recordId, requiredLine, versionNumber } from "./text";

const finite = z.number().finite("A finite number");
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

export const claimAnchorSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** Checked against the report's text: these must be its characters from start to end. */
    exact: z.string().min(1).max(20_000),
  })
  .strict()
  .refine((anchor) => anchor.end > anchor.start, { message: "The anchor's end must come after its start", path: ["end"] });

export const chainHopSchema = z.object({ sourceId: recordId, role: z.enum(hopRoles), verb: optionalLine(100) }).strict();

const claimFields = {
  topicId: nullable(recordId),
  kind: z.enum(claimKinds),
  statement: requiredLine(1000),
  anchor: claimAnchorSchema,
  value: nullable(finite),
  lower: nullable(finite),
  upper: nullable(finite),
  qualifier: nullable(z.enum(qualifiers)),
  unit: optionalLine(50),
  /** What the figure counts; when a quantity is saved without one, its unit's words decide ("dead" → killed). */
  measure: nullable(z.enum(measures)),
  /** The area the figure covers, as typed; the server resolves it against the gazetteer. */
  scopePlace: optionalLine(200),
  asStated: optionalLine(500),
  modality: z.enum(modalities),
  stance: z.enum(stances),
  placeName: optionalLine(200),
  latitude: nullable(z.number().min(-90).max(90)),
  longitude: nullable(z.number().min(-180).max(180)),
  placePrecision: nullable(z.enum(placePrecisions)),
  placeRelation: optionalLine(200),
  claimedAt: optionalDate,
  periodStart: optionalDate,
  periodEnd: optionalDate,
  chain: z.array(chainHopSchema).max(10, "At most 10 hops"),
  confidence: z.enum(confidences),
  /** Admiralty information credibility, 1 confirmed by other sources … 5 improbable, 6 cannot be judged; null for not graded. */
  credibility: nullable(z.number().int().min(1, "A grade from 1 to 6").max(credibilityGrades.length, "A grade from 1 to 6")),
  reviewStatus: z.enum(reviewStatuses),
  notes: optionalParagraphs(5000),
};

type FigureFields = { kind: string; value: number | null; lower: number | null; upper: number | null; periodStart: Date | null; periodEnd: Date | null };

/** What is wrong with a claim's figure and period as a whole; checked again after a partial update. */
export function claimFieldProblems(claim: FigureFields): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (claim.kind === "quantity" && claim.value === null && (claim.lower === null || claim.upper === null)) {
    problems.push({ path: "value", message: "A quantity needs a value, or both bounds" });
  }
  if (claim.lower !== null && claim.upper !== null && claim.lower > claim.upper) {
    problems.push({ path: "lower", message: "The lower bound must not exceed the upper bound" });
  }
  if (claim.periodStart && claim.periodEnd && claim.periodStart > claim.periodEnd) {
    problems.push({ path: "periodEnd", message: "The period must not end before it starts" });
  }
  return problems;
}

export const claimCreateSchema = z
  .object({
    ...claimFields,
    reportId: recordId,
    modality: claimFields.modality.default("unknown"),
    stance: claimFields.stance.default("asserts"),
    confidence: claimFields.confidence.default("medium"),
    reviewStatus: claimFields.reviewStatus.default("draft"),
  })
  .strict()
  .superRefine((claim, context) => {
    for (const problem of claimFieldProblems(claim)) context.addIssue({ code: "custom", message: problem.message, path: [problem.path] });
  })
  .meta({ id: "ClaimCreate", description: "A new claim in an existing report. `anchor.exact` must be the report's text from `start` to `end`." });
export type ClaimCreate = z.output<typeof claimCreateSchema>;

export const claimUpdateSchema = z
  .object({ ...claimFields, version: versionNumber })
  .partial()
  .strict()
  .meta({ id: "ClaimUpdate", description: "Only the fields sent change; `chain`, when sent, replaces the whole chain. A claim stays in its report." });
export type ClaimUpdate = z.output<typeof claimUpdateSchema>;
export type ClaimFieldsUpdate = Omit<ClaimUpdate, "version">;

export const claimRestoreVersionSchema = z
  .object({ version: versionNumber.optional(), toVersion: versionNumber })
  .strict()
  .meta({ id: "ClaimRestoreVersion", description: "Make the claim as it was at `toVersion`; `version` (or If-Match) is the version it is at now." });

/** The claims list's own filters, sort and cursor (as the /claims page), plus `deleted`. */
export const claimApiListQuerySchema = claimListQuerySchema.and(z.object({ deleted: deletedParam }));

const timestamp = z.iso.datetime();

/** A scope as the gazetteer resolved it; `level` is null and `within` empty for a name it does not know. */
export const scopeSchema = z
  .object({ name: z.string(), level: z.enum(placeLevels).nullable(), within: z.array(z.string()) })
  // No component id: this schema sits inside Claim and TopicComparison, and a nested schema
  // with an id broke the OpenAPI document when a bundle evaluated this module twice.
  .meta({ description: "The area a figure covers, with the places that contain it, nearest first." });

export const claimRecordSchema = z
  .object({
    id: z.string(),
    reportId: z.string(),
    topicId: z.string().nullable(),
    kind: z.enum(claimKinds),
    statement: z.string(),
    anchor: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: z.number().int(), end: z.number().int() }),
    value: z.number().nullable(),
    lower: z.number().nullable(),
    upper: z.number().nullable(),
    qualifier: z.enum(qualifiers).nullable(),
    unit: z.string().nullable(),
    measure: z.enum(measures).nullable(),
    scopePlace: z.string().nullable().meta({ description: "The scope's name: as resolved by the gazetteer, else as typed." }),
    scope: scopeSchema.nullable(),
    asStated: z.string().nullable(),
    modality: z.enum(modalities),
    stance: z.enum(stances),
    placeName: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    placePrecision: z.enum(placePrecisions).nullable(),
    placeRelation: z.string().nullable(),
    claimedAt: timestamp.nullable(),
    periodStart: timestamp.nullable(),
    periodEnd: timestamp.nullable(),
    asOf: timestamp.nullable().meta({ description: "The day the figure holds at: periodEnd, else claimedAt. Set periodEnd to change it." }),
    chain: z.array(z.object({ sourceId: z.string(), role: z.enum(hopRoles), verb: z.string().nullable() })),
    confidence: z.enum(confidences),
    credibility: z.number().int().nullable(),
    reviewStatus: z.enum(reviewStatuses),
    notes: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: timestamp.nullable(),
  })
  .meta({ id: "Claim" });
