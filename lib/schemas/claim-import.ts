// POST /api/v1/import/claims?mode=dry-run|save: a dry run unless saving is asked for.
import { z } from "zod";

export const importModes = ["dry-run", "save"] as const;
export type ImportMode = (typeof importModes)[number];

export const claimImportQuerySchema = z.object({
  mode: z.enum(importModes, { message: "dry-run or save" }).default("dry-run"),
  /** The file's name when the body is the file itself rather than a form. */
  name: z.string().trim().min(1).max(200).optional(),
});

/** A spreadsheet larger than this is refused before it is read (50,000 rows are about 8 MB). */
export const importFileLimitBytes = 40 * 1024 * 1024;
