// Which page of a topic's figure table the URL asks for (/topics/<slug>?after=…, ?before=…, or
// ?figure=<claim id> for the page that starts at one figure, as the claim page links to it;
// ?size= rows a page, as on the sources list).
// Keyset pages like the claims and sources lists' (lib/schemas/keyset-cursor.ts): the cursor is
// the place in the table's order (lib/domain/topic-filters.ts, FigurePosition) of the row a page
// starts beside.
import { z } from "zod";
import type { FigurePosition } from "../domain/topic-filters";
import { encodeKeyset, type KeysetRequest, keysetToken } from "./keyset-cursor";

/** Rows of the figure table on one page, as many as a page of the claims list. */
export const figuresPerPage = 50;

export const maxFiguresPerPage = 200;

export type TopicPageRequest = KeysetRequest<FigurePosition> & { figure?: string };

const positionToken = keysetToken(
  z.tuple([z.union([z.number(), z.string().max(500)]).nullable(), z.number().nullable(), z.number().int().min(0), z.string().min(1).max(64)]),
);
const figureId = z.string().trim().min(1).max(64, "Expected a claim id");
const pageSize = z.coerce
  .number({ error: `Expected a number of rows from 1 to ${maxFiguresPerPage}` })
  .int()
  .min(1)
  .max(maxFiguresPerPage);

export function encodeFigurePosition(position: FigurePosition): string {
  return encodeKeyset(position);
}

/** `params` with the page size when it is not the default, so links keep it. */
export function withPageSize(params: URLSearchParams, size: number): URLSearchParams {
  if (size !== figuresPerPage) params.set("size", String(size));
  return params;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The page asked for and its size; a broken value is named in `issues` and left out (the first
 * page, 50 rows).
 */
export function parseTopicPage(params: Record<string, string | string[] | undefined>): {
  page: TopicPageRequest;
  size: number;
  issues: { path: string; message: string }[];
} {
  const issues: { path: string; message: string }[] = [];
  const page: TopicPageRequest = {};
  let size = figuresPerPage;
  const rawSize = first(params.size);
  if (rawSize !== undefined && rawSize !== "") {
    const parsed = pageSize.safeParse(rawSize);
    if (parsed.success) size = parsed.data;
    else issues.push({ path: "size", message: `Expected a number of rows from 1 to ${maxFiguresPerPage}` });
  }
  for (const name of ["after", "before"] as const) {
    const raw = first(params[name]);
    if (raw === undefined || raw === "") continue;
    const parsed = positionToken.safeParse(raw);
    if (parsed.success) page[name] = parsed.data as FigurePosition;
    else issues.push({ path: name, message: parsed.error.issues[0]?.message ?? "Invalid value" });
  }
  const figure = first(params.figure);
  if (figure !== undefined && figure !== "") {
    const parsed = figureId.safeParse(figure);
    if (parsed.success) page.figure = parsed.data;
    else issues.push({ path: "figure", message: parsed.error.issues[0]?.message ?? "Invalid value" });
  }
  return { page, size, issues };
}
