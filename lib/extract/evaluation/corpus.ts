// The labelled corpus (fixtures/corpus): each text beside a JSON file of the claims a careful
// analyst would propose in it. Labels name a claim by its words and which occurrence of
// them it is, or by exact offsets; the founding report's labels are strict (every field).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { hopRoles, measures, modalities, qualifiers, stances } from "../../domain/vocabulary";
import { candidateKinds, knownSourceSchema } from "../candidate";

export const labelSchema = z
  .object({
    kind: z.enum(candidateKinds),
    text: z.string().min(1),
    occurrence: z.number().int().positive().default(1),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    value: z.number().nullable().optional(),
    lower: z.number().nullable().optional(),
    upper: z.number().nullable().optional(),
    qualifier: z.enum(qualifiers).optional(),
    unit: z.string().nullable().optional(),
    place: z.string().optional(),
    modality: z.enum(modalities).optional(),
    stance: z.enum(stances).optional(),
    /** Who the claim comes from, as an analyst names it; null when the text does not say. */
    originator: z.string().nullable(),
    chain: z.array(z.object({ sourceId: z.string(), role: z.enum(hopRoles) })).optional(),
    // Optional, for the real-text corpus, whose sources are named rather than known in advance.
    measure: z.enum(measures).optional(),
    /** The area the figure covers, as a place name; null when the text does not bound it. */
    scopePlace: z.string().nullable().optional(),
    /** The as-of date or period the figure is about (an earlier year for a background figure). */
    periodStart: z.iso.date().nullable().optional(),
    periodEnd: z.iso.date().nullable().optional(),
    /** Who voiced the originator's claim, and who passed it on, by name. */
    speaker: z.string().nullable().optional(),
    relays: z.array(z.string()).optional(),
  })
  .strict();

export const corpusFileSchema = z
  .object({
    text: z.string().min(1),
    invented: z.boolean(),
    publishedAt: z.iso.date().optional(),
    notes: z.string(),
    strict: z.boolean().default(false),
    knownSources: z.array(knownSourceSchema).default([]),
    candidates: z.array(labelSchema),
  })
  .strict();

export type Label = z.infer<typeof labelSchema> & { start: number; end: number };
export type CorpusEntry = Omit<z.infer<typeof corpusFileSchema>, "candidates"> & { name: string; body: string; labels: Label[] };

/** Where the labelled words are: exact offsets when given, else the n-th occurrence of the words. */
function locate(body: string, label: z.infer<typeof labelSchema>, file: string): Label {
  if (label.start !== undefined && label.end !== undefined) {
    if (body.slice(label.start, label.end) !== label.text) throw new Error(`${file}: "${label.text}" is not at ${label.start}–${label.end}`);
    return { ...label, start: label.start, end: label.end };
  }
  let start = -1;
  for (let seen = 0; seen < label.occurrence; seen++) {
    start = body.indexOf(label.text, start + 1);
    if (start < 0) throw new Error(`${file}: "${label.text}" occurs fewer than ${label.occurrence} times`);
  }
  return { ...label, start, end: start + label.text.length };
}

export const corpusDirectory = fileURLToPath(new URL("../../../fixtures/corpus/", import.meta.url));

export function readCorpus(directory = corpusDirectory): CorpusEntry[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort();
  return files.map((file) => {
    const parsed = corpusFileSchema.parse(JSON.parse(readFileSync(path.join(directory, file), "utf8")));
    const body = readFileSync(path.join(directory, parsed.text), "utf8");
    if (parsed.invented && !body.startsWith("INVENTED TEXT FOR TESTING")) throw new Error(`${file}: an invented text must say so on its first line`);
    const { candidates, ...rest } = parsed;
    return { ...rest, name: file.replace(/\.json$/, ""), body, labels: candidates.map((label) => locate(body, label, file)) };
  });
}

/** The real-text corpus's two halves (docs/decisions/0013): tuning, and the frozen test set. */
export type RealSplit = "tuning" | "frozen";

export function realCorpusDirectory(split: RealSplit): string {
  return path.join(corpusDirectory, "real", split);
}

/** Whatever labelled texts a half holds so far; none when it does not exist yet. */
export function readRealCorpus(split: RealSplit): CorpusEntry[] {
  const directory = realCorpusDirectory(split);
  return existsSync(directory) ? readCorpus(directory) : [];
}
