import { expect, test } from "vitest";
import { type FigurePosition, type FigureSort, figurePosition, sortColumns, type SortableFigure } from "../domain/topic-filters";
import { encodeFigurePosition, parseTopicPage, type TopicPageRequest } from "../schemas/topic-page";
import { figureTablePage } from "./topic-figure-page";

type Row = SortableFigure & { id: string };

// 23 invented figures with many ties: three values (and two without a number), two days (and
// undated ones), two reports, several figures at the same place in different reports.
const figures: Row[] = Array.from({ length: 23 }, (_, index) => ({
  id: `c${String(index).padStart(2, "0")}`,
  value: index % 7 === 3 ? null : [120, 4_500, 4_500, 80][index % 4]!,
  lower: null,
  upper: null,
  qualifier: index % 5 === 0 ? "approx" : "exact",
  modality: index % 3 === 0 ? "planned" : "completed",
  stance: "asserts",
  claimedAt: index % 6 === 5 ? null : new Date(index % 2 ? "2025-03-02T00:00:00Z" : "2025-03-01T00:00:00Z"),
  chain: [{ sourceId: `s${index % 4}`, sourceName: `Invented agency ${index % 4}`, role: "originator", verb: null }],
  reportTitle: `Invented report ${index % 2}`,
  anchorStart: (index * 37) % 5,
}));

async function walk(sort: FigureSort, size: number) {
  const pages: Row[][] = [];
  let request: TopicPageRequest = {};
  for (let step = 0; step < 50; step += 1) {
    const page = await figureTablePage(figures, sort, request, size);
    pages.push(page.rows);
    if (!page.next) break;
    // Through the URL, as the page's Next link carries it.
    request = parseTopicPage({ after: encodeFigurePosition(page.next) }).page;
  }
  return pages;
}

test("walking Next through the pages gives every figure once, in the sorted order, whatever the column and direction", async () => {
  for (const column of sortColumns) {
    for (const direction of ["asc", "desc"] as const) {
      const sort = { column, direction };
      const whole = (await figureTablePage(figures, sort, {}, 1_000)).rows.map((row) => row.id);
      expect(whole).toHaveLength(figures.length);
      const pages = await walk(sort, 5);
      expect(pages.map((rows) => rows.length)).toEqual([5, 5, 5, 5, 3]);
      expect(pages.flat().map((row) => row.id)).toEqual(whole);
    }
  }
});

test("Previous from a page gives the page before it, and from the second page the first", async () => {
  const sort: FigureSort = { column: "value", direction: "desc" };
  const pages = await walk(sort, 4);
  for (let index = 1; index < pages.length; index += 1) {
    const page = await figureTablePage(figures, sort, { after: positionOf(pages[index - 1]!.at(-1)!, sort) }, 4);
    expect(page.rows).toEqual(pages[index]);
    const back = await figureTablePage(figures, sort, { before: page.previous! }, 4);
    expect(back.rows).toEqual(pages[index - 1]);
    expect(back.previous === null).toBe(index === 1);
  }
});

test("a cursor naming a figure no longer shown still finds its place", async () => {
  const sort: FigureSort = { column: "originator", direction: "asc" };
  const [first, second] = await walk(sort, 6);
  const gone = first!.at(-1)!;
  const without = figures.filter((figure) => figure.id !== gone.id);
  const page = await figureTablePage(without, sort, { after: positionOf(gone, sort) }, 6);
  expect(page.rows).toEqual(second);
});

test("figure= starts the page at a figure beyond the first page, with a Previous link; one on the first page or unknown gives the first page", async () => {
  const sort: FigureSort = { column: "claimed", direction: "asc" };
  const whole = (await figureTablePage(figures, sort, {}, 1_000)).rows;
  const target = whole[11]!;
  const page = await figureTablePage(figures, sort, { figure: target.id }, 5);
  expect(page.rows[0]).toEqual(target);
  expect(page.rows).toEqual(whole.slice(11, 16));
  expect(page.previous).not.toBeNull();
  expect((await figureTablePage(figures, sort, { figure: whole[4]!.id }, 5)).rows).toEqual(whole.slice(0, 5));
  const unknown = await figureTablePage(figures, sort, { figure: "no-such-claim" }, 5);
  expect(unknown.rows).toEqual(whole.slice(0, 5));
  expect(unknown.previous).toBeNull();
});

test("a broken page link is named and the first page is asked for", () => {
  expect(parseTopicPage({ after: "not-a-cursor" })).toEqual({ page: {}, size: 50, issues: [{ path: "after", message: expect.stringMatching(/broken/) }] });
  expect(parseTopicPage({ figure: "x".repeat(65) }).issues).toHaveLength(1);
});

/** A row's place, through the URL as a page link carries it. */
function positionOf(row: Row, sort: FigureSort): FigurePosition {
  return parseTopicPage({ after: encodeFigurePosition(figurePosition(row, sort)) }).page.after!;
}

test("size= sets the rows a page within 1–200; anything else is named and the default kept", () => {
  expect(parseTopicPage({ size: "2" })).toEqual({ page: {}, size: 2, issues: [] });
  expect(parseTopicPage({}).size).toBe(50);
  for (const size of ["0", "201", "many"]) expect(parseTopicPage({ size })).toMatchObject({ size: 50, issues: [{ path: "size" }] });
});
