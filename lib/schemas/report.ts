// Reports over the API. A report is created with its text and, optionally, its claims, in
// the same shape as the review screen saves them (report-submission.ts), so both go through
// one atomic write. Afterwards only its metadata changes: the text snapshot is the evidence
// every anchor points into, and is immutable (ingest a corrected text as a new report).
import { z } from "zod";
import { reportSubmissionSchema } from "./report-submission";
import { optionalParam, pageQueryShape } from "./pagination";
import { slugSchema } from "./source";
import { optionalDate, optionalLine, optionalUrl, recordId, refuseUnstorableStrings, requiredLine, versionNumber } from "./text";

const bidiOrControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** The report's text and the anchors' words (slices of it) are kept exactly as published. */
const keptVerbatim = (path: PropertyKey[]) =>
  (path[0] === "report" && path[1] === "text") || (path[0] === "claims" && path[2] === "anchor" && path[3] === "exact");

function refuseDisguisingCharacters(value: unknown, context: z.RefinementCtx, path: PropertyKey[] = []): void {
  if (keptVerbatim(path)) return;
  if (typeof value === "string" && bidiOrControl.test(value)) {
    context.addIssue({ code: "custom", message: "Contains a control character or a bidirectional override", path });
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) refuseDisguisingCharacters(item, context, [...path, index]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) refuseDisguisingCharacters(item, context, [...path, key]);
  }
}

export const reportCreateSchema = reportSubmissionSchema
  .superRefine((submission, context) => {
    refuseUnstorableStrings(submission, context);
    refuseDisguisingCharacters(submission, context);
  })
  .meta({
    id: "ReportCreate",
    description:
      "A report with its full text, the sources and topic it creates, and its claims (may be empty), saved in one atomic write. The same text is never ingested twice (409 duplicate).",
  });

const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "A language tag, e.g. en");

export const reportUpdateSchema = z
  .object({
    title: requiredLine(500),
    url: optionalUrl,
    outletId: recordId.nullish().transform((value) => value ?? null),
    author: optionalLine(200),
    publishedAt: optionalDate,
    language,
    version: versionNumber,
  })
  .partial()
  .strict()
  .meta({ id: "ReportUpdate", description: "Metadata only: the text snapshot is immutable. `version` (or If-Match) is the version the change starts from." });
export type ReportUpdate = z.output<typeof reportUpdateSchema>;

export const reportListQuerySchema = z.object({
  outlet: optionalParam(slugSchema),
  language: optionalParam(language),
  ...pageQueryShape,
});

const timestamp = z.iso.datetime();

export const reportRecordSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    outletId: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    retrievedAt: timestamp,
    language: z.string(),
    text: z.string().optional().meta({ description: "The full text snapshot; left out of lists." }),
    contentHash: z.string(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: timestamp.nullable(),
  })
  .meta({ id: "Report" });
