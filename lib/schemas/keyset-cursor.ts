// A keyset page's cursor as it travels in a URL (?after=… or ?before=…): the sort key and id
// of the row a page starts beside, as base64url JSON. The claims list and the sources list both
// page this way; each says which values its cursor holds with a zod schema.
import { z } from "zod";

export const brokenPageLink = "This page link is broken: go back to the first page";

/** Where a page starts: just after or just before the row this cursor names. */
export type KeysetRequest<Cursor> = { after?: Cursor; before?: Cursor };

export function encodeKeyset(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** A query-string token decoded by `shape` (which sees the JSON array); anything else is a broken link. */
export function keysetToken<T extends z.ZodType>(shape: T) {
  return z
    .string()
    .max(2000)
    .transform((token, context): z.output<T> => {
      try {
        return shape.parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
      } catch {
        context.addIssue({ code: "custom", message: brokenPageLink });
        return z.NEVER;
      }
    });
}
