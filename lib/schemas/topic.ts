// Topics over the API: create, change, list, and the record answered.
import { z } from "zod";
import { pageQueryShape } from "./pagination";
import { slugSchema } from "./source";
import { optionalLine, optionalParagraphs, requiredLine, versionNumber } from "./text";

const topicFields = {
  title: requiredLine(200),
  description: optionalParagraphs(5000),
  /** What is measured, in words ("North Korean troops sent to Russia"). */
  measure: optionalLine(200),
  /** The unit figures are compared in ("troops"). */
  unit: optionalLine(50),
};

export const topicCreateSchema = z
  .object({ ...topicFields, slug: slugSchema.optional() })
  .strict()
  .meta({ id: "TopicCreate", description: "A new topic. Its slug is made from its title unless given." });
export type TopicCreate = z.output<typeof topicCreateSchema>;

export const topicUpdateSchema = z
  .object({ ...topicFields, slug: slugSchema, version: versionNumber })
  .partial()
  .strict()
  .meta({ id: "TopicUpdate", description: "Only the fields sent change. `version` (or If-Match) is the version the change starts from." });
export type TopicUpdate = z.output<typeof topicUpdateSchema>;

export const topicListQuerySchema = z.object({ ...pageQueryShape });

const timestamp = z.iso.datetime();

export const topicRecordSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    measure: z.string().nullable(),
    unit: z.string().nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: timestamp.nullable(),
  })
  .meta({ id: "Topic" });
