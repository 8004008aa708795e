import "server-only";
// The new-report flow's first step, shared by its server action (pasted text) and its route
// (./prepare/route.ts, for an address: a route sees the browser cancel, an action does not):
// fetch or take the text, drop boilerplate, propose claims, and match the page's outlet to a known
// source. Sources and topics are searched for on the review screen, never sent whole (issue 14).
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { extractionLimits } from "@/lib/auth/limits";
import { config } from "@/lib/config";
import { type KnownSourceRow, listKnownSources } from "@/lib/data/known-sources";
import { findReportByText } from "@/lib/data/report-ingest";
import { AppError } from "@/lib/errors";
import { indexAliases, knownSourceNamed } from "@/lib/extract/known-sources";
import { ingestFromText, ingestFromUrl } from "@/lib/ingest";
import { maxReportCharacters } from "@/lib/schemas/extract-request";
import { extractDetailedInPool } from "@/lib/workers/extraction-pool";

const optionalDay = z
  .union([z.literal(""), z.iso.date({ message: "A date as YYYY-MM-DD" })])
  .optional()
  .transform((value) => value || null);

export const prepareSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("text"),
    text: z.string().max(maxReportCharacters * 2, "The text is longer than 1,000,000 characters"),
    publishedAt: optionalDay,
  }),
  z.object({ mode: z.literal("url"), url: z.string().trim().min(1, "Give the report's address"), publishedAt: optionalDay }),
]);

export async function duplicateOf(text: string) {
  const existing = await findReportByText(await currentActor(), text);
  if (existing) {
    throw new AppError("duplicate", `This text was already ingested as “${existing.title}”`, undefined, { reportId: existing.id, reportTitle: existing.title });
  }
}

// In the extraction pool, off the event loop, with the signed-in caller's time budget.
export async function propose(text: string, publishedAt: string | null, knownSources?: KnownSourceRow[]) {
  knownSources ??= await listKnownSources();
  return extractDetailedInPool(text, { publishedAt: publishedAt ?? undefined, knownSources }, extractionLimits(true).budgetMs);
}

/** `signal`: the caller's request; when it aborts, a page still being fetched is dropped at once. */
export async function prepareReportFrom(input: z.output<typeof prepareSchema>, signal?: AbortSignal) {
  const ingested =
    input.mode === "url" ? await ingestFromUrl(input.url, { allowLoopback: config().INGEST_ALLOW_LOOPBACK, signal }) : await ingestFromText(input.text);
  await duplicateOf(ingested.text);
  const publishedAt = input.publishedAt ?? ingested.publishedAt ?? null;
  const knownSources = await listKnownSources();
  const candidates = await propose(ingested.text, publishedAt, knownSources);
  const outlet = ingested.outlet ? knownSourceNamed(indexAliases(knownSources), ingested.outlet) : null;
  return {
    report: {
      title: ingested.title ?? "",
      url: "finalUrl" in ingested ? (ingested.finalUrl ?? null) : null,
      outletName: outlet?.name ?? ingested.outlet ?? null,
      outletSourceId: outlet?.id ?? null,
      author: ingested.author ?? null,
      publishedAt,
      language: ingested.language ?? "en",
      text: ingested.text,
    },
    dropped: ingested.dropped,
    candidates,
  };
}

export type PreparedReport = Awaited<ReturnType<typeof prepareReportFrom>>;
