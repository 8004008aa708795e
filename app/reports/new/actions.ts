"use server";
// The new-report flow: prepare (fetch or take the text, drop boilerplate, propose claims),
// re-propose after the analyst restores dropped lines, and save the reviewed claims.
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { assertCanWrite } from "@/lib/data/actor";
import { createReportWithClaims } from "@/lib/data/report-ingest";
import { validatedAction } from "@/lib/http/action";
import { reportCreateSchema } from "@/lib/schemas/report";
import { maxReportCharacters } from "@/lib/schemas/extract-request";
import { duplicateOf, prepareReportFrom, prepareSchema, propose } from "./prepare-report";

/** Only editors may add reports: known before the input is read. */
async function editorOnly() {
  assertCanWrite(await currentActor());
}

export const prepareReport = validatedAction(prepareSchema, (input) => prepareReportFrom(input), editorOnly);

const reproposeSchema = z.object({ text: z.string().min(1).max(maxReportCharacters), publishedAt: z.iso.date().nullable() });

/** After the analyst restores dropped lines the offsets change: propose again on the new text. */
export const reproposeClaims = validatedAction(
  reproposeSchema,
  async ({ text, publishedAt }) => {
    await duplicateOf(text);
    return propose(text, publishedAt);
  },
  editorOnly,
);

export const saveReport = validatedAction(reportCreateSchema, async (submission) => createReportWithClaims(await currentActor(), submission), editorOnly);
