import { expect, test } from "vitest";
import { independentOrigins } from "../domain/origins";
import { hop, testFigure } from "./test-figures";
import { rowGroups, valueSummaryData } from "./value-summary-data";

const many = (prefix: string, count: number, overrides: Parameters<typeof testFigure>[1]) =>
  Array.from({ length: count }, (_, index) => testFigure(`${prefix}-${index}`, { value: 1000 * (index + 1), ...overrides }));

test("each origin's figures are summarised per modality, one lane each, in the vocabulary's order", () => {
  const data = valueSummaryData(
    independentOrigins([
      ...many("nis-planned", 5, { modality: "planned", chain: [hop("National Intelligence Service"), hop("Yonhap News Agency", "relay")] }),
      ...many("nis-arrived", 3, { modality: "completed", chain: [hop("National Intelligence Service")] }),
      testFigure("unnamed", { value: 12000, qualifier: "up_to", modality: "possible", chain: [hop("Unnamed sources")] }),
      testFigure("no number", { value: null, chain: [hop("Unnamed sources")] }),
    ]),
  );
  expect(data.rows.map((row) => [row.originator, row.relays, row.lanes])).toEqual([
    ["National Intelligence Service", ["via Yonhap News Agency"], 2],
    ["Unnamed sources", [], 1],
  ]);
  expect(data.lanes.map((lane) => [lane.modality, lane.lane, lane.count, lane.min, lane.median, lane.max])).toEqual([
    ["planned", 0, 5, 1000, 3000, 5000],
    ["completed", 1, 3, 1000, 2000, 3000],
    ["possible", 0, 1, 12000, 12000, 12000],
  ]);
  expect(data.lanes[0]!.label).toBe("National Intelligence Service, planned: 5 figures from 1,000 to 5,000, median 3,000, middle half 2,000 to 4,000");
  expect(data.lanes[2]!.label).toBe("Unnamed sources, possible: 1 figure, all 12,000");
  expect([data.plotted, data.unplotted, data.axisStart, data.axisEnd, data.foldedOrigins]).toEqual([9, 1, 0, 15000, 0]);
});

test("past the rows shown, the origins with the fewest figures share one row, and every figure is still counted", () => {
  const origins = independentOrigins([
    ...many("big", 4, { chain: [hop("Big")] }),
    ...many("middle", 2, { chain: [hop("Middle")] }),
    testFigure("small-1", { value: 7, chain: [hop("Small 1")] }),
    testFigure("small-2", { value: 9, chain: [hop("Small 2")] }),
  ]);
  const { groups, folded } = rowGroups(origins, 3);
  expect(groups.map((group) => [group.originator, group.figures.length])).toEqual([
    ["Big", 4],
    ["Middle", 2],
    ["2 other origins", 2],
  ]);
  expect(folded).toBe(2);
});

test("a long list of relays is cut to two names and a count", () => {
  const chain = [hop("Originator"), ...["A", "B", "C", "D"].map((name) => hop(name, "relay"))];
  const data = valueSummaryData(independentOrigins([testFigure("f", { value: 5, chain })]));
  expect(data.rows[0]!.relays).toEqual(["via A, B", "and 2 other relays"]);
});

test("the summary's size depends on origins and modalities shown, not on the number of figures", () => {
  const figures = Array.from({ length: 5000 }, (_, index) =>
    testFigure(`f${index}`, { value: index, modality: (["planned", "completed", "possible"] as const)[index % 3], chain: [hop(`Source ${index % 50}`)] }),
  );
  const data = valueSummaryData(independentOrigins(figures));
  expect([data.rows.length, data.lanes.length, data.plotted, data.foldedOrigins]).toEqual([12, 36, 5000, 39]);
  expect(data.lanes.reduce((sum, lane) => sum + lane.count, 0)).toBe(5000);
});
