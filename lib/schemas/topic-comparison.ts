// The comparison endpoint's answer, as DESIGN.md fixes it: a summary sentence and counts, every
// figure with what it counts, where and as of when, and every pair with its verdict and reasons.
import { z } from "zod";
import { differenceReasons, verdicts } from "../domain/comparison";
import { measures, modalities } from "../domain/vocabulary";
import { scopeSchema } from "./claim";

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
  .meta({ id: "TopicComparison", description: "Every figure of a topic and every pair, conflicts first." });
export type TopicComparison = z.output<typeof topicComparisonSchema>;
