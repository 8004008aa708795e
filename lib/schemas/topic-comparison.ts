// The comparison endpoint's answer, as DESIGN.md fixes it: a summary sentence and counts, every
// figure with what it counts, where and as of when, and every pair with its verdict and reasons.
import { z } from "zod";
import { differenceReasons, verdicts } from "../domain/comparison";
import { measures, modalities } from "../domain/vocabulary";
import { scopeSchema } from "./claim";
import { optionalParam } from "./pagination";

export const comparedFigureSchema = z.object({
  claimId: z.string(),
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  measure: z.enum(measures).nullable(),
  unit: z.string().nullable(),
  scope: scopeSchema.nullable(),
  asOf: z.iso.datetime().nullable().meta({ description: "The day the figure holds at: the period's end, else the day it was claimed." }),
  modality: z.enum(modalities),
  originator: z.object({ id: z.string(), name: z.string() }).nullable().meta({ description: "null when the claim names no source." }),
});

export const topicComparisonSchema = z
  .object({
    summary: z.object({
      sentence: z.string().meta({ description: "The answer in one sentence, e.g. “No conflict: 12,000 is a plan, 1,500 have arrived; …”." }),
      figures: z.number().int(),
      conflicts: z.number().int(),
      independentOrigins: z.number().int(),
    }),
    figures: z.array(comparedFigureSchema),
    pairs: z.array(
      z.object({
        a: z.string().meta({ description: "A claim id." }),
        b: z.string().meta({ description: "A claim id." }),
        verdict: z.enum(verdicts),
        reasons: z
          .array(z.enum(differenceReasons))
          .meta({ description: "Why the pair differs, the main reason first; [] for a conflict (apart from `echo`)." }),
        sentence: z.string(),
      }),
    ),
  })
  .meta({
    id: "TopicComparison",
    description:
      'Every figure of a topic and its pairs, conflicts first (then differs, agrees, echo; each in the figures\' order). The summary counts every pair; `pairs` holds at most `size` of them, and a `Link: <…>; rel="next"` header points to the rest.',
  });
export type TopicComparison = z.output<typeof topicComparisonSchema>;

/** The most pairs one answer lists: every pair of a topic of up to 141 figures (ADR 0022). */
export const maxPairsPerAnswer = 10_000;

/** A pair as a cursor names it: its verdict and the claim ids of its two figures. */
export type PairCursor = { verdict: (typeof verdicts)[number]; a: string; b: string };

export function encodePairCursor(cursor: PairCursor): string {
  return Buffer.from(JSON.stringify([cursor.verdict, cursor.a, cursor.b])).toString("base64url");
}

const pairCursor = z
  .string()
  .max(400)
  .transform((token, context): PairCursor => {
    try {
      const [verdict, a, b] = z
        .tuple([z.enum(verdicts), z.string().min(1).max(64), z.string().min(1).max(64)])
        .parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
      return { verdict, a, b };
    } catch {
      context.addIssue({ code: "custom", message: "This cursor is not one the API gave: start again without it" });
      return z.NEVER;
    }
  });

/** `GET /api/v1/topics/{id}/comparison`'s query: which pairs to list (the summary always counts them all). */
export const topicComparisonQuerySchema = z.object({
  verdict: optionalParam(z.enum(verdicts)).meta({ description: "Only pairs of this verdict." }),
  size: optionalParam(z.coerce.number().int().min(1).max(maxPairsPerAnswer))
    .transform((size) => size ?? maxPairsPerAnswer)
    .meta({ description: `At most this many pairs (1–${maxPairsPerAnswer}, default ${maxPairsPerAnswer}).` }),
  after: optionalParam(pairCursor).meta({ description: 'The cursor from the previous answer\'s Link header (rel="next"): the pairs after its last.' }),
});
export type TopicComparisonQuery = z.output<typeof topicComparisonQuerySchema>;
