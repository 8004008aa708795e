// The claims list's filters, sort and page cursor, as they travel in the URL
// (/claims?modality=planned&sort=value-desc&after=…) and in the export's query string.
// One schema for the page, the export route and the data layer; no database access here.
import { z } from "zod";
import { type KeysetRequest, encodeKeyset, keysetToken } from "./keyset-cursor";
import { claimKinds, credibilityGrades, hopRoles, modalities, reliabilityGrades, reviewStatuses } from "../domain/vocabulary";

export const claimSorts = ["claimed-desc", "claimed-asc", "value-desc", "value-asc"] as const;
export type ClaimSort = (typeof claimSorts)[number];

export const claimSortLabels: Record<ClaimSort, string> = {
  "claimed-desc": "Newest claims first",
  "claimed-asc": "Oldest claims first",
  "value-desc": "Highest figure first",
  "value-asc": "Lowest figure first",
};

export const defaultPageSize = 50;

/** A blank form field ("?topic=") means "any", as a GET form sends every field. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, "Use a slug: lower-case letters, digits and hyphens");
const day = z.iso.date("Use a date as YYYY-MM-DD");
const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, { error: `Choose a ${what}: ${values.join(", ")}` });

export const claimFiltersSchema = z
  .object({
    topic: optional(slug),
    source: optional(slug),
    /** With `source`: the role it plays in the chain; absent means any role. */
    role: optional(enumOf(hopRoles, "role")),
    kind: optional(enumOf(claimKinds, "kind")),
    modality: optional(enumOf(modalities, "modality")),
    status: optional(enumOf(reviewStatuses, "review status")),
    /** The reliability grade of the claim's originator (A–F). */
    reliability: optional(enumOf(reliabilityGrades, "reliability grade")),
    /** The claim's information credibility (1–6). */
    credibility: optional(enumOf(credibilityGrades.map(String) as [string, ...string[]], "credibility grade")),
    from: optional(day),
    to: optional(day),
    q: optional(z.string().trim().max(200, "Search for at most 200 characters")),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "The start date must be on or before the end date",
    path: ["to"],
  });
export type ClaimFilters = z.output<typeof claimFiltersSchema>;

/** Where a page starts: just after or just before the row with this sort key and id. */
export type ClaimCursor = { key: number | string | null; id: string };
export type PageRequest = KeysetRequest<ClaimCursor>;

const cursorSchema = z
  .tuple([z.union([z.number(), z.iso.datetime(), z.null()]), z.string().min(1).max(64)])
  .transform(([key, id]) => ({ key, id }) satisfies ClaimCursor);

export function encodeCursor(cursor: ClaimCursor): string {
  return encodeKeyset([cursor.key, cursor.id]);
}

const cursorToken = keysetToken(cursorSchema);

export const claimListQuerySchema = z
  .object({
    sort: optional(enumOf(claimSorts, "sort order")).transform((sort) => sort ?? "claimed-desc"),
    after: optional(cursorToken),
    before: optional(cursorToken),
    size: optional(z.coerce.number().int().min(1).max(200)).transform((size) => size ?? defaultPageSize),
  })
  .and(claimFiltersSchema);
export type ClaimListQuery = z.output<typeof claimListQuerySchema>;

/** csv and json: every field; claimreview: schema.org ClaimReview JSON-LD; annotations: W3C Web Annotation JSON-LD. */
export const exportFormats = ["csv", "json", "claimreview", "annotations"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportQuerySchema = z
  .object({
    format: enumOf(exportFormats, "format").default("csv"),
    sort: optional(enumOf(claimSorts, "sort order")),
    /** bom=1 starts a CSV with a UTF-8 byte-order mark, so that Excel reads its accents right. */
    bom: optional(enumOf(["0", "1"] as const, "bom")),
  })
  .and(claimFiltersSchema);

/** URL search params (Next's object, or URLSearchParams) as a plain object: the first of repeated values. */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((key) => [key, params.get(key)] as const) : Object.entries(params);
  return Object.fromEntries(entries.map(([key, value]) => [key, Array.isArray(value) ? value[0] : (value ?? undefined)]));
}

const filterKeys = [
  "topic",
  "source",
  "role",
  "kind",
  "modality",
  "status",
  "reliability",
  "credibility",
  "from",
  "to",
  "q",
] as const satisfies readonly (keyof ClaimFilters)[];

/** The query string for these filters (and sort, cursor), leaving out what is unset. */
export function claimsQueryString(filters: ClaimFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
