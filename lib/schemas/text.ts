// Text the API accepts. Two kinds of characters are refused everywhere: NUL, which
// PostgreSQL cannot store in a text column (so SQLite and PostgreSQL would disagree), and
// lone UTF-16 surrogates, which are not Unicode at all and cannot be encoded as UTF-8.
// Names, titles and other short fields also refuse control characters and the bidi
// embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069), with which a name can
// be made to read differently on screen than it is stored ("Trojan Source"). A report's
// text snapshot keeps them: it is kept exactly as published.
import { z } from "zod";

// Lone surrogates: a high not followed by a low, or a low not preceded by a high.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
const oneLineControl = /[\u0000-\u001F\u007F]/;
const multiLineControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Why this text cannot be stored as it is, or null when it can. */
export function unstorableText(text: string): string | null {
  if (text.includes("\u0000")) return "Contains a NUL character";
  if (loneSurrogate.test(text)) return "Contains a broken character (a lone UTF-16 surrogate)";
  return null;
}

function textProblem(text: string, multiLine: boolean): string | null {
  const unstorable = unstorableText(text);
  if (unstorable) return unstorable;
  if (bidiControl.test(text)) return "Contains a bidirectional override or isolate control, which can disguise the text";
  if ((multiLine ? multiLineControl : oneLineControl).test(text)) return "Contains a control character";
  return null;
}

const checked = (multiLine: boolean) => (text: string, context: z.RefinementCtx) => {
  const problem = textProblem(text, multiLine);
  if (problem) context.addIssue({ code: "custom", message: problem });
};

/** A required one-line field: trimmed, 1 to `max` characters. */
export const requiredLine = (max: number) => z.string().trim().min(1, "Required").max(max, `At most ${max} characters`).superRefine(checked(false));

/** An optional one-line field: blank or null means "none". */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .superRefine(checked(false))
    .nullish()
    .transform((value) => value || null);

/** Optional free text that may run over several lines (notes, descriptions). */
export const optionalParagraphs = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .superRefine(checked(true))
    .nullish()
    .transform((value) => value || null);

/** Refuses NUL and lone surrogates in every string of a body, wherever they are. */
export function refuseUnstorableStrings(value: unknown, context: z.RefinementCtx, path: PropertyKey[] = []): void {
  if (typeof value === "string") {
    const problem = unstorableText(value);
    if (problem) context.addIssue({ code: "custom", message: problem, path });
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) refuseUnstorableStrings(item, context, [...path, index]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) refuseUnstorableStrings(item, context, [...path, key]);
  }
}

/** A day (YYYY-MM-DD) or an ISO date-time with its offset, as the API writes dates back. */
export const dateInput = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "A date as YYYY-MM-DD, or an ISO date-time" })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

export const optionalDate = dateInput.nullish().transform((value) => value ?? null);

/** An http(s) address. */
export const optionalUrl = z
  .url({ protocol: /^https?$/, message: "An http(s) address" })
  .max(2000, "At most 2,000 characters")
  .nullish()
  .transform((value) => value ?? null);

/** A record id as the tracker makes them (cuid); anything longer is not one of ours. */
export const recordId = z
  .string()
  .min(1, "Required")
  .max(64, "Not a record id")
  .regex(/^[A-Za-z0-9_-]+$/, "Not a record id");

/** The version a change starts from (from a read's `version`, or the ETag). */
export const versionNumber = z.number().int("A whole number").min(1).max(2_147_483_647);
