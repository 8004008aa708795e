// The sources list's filters and page cursor, as they travel in the URL
// (/sources?kind=government&country=KR&after=…). Pages are keyset pages like the claims list's
// (lib/schemas/keyset-cursor.ts): the cursor names the kind, name and id of the row a page starts beside.
import { z } from "zod";
import { type SourceKind, sourceKinds } from "../domain/vocabulary";
import { defaultPageSize } from "./claim-filters";
import { encodeKeyset, type KeysetRequest, keysetToken } from "./keyset-cursor";
import { optionalParam } from "./pagination";

export const sourceFiltersSchema = z.object({
  kind: optionalParam(z.enum(sourceKinds, { error: `Choose a kind: ${sourceKinds.join(", ")}` })),
  country: optionalParam(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code, e.g. KR")
      .transform((code) => code.toUpperCase()),
  ),
});
export type SourceFilters = z.output<typeof sourceFiltersSchema>;

/** The list's order is kind, then name, then id; a cursor holds all three of one row. */
export type SourceCursor = { kind: SourceKind; name: string; id: string };
export type SourcePageRequest = KeysetRequest<SourceCursor>;

const sourceCursorToken = keysetToken(
  z.tuple([z.enum(sourceKinds), z.string().max(500), z.string().min(1).max(64)]).transform(([kind, name, id]) => ({ kind, name, id }) satisfies SourceCursor),
);

export function encodeSourceCursor(cursor: SourceCursor): string {
  return encodeKeyset([cursor.kind, cursor.name, cursor.id]);
}

export const sourcePagingSchema = z.object({
  after: optionalParam(sourceCursorToken),
  before: optionalParam(sourceCursorToken),
  size: optionalParam(z.coerce.number().int().min(1).max(200)).transform((size) => size ?? defaultPageSize),
});
export type SourcePaging = z.output<typeof sourcePagingSchema>;

/** The query string for these filters and page, leaving out what is unset or the default. */
export function sourcesQueryString(filters: SourceFilters, paging: { size?: number; after?: string; before?: string } = {}): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.country) params.set("country", filters.country);
  if (paging.size && paging.size !== defaultPageSize) params.set("size", String(paging.size));
  if (paging.after) params.set("after", paging.after);
  if (paging.before) params.set("before", paging.before);
  const text = params.toString();
  return text ? `?${text}` : "";
}
