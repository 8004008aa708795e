"use server";
// The new-report flow: prepare (fetch or take the text, drop boilerplate, propose claims),
// re-propose after the analyst restores dropped lines, and save the reviewed claims.
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { config } from "@/lib/config";
import { assertCanWrite } from "@/lib/data/actor";
import { listKnownSources } from "@/lib/data/known-sources";
import { createReportWithClaims, findReportByText } from "@/lib/data/report-ingest";
import { listTopicChoices } from "@/lib/data/topic-choices";
import { AppError } from "@/lib/errors";
import { validatedAction } from "@/lib/http/action";
import { ingestFromText, ingestFromUrl } from "@/lib/ingest";
import { reportCreateSchema } from "@/lib/schemas/report";
import { maxReportCharacters } from "@/lib/schemas/extract-request";
import { extractDetailedInPool } from "@/lib/workers/extraction-pool";
import { extractionLimits } from "@/lib/auth/limits";

const optionalDay = z
  .union([z.literal(""), z.iso.date({ message: "A date as YYYY-MM-DD" })])
  .optional()
  .transform((value) => value || null);

const prepareSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("text"),
    text: z.string().max(maxReportCharacters * 2, "The text is longer than 1,000,000 characters"),
    publishedAt: optionalDay,
  }),
  z.object({ mode: z.literal("url"), url: z.string().trim().min(1, "Give the report's address"), publishedAt: optionalDay }),
]);

async function duplicateOf(text: string) {
  const existing = await findReportByText(await currentActor(), text);
  if (existing) {
    throw new AppError("duplicate", `This text was already ingested as “${existing.title}”`, undefined, { reportId: existing.id, reportTitle: existing.title });
  }
}

// In the extraction pool, off the event loop, with the signed-in caller's time budget.
async function propose(text: string, publishedAt: string | null) {
  const knownSources = await listKnownSources();
  return extractDetailedInPool(text, { publishedAt: publishedAt ?? undefined, knownSources }, extractionLimits(true).budgetMs);
}

/** Only editors may add reports: known before the input is read. */
async function editorOnly() {
  assertCanWrite(await currentActor());
}

export const prepareReport = validatedAction(
  prepareSchema,
  async (input) => {
    const ingested =
      input.mode === "url" ? await ingestFromUrl(input.url, { allowLoopback: config().INGEST_ALLOW_LOOPBACK }) : await ingestFromText(input.text);
    await duplicateOf(ingested.text);
    const publishedAt = input.publishedAt ?? ingested.publishedAt ?? null;
    const [candidates, knownSources, topics] = await Promise.all([
      propose(ingested.text, publishedAt),
      listKnownSources(),
      listTopicChoices(await currentActor()),
    ]);
    return {
      report: {
        title: ingested.title ?? "",
        url: "finalUrl" in ingested ? (ingested.finalUrl ?? null) : null,
        outletName: ingested.outlet ?? null,
        author: ingested.author ?? null,
        publishedAt,
        language: ingested.language ?? "en",
        text: ingested.text,
      },
      dropped: ingested.dropped,
      candidates,
      knownSources: knownSources.map(({ id, name, kind }) => ({ id, name, kind })),
      topics,
    };
  },
  editorOnly,
);

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
