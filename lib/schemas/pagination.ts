// The request pieces every resource shares: pages, the version a deletion or restore
// starts from, and reading a query string against a schema.
//
// Pages of sources, reports and topics walk by id, from an opaque cursor: a page starts just
// after the last id seen, so adding or deleting records never shifts a page. (Claims have
// their own sorted cursor, shared with the claims list: lib/schemas/claim-filters.ts.)
// Query strings arrive as text, hence z.coerce and the "true"/"false" words here only.
import { z } from "zod";
import { searchParamsObject } from "./claim-filters";
import { AppError, zodIssues } from "../errors";
import { versionNumber } from "./text";

export const maxPageSize = 200;
export const defaultApiPageSize = 50;

export function encodeIdCursor(id: string): string {
  return Buffer.from(JSON.stringify({ after: id })).toString("base64url");
}

const idCursor = z
  .string()
  .max(200)
  .transform((token, context) => {
    try {
      const decoded = z
        .object({ after: z.string().min(1).max(64) })
        .strict()
        .parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
      return decoded.after;
    } catch {
      context.addIssue({ code: "custom", message: "This cursor is not one the API gave: start again without it" });
      return z.NEVER;
    }
  });

/** A blank query parameter ("?kind=") means "not given", as a GET form sends every field. */
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** `deleted=true` lists deleted records instead of live ones (administrators only). */
export const deletedParam = optionalParam(z.enum(["true", "false"], { error: "Use deleted=true or deleted=false" })).transform((value) => value === "true");

export const pageSizeParam = optionalParam(z.coerce.number().int().min(1).max(maxPageSize)).transform((size) => size ?? defaultApiPageSize);

/** The paging part of a list's query string. */
export const pageQueryShape = {
  cursor: optionalParam(idCursor),
  size: pageSizeParam,
  deleted: deletedParam,
};

export type IdPage = { afterId?: string; size: number; deleted: boolean };

export function idPageOf(query: { cursor?: string; size: number; deleted: boolean }): IdPage {
  return { afterId: query.cursor, size: query.size, deleted: query.deleted };
}

/** DELETE carries its starting version in the query (?version=3) or in If-Match. */
export const versionQuerySchema = z.object({ version: optionalParam(z.coerce.number().pipe(versionNumber)) });

export const restoreRequestSchema = z
  .object({ version: versionNumber.optional() })
  .strict()
  .meta({ id: "RestoreRequest", description: "The version the record is at now (its deleted version), or send If-Match instead with an empty object." });

/** The query string, parsed: a bad parameter answers 400 naming it. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(searchParamsObject(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("validation_failed", "Some query parameters are not valid", zodIssues(parsed.error));
  return parsed.data;
}
