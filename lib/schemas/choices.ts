// What a picker asks for when it offers topics or sources: a few names containing the typed
// words, rather than every record (issue 14: the claims list shipped 14,043 <option>s a page).
import { z } from "zod";
import { optionalParam } from "./pagination";

export const maxChoices = 50;
export const defaultChoices = 20;

export const choiceQuerySchema = z.object({
  q: optionalParam(z.string().trim().max(200, "At most 200 characters")),
  limit: optionalParam(z.coerce.number().int().min(1).max(maxChoices)).transform((limit) => limit ?? defaultChoices),
});
export type ChoiceQuery = z.output<typeof choiceQuerySchema>;

/** One offered record: `id` for forms that save it, `slug` for filters in the address bar, `label` shown. */
export const choiceSchema = z.object({ id: z.string(), slug: z.string(), label: z.string() });
export type Choice = z.output<typeof choiceSchema>;

/** A topic as its picker offers it: with the unit its figures are compared in and what it measures, so a screen can tick only figures of that unit. */
export const topicChoiceSchema = choiceSchema.extend({ unit: z.string().nullable(), measure: z.string().nullable() });
export type TopicChoice = z.output<typeof topicChoiceSchema>;

/** A source as its picker offers it: with the version a merge of it starts from (a merge of a source changed meanwhile is refused). */
export const sourceChoiceSchema = choiceSchema.extend({ version: z.number().int() });
export type SourceChoice = z.output<typeof sourceChoiceSchema>;
