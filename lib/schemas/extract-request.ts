// POST /api/v1/extract, as DESIGN.md fixes it: {"text": string, "publishedAt"?: "YYYY-MM-DD"}.
import { z } from "zod";

export const maxReportCharacters = 1_000_000;

export const extractRequestSchema = z
  .object({
    text: z
      .string({ message: "text must be a string" })
      .max(maxReportCharacters, `text is longer than ${maxReportCharacters.toLocaleString("en-US")} characters`)
      .refine((text) => text.trim().length > 0, "text is empty"),
    publishedAt: z.iso.date({ message: "publishedAt must be a date as YYYY-MM-DD" }).optional(),
  })
  .strict();

export type ExtractRequest = z.output<typeof extractRequestSchema>;
