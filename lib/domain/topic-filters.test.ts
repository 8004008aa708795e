import { expect, test } from "vitest";
import type { ChainHop } from "./figure";
import { defaultSort, filterParams, hasFilters, noFilters, parseTopicView, sortFigures, sortLinkFor, viewParams, type SortableFigure } from "./topic-filters";

test("an empty URL is every figure, in the order they were claimed", () => {
  expect(parseTopicView({})).toEqual({ view: { filters: noFilters, sort: defaultSort }, issues: [] });
});

test("a GET form's values become filters: repeated checkboxes, a kind, a period", () => {
  const { view, issues } = parseTopicView({
    modality: ["completed", "planned", "completed"],
    status: "accepted",
    kind: "intelligence_service",
    from: "2024-10-01",
    to: "2024-10-31",
    sort: "value",
    dir: "desc",
  });
  expect(issues).toEqual([]);
  expect(view).toEqual({
    filters: {
      modalities: ["completed", "planned"],
      reviewStatuses: ["accepted"],
      sourceKind: "intelligence_service",
      claimedFrom: "2024-10-01",
      claimedTo: "2024-10-31",
    },
    sort: { column: "value", direction: "desc" },
  });
});

test("empty form fields mean no filter, not a bad value", () => {
  expect(parseTopicView({ kind: "", from: "", to: " ", modality: [""] })).toEqual({ view: { filters: noFilters, sort: defaultSort }, issues: [] });
});

test("a bad value is named and ignored, and the other filters still apply", () => {
  const { view, issues } = parseTopicView({ modality: ["completed", "arrived"], from: "18/10/2024", kind: "spy", sort: "colour", dir: "up" });
  expect(view.filters).toEqual(noFilters);
  expect(view.sort).toEqual(defaultSort);
  expect(issues.map((issue) => issue.path)).toEqual(["modality", "kind", "from", "sort", "dir"]);
  expect(issues.find((issue) => issue.path === "from")?.message).toMatch(/YYYY-MM-DD/);
  expect(parseTopicView({ modality: "completed", from: "2024-13-01" }).view.filters.modalities).toEqual(["completed"]);
});

test("a period that ends before it starts keeps its start and says so", () => {
  const { view, issues } = parseTopicView({ from: "2024-10-18", to: "2024-10-01" });
  expect(view.filters).toMatchObject({ claimedFrom: "2024-10-18", claimedTo: null });
  expect(issues).toEqual([{ path: "to", message: "The end of the period comes before its start" }]);
});

test("filters go back into the URL in a fixed order; the default sort stays out of it", () => {
  const { view } = parseTopicView({ to: "2024-10-31", modality: ["planned", "completed"], kind: "news_agency" });
  expect(filterParams(view.filters).toString()).toBe("modality=planned&modality=completed&kind=news_agency&to=2024-10-31");
  expect(viewParams(view).toString()).toBe("modality=planned&modality=completed&kind=news_agency&to=2024-10-31");
  expect(viewParams({ ...view, sort: { column: "value", direction: "asc" } }).toString()).toContain("sort=value&dir=asc");
  expect(hasFilters(view.filters)).toBe(true);
  expect(hasFilters(noFilters)).toBe(false);
});

test("a header link sorts by its column, and the other way round when already sorted by it", () => {
  const view = { filters: noFilters, sort: defaultSort };
  expect(sortLinkFor(view, "value").sort).toEqual({ column: "value", direction: "asc" });
  expect(sortLinkFor({ ...view, sort: { column: "value", direction: "asc" } }, "value").sort).toEqual({ column: "value", direction: "desc" });
  expect(sortLinkFor({ ...view, sort: { column: "value", direction: "desc" } }, "value").sort).toEqual({ column: "value", direction: "asc" });
});

const hop = (sourceName: string, role: ChainHop["role"] = "originator"): ChainHop => ({ sourceId: sourceName, sourceName, role, verb: null });
function figure(name: string, overrides: Partial<SortableFigure> = {}): SortableFigure & { name: string } {
  return {
    name,
    value: null,
    lower: null,
    upper: null,
    qualifier: "exact",
    modality: "unknown",
    stance: "asserts",
    claimedAt: null,
    chain: [],
    reportTitle: "A report",
    ...overrides,
  };
}

test("sorting by value uses the figure's point value, with figures without a number last either way", () => {
  const figures = [
    figure("12,000", { value: 12000 }),
    figure("no number"),
    figure("range 1,000–3,000", { qualifier: "range", lower: 1000, upper: 3000 }),
    figure("1,500", { value: 1500 }),
  ];
  const names = (column: "value", direction: "asc" | "desc") => sortFigures(figures, { column, direction }).map((f) => f.name);
  expect(names("value", "asc")).toEqual(["1,500", "range 1,000–3,000", "12,000", "no number"]);
  expect(names("value", "desc")).toEqual(["12,000", "range 1,000–3,000", "1,500", "no number"]);
});

test("modality sorts as the story runs (planned before arrived), and ties keep their order", () => {
  const figures = [figure("arrived", { modality: "completed" }), figure("planned A", { modality: "planned" }), figure("planned B", { modality: "planned" })];
  expect(sortFigures(figures, { column: "modality", direction: "asc" }).map((f) => f.name)).toEqual(["planned A", "planned B", "arrived"]);
  expect(sortFigures(figures, { column: "modality", direction: "desc" }).map((f) => f.name)).toEqual(["arrived", "planned A", "planned B"]);
});

test("the originator column sorts by the originator's name, not the relay's", () => {
  const figures = [
    figure("Yonhap citing NIS", { chain: [hop("National Intelligence Service"), hop("Yonhap News Agency", "relay")] }),
    figure("Ukrainian intelligence", { chain: [hop("Ukrainian intelligence"), hop("Volodymyr Zelensky", "speaker")] }),
    figure("unattributed"),
  ];
  expect(sortFigures(figures, { column: "originator", direction: "asc" }).map((f) => f.name)).toEqual([
    "Yonhap citing NIS",
    "Ukrainian intelligence",
    "unattributed",
  ]);
});

test("dates sort by time, undated last", () => {
  const figures = [figure("later", { claimedAt: new Date("2024-10-20") }), figure("undated"), figure("earlier", { claimedAt: new Date("2024-10-18") })];
  expect(sortFigures(figures, { column: "claimed", direction: "desc" }).map((f) => f.name)).toEqual(["later", "earlier", "undated"]);
});
