// What an analyst narrows a topic's figures to, and how the table orders them. Both live in
// the URL (a GET form and sort links), so a filtered, sorted view can be shared and the back
// button works; every value is parsed here with zod before anything reads it.
import { z } from "zod";
import { pointValue, type Figure } from "./figure";
import { originatorOf } from "./origins";
import { modalities, qualifiers, reviewStatuses, sourceKinds, stances, type Modality, type ReviewStatus, type SourceKind } from "./vocabulary";

export type TopicFilters = {
  /** Empty: every modality. */
  modalities: Modality[];
  /** Empty: every review status. */
  reviewStatuses: ReviewStatus[];
  /** Figures with a source of this kind anywhere in their chain; null: any. */
  sourceKind: SourceKind | null;
  /** Claimed on or after this UTC day, "YYYY-MM-DD"; null: no lower limit. */
  claimedFrom: string | null;
  /** Claimed on or before this UTC day, "YYYY-MM-DD"; null: no upper limit. */
  claimedTo: string | null;
};

export const sortColumns = ["value", "qualifier", "modality", "stance", "originator", "report", "claimed"] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = "asc" | "desc";
export type FigureSort = { column: SortColumn; direction: SortDirection };

export type TopicView = { filters: TopicFilters; sort: FigureSort };
export type ViewIssue = { path: string; message: string };

export const noFilters: TopicFilters = { modalities: [], reviewStatuses: [], sourceKind: null, claimedFrom: null, claimedTo: null };
export const defaultSort: FigureSort = { column: "claimed", direction: "asc" };

/** The URL's names for each setting: short, so a shared link stays readable. */
export const paramNames = {
  modalities: "modality",
  reviewStatuses: "status",
  sourceKind: "kind",
  claimedFrom: "from",
  claimedTo: "to",
  sort: "sort",
  direction: "dir",
} as const;

export type SearchParams = Record<string, string | string[] | undefined>;

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
// A form's empty field ("from=") means "not set", not a bad value.
const asOne = (value: string | string[] | undefined) =>
  asList(value)
    .find((item) => item.trim() !== "")
    ?.trim();

const day = z.iso.date({ error: "Expected a date written as YYYY-MM-DD, such as 2024-10-18" });
const fieldSchemas = {
  modalities: z.array(z.enum(modalities, { error: `Expected one of: ${modalities.join(", ")}` })),
  reviewStatuses: z.array(z.enum(reviewStatuses, { error: `Expected one of: ${reviewStatuses.join(", ")}` })),
  sourceKind: z.enum(sourceKinds, { error: `Expected one of: ${sourceKinds.join(", ")}` }).nullable(),
  claimedFrom: day.nullable(),
  claimedTo: day.nullable(),
  sort: z.enum(sortColumns, { error: `Expected one of: ${sortColumns.join(", ")}` }),
  direction: z.enum(["asc", "desc"], { error: "Expected asc or desc" }),
};

/** Reads one setting; a bad value is reported and the setting falls back to its default. */
function readField<T>(schema: z.ZodType<T>, raw: unknown, path: string, fallback: T, issues: ViewIssue[]): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  issues.push({ path, message: result.error.issues[0]?.message ?? "Invalid value" });
  return fallback;
}

/**
 * The view a URL asks for. Nothing in the URL is trusted: each setting is validated on its
 * own, and a bad one is named in `issues` and ignored, so one typo does not blank the page.
 */
export function parseTopicView(params: SearchParams): { view: TopicView; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  const filters: TopicFilters = {
    modalities: readField(fieldSchemas.modalities, unique(asList(params[paramNames.modalities])), paramNames.modalities, [], issues),
    reviewStatuses: readField(fieldSchemas.reviewStatuses, unique(asList(params[paramNames.reviewStatuses])), paramNames.reviewStatuses, [], issues),
    sourceKind: readField(fieldSchemas.sourceKind, asOne(params[paramNames.sourceKind]) ?? null, paramNames.sourceKind, null, issues),
    claimedFrom: readField(fieldSchemas.claimedFrom, asOne(params[paramNames.claimedFrom]) ?? null, paramNames.claimedFrom, null, issues),
    claimedTo: readField(fieldSchemas.claimedTo, asOne(params[paramNames.claimedTo]) ?? null, paramNames.claimedTo, null, issues),
  };
  if (filters.claimedFrom !== null && filters.claimedTo !== null && filters.claimedFrom > filters.claimedTo) {
    issues.push({ path: paramNames.claimedTo, message: "The end of the period comes before its start" });
    filters.claimedTo = null;
  }
  const sort: FigureSort = {
    column: readField(fieldSchemas.sort, asOne(params[paramNames.sort]) ?? defaultSort.column, paramNames.sort, defaultSort.column, issues),
    direction: readField(
      fieldSchemas.direction,
      asOne(params[paramNames.direction]) ?? defaultSort.direction,
      paramNames.direction,
      defaultSort.direction,
      issues,
    ),
  };
  return { view: { filters, sort }, issues };
}

