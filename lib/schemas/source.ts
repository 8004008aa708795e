// Sources over the API: what a client sends to create or change one, the list's query,
// and the record the API answers with. Shared by the routes, the data layer and the
// OpenAPI document (lib/openapi).
import { z } from "zod";
import { reliabilityGrades, sourceKinds } from "../domain/vocabulary";
import { optionalParam, pageQueryShape } from "./pagination";
import { optionalParagraphs, optionalUrl, recordId, requiredLine, versionNumber } from "./text";

export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, "A slug: lower-case letters, digits and hyphens");
const country = z.string().regex(/^[A-Z]{2}$/, "A two-letter country code, e.g. KR");
const wikidataId = z.string().regex(/^Q[1-9][0-9]{0,11}$/, "A Wikidata item id, e.g. Q483639");

const sourceFields = {
  name: requiredLine(200),
  kind: z.enum(sourceKinds),
  country: country.nullish().transform((value) => value ?? null),
  parentId: recordId.nullish().transform((value) => value ?? null),
  /** Other names it goes by in text; the name itself is always one. Replaced as a whole. */
  aliases: z.array(requiredLine(200)).max(50, "At most 50 aliases"),
  description: optionalParagraphs(5000),
  homepage: optionalUrl,
  wikidataId: wikidataId.nullish().transform((value) => value ?? null),
  /** Admiralty reliability, A completely reliable … E unreliable, F cannot be judged; null for not graded. */
  reliability: z
    .enum(reliabilityGrades, { error: `A grade: ${reliabilityGrades.join(", ")}` })
    .nullish()
    .transform((value) => value ?? null),
};

export const sourceCreateSchema = z
  .object({ ...sourceFields, slug: slugSchema.optional(), aliases: sourceFields.aliases.default([]) })
  .strict()
  .meta({ id: "SourceCreate", description: "A new source. Its slug is made from its name unless given." });
export type SourceCreate = z.output<typeof sourceCreateSchema>;

export const sourceUpdateSchema = z
  .object({ ...sourceFields, slug: slugSchema, version: versionNumber })
  .partial()
  .strict()
  .meta({ id: "SourceUpdate", description: "Only the fields sent change. `version` (or If-Match) is the version the change starts from." });
export type SourceUpdate = z.output<typeof sourceUpdateSchema>;

export const sourceListQuerySchema = z.object({
  kind: optionalParam(z.enum(sourceKinds, { error: `Choose a kind: ${sourceKinds.join(", ")}` })),
  country: optionalParam(country),
  ...pageQueryShape,
});

const timestamp = z.iso.datetime();

export const sourceRecordSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(sourceKinds),
    country: z.string().nullable(),
    parentId: z.string().nullable(),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    homepage: z.string().nullable(),
    wikidataId: z.string().nullable(),
    reliability: z.enum(reliabilityGrades).nullable(),
    /** Set when this source was merged into another (the survivor); such a source is deleted. */
    mergedIntoId: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: timestamp.nullable(),
  })
  .meta({ id: "Source" });

export const sourceMergeSchema = z.object({ into: recordId, version: versionNumber.optional() }).strict().meta({
  id: "SourceMerge",
  description:
    "Merge this source into `into`: its hops, outlets, children and aliases move there and it becomes a deleted alias of it. `version` (or If-Match) is this source's version.",
});
export type SourceMerge = z.output<typeof sourceMergeSchema>;

export const sourceUndoMergeSchema = z
  .object({ revisionId: recordId, version: versionNumber.optional() })
  .strict()
  .meta({ id: "SourceUndoMerge", description: "Undo the merge recorded by this revision of the survivor; `version` (or If-Match) is the survivor's version." });
