// What the review screen sends to save a new report: the report, the sources it creates,
// the topic it files claims under, and every accepted claim with its anchor and chain.
// One schema for the server action and the API; the save is one atomic write.
import { z } from "zod";
import {
  claimKinds,
  confidences,
  hopRoles,
  measures,
  modalities,
  placePrecisions,
  qualifiers,
  reviewStatuses,
  sourceKinds,
  stances,
} from "../domain/vocabulary";

const trimmed = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((value) => value || null);
const day = z.iso.date({ message: "A date as YYYY-MM-DD" });
const finite = z.number().finite("A finite number");

/** A claim's source: one the tracker knows, or one created by this submission. */
export const sourceReferenceSchema = z.union([z.object({ sourceId: z.string().min(1) }).strict(), z.object({ newSourceKey: z.string().min(1) }).strict()]);

export const newSourceSchema = z
  .object({
    key: z.string().min(1).max(100),
    name: trimmed(200),
    kind: z.enum(sourceKinds),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "A two-letter country code, e.g. KR")
      .nullish()
      .transform((value) => value ?? null),
    aliases: z.array(trimmed(200)).max(50).default([]),
  })
  .strict();

export const submittedHopSchema = z
  .object({
    source: sourceReferenceSchema,
    role: z.enum(hopRoles),
    verb: optionalText(100),
  })
  .strict();

export const submittedClaimSchema = z
  .object({
    kind: z.enum(claimKinds),
    statement: trimmed(1000),
    anchor: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), exact: z.string().min(1).max(20_000) }).strict(),
    value: finite.nullish().transform((value) => value ?? null),
    lower: finite.nullish().transform((value) => value ?? null),
    upper: finite.nullish().transform((value) => value ?? null),
    qualifier: z
      .enum(qualifiers)
      .nullish()
      .transform((value) => value ?? null),
    unit: optionalText(50),
    /** What the figure counts; a quantity without one gets the measure its unit's words imply. */
    measure: z
      .enum(measures)
      .nullish()
      .transform((value) => value ?? null),
    /** The area the figure covers, as typed; resolved against the gazetteer when saved. */
    scopePlace: optionalText(200),
    asStated: optionalText(500),
    modality: z.enum(modalities).default("unknown"),
    stance: z.enum(stances).default("asserts"),
    placeName: optionalText(200),
    latitude: z
      .number()
      .min(-90)
      .max(90)
      .nullish()
      .transform((value) => value ?? null),
    longitude: z
      .number()
      .min(-180)
      .max(180)
      .nullish()
      .transform((value) => value ?? null),
    placePrecision: z
      .enum(placePrecisions)
      .nullish()
      .transform((value) => value ?? null),
    placeRelation: optionalText(200),
    claimedAt: day.nullish().transform((value) => value ?? null),
    periodStart: day.nullish().transform((value) => value ?? null),
    periodEnd: day.nullish().transform((value) => value ?? null),
    chain: z.array(submittedHopSchema).max(10),
    inTopic: z.boolean().default(true),
    confidence: z.enum(confidences).default("medium"),
    reviewStatus: z.enum(reviewStatuses).default("draft"),
    notes: optionalText(5000),
  })
  .strict()
  .refine((claim) => claim.anchor.end > claim.anchor.start, { message: "The anchor's end must come after its start", path: ["anchor", "end"] })
  .refine((claim) => claim.kind !== "quantity" || claim.value !== null || (claim.lower !== null && claim.upper !== null), {
    message: "A quantity needs a value, or both bounds",
    path: ["value"],
  })
  .refine((claim) => claim.lower === null || claim.upper === null || claim.lower <= claim.upper, {
    message: "The lower bound must not exceed the upper bound",
    path: ["lower"],
  });

export const topicChoiceSchema = z.union([
  z.object({ topicId: z.string().min(1) }).strict(),
  z.object({ newTopic: z.object({ title: trimmed(200), unit: optionalText(50), description: optionalText(2000) }).strict() }).strict(),
]);

export const reportSubmissionSchema = z
  .object({
    report: z
      .object({
        title: trimmed(500),
        url: z
          .url({ protocol: /^https?$/, message: "An http(s) address" })
          .max(2000)
          .nullish()
          .transform((value) => value ?? null),
        outlet: sourceReferenceSchema.nullish().transform((value) => value ?? null),
        author: optionalText(200),
        publishedAt: day.nullish().transform((value) => value ?? null),
        language: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "A language tag, e.g. en")
          .default("en"),
        text: z.string().min(1, "The report's text is empty").max(1_000_000, "At most 1,000,000 characters"),
      })
      .strict(),
    newSources: z.array(newSourceSchema).max(200).default([]),
    topic: topicChoiceSchema.nullish().transform((value) => value ?? null),
    claims: z.array(submittedClaimSchema).max(1000),
  })
  .strict();

export type ReportSubmission = z.output<typeof reportSubmissionSchema>;
export type SubmittedClaim = z.output<typeof submittedClaimSchema>;