export function hasFilters(filters: TopicFilters): boolean {
  return (
    filters.modalities.length > 0 ||
    filters.reviewStatuses.length > 0 ||
    filters.sourceKind !== null ||
    filters.claimedFrom !== null ||
    filters.claimedTo !== null
  );
}

/** The filters as URL parameters, in a fixed order so equal views give equal links. */
export function filterParams(filters: TopicFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const modality of filters.modalities) params.append(paramNames.modalities, modality);
  for (const status of filters.reviewStatuses) params.append(paramNames.reviewStatuses, status);
  if (filters.sourceKind) params.set(paramNames.sourceKind, filters.sourceKind);
  if (filters.claimedFrom) params.set(paramNames.claimedFrom, filters.claimedFrom);
  if (filters.claimedTo) params.set(paramNames.claimedTo, filters.claimedTo);
  return params;
}

/** The whole view as URL parameters; the default order is left out of the link. */
export function viewParams(view: TopicView): URLSearchParams {
  const params = filterParams(view.filters);
  if (view.sort.column !== defaultSort.column || view.sort.direction !== defaultSort.direction) {
    params.set(paramNames.sort, view.sort.column);
    params.set(paramNames.direction, view.sort.direction);
  }
  return params;
}

/** Where a column header's link leads: sorted by it, or by it the other way round if already so. */
export function sortLinkFor(view: TopicView, column: SortColumn): TopicView {
  const direction: SortDirection = view.sort.column === column && view.sort.direction === "asc" ? "desc" : "asc";
  return { ...view, sort: { column, direction } };
}

/**
 * What the table sorts on: a figure, with the title of its report; `anchorStart` (where it sits
 * in its report) and `id` break ties in the topic's own order, so every figure has one place.
 */
export type SortableFigure = Pick<Figure, "value" | "lower" | "upper" | "qualifier" | "modality" | "stance" | "claimedAt" | "chain"> & {
  reportTitle: string;
  anchorStart?: number;
  id?: string;
};

export type SortKey = number | string | null;

// Orders follow the vocabulary (planned before arrived), not the alphabet, so a sort by
// modality reads as the story runs.
const sortKeys: Record<SortColumn, (figure: SortableFigure) => SortKey> = {
  value: (figure) => pointValue(figure),
  qualifier: (figure) => qualifiers.indexOf(figure.qualifier ?? "unknown"),
  modality: (figure) => modalities.indexOf(figure.modality),
  stance: (figure) => stances.indexOf(figure.stance),
  originator: (figure) => originatorOf(figure)?.sourceName.toLocaleLowerCase("en") ?? null,
  report: (figure) => figure.reportTitle.toLocaleLowerCase("en"),
  claimed: (figure) => figure.claimedAt?.getTime() ?? null,
};

/**
 * A figure's place in the table's order: the sorted field, then the topic's own order (claimed,
 * oldest first; place in the report; id). A page link carries the place of the row it starts
 * beside, so it still finds its page after that figure is deleted or edited.
 */
export type FigurePosition = [key: SortKey, claimed: number | null, anchor: number, id: string];

export function figurePosition(figure: SortableFigure, sort: FigureSort): FigurePosition {
  return [sortKeys[sort.column](figure), figure.claimedAt?.getTime() ?? null, figure.anchorStart ?? 0, figure.id ?? ""];
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en");
}

/** Values without a key (no number, no date) go last whichever the direction. */
function compareNullsLast(a: SortKey, b: SortKey, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return sign * compareKeys(a, b);
}

/** Which of two places comes first in the order `sort` asks for (negative: a first). */
export function comparePositions(a: FigurePosition, b: FigurePosition, sort: FigureSort): number {
  return (
    compareNullsLast(a[0], b[0], sort.direction === "asc" ? 1 : -1) ||
    compareNullsLast(a[1], b[1], 1) ||
    a[2] - b[2] ||
    (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0)
  );
}

/**
 * The figures in the order asked for. Figures without the sorted field (no number, no date)
 * go last in either direction; ties follow the topic's own order (claimed, place in the
 * report, id), and figures that give none of those keep the order given.
 */
export function sortFigures<T extends SortableFigure>(figures: readonly T[], sort: FigureSort): T[] {
  return figures
    .map((figure, index) => ({ figure, index, position: figurePosition(figure, sort) }))
    .sort((a, b) => comparePositions(a.position, b.position, sort) || a.index - b.index)
    .map((entry) => entry.figure);
}
