import { expect, test } from "vitest";
import { independentOrigins } from "../domain/origins";
import { hop, testFigure } from "./test-figures";
import { assignLanes, axisEndFor, markKindOf, relayWords, valueChartData } from "./value-chart-data";

test("each qualifier becomes the mark of the interval it allows", () => {
  const kind = (overrides: Parameters<typeof testFigure>[1]) => markKindOf(testFigure("f", { value: 12000, ...overrides }));
  expect(kind({ qualifier: "exact" })).toBe("point");
  expect(kind({ qualifier: "approx" })).toBe("band");
  expect(kind({ qualifier: "unknown" })).toBe("band");
  expect(kind({ qualifier: null })).toBe("band");
  expect(kind({ qualifier: "up_to" })).toBe("up_to");
  expect(kind({ qualifier: "at_most" })).toBe("up_to");
  expect(kind({ qualifier: "at_least" })).toBe("open_ended");
  expect(kind({ qualifier: "more_than" })).toBe("open_ended");
  expect(kind({ qualifier: "range", value: null, lower: 10000, upper: 12000 })).toBe("range");
  // A range whose bounds meet is one number.
  expect(kind({ qualifier: "range", value: null, lower: 12000, upper: 12000 })).toBe("point");
  expect(kind({ value: null, qualifier: "exact" })).toBeNull();
});

test("the axis ends on a round number with room above the highest figure", () => {
  expect(axisEndFor(12000)).toBe(15000);
  expect(axisEndFor(1500)).toBe(2000);
  expect(axisEndFor(98)).toBe(150);
  expect(axisEndFor(0)).toBe(1);
});

test("figures that would cover each other get lanes of their own; those apart share one", () => {
  const lanes = assignLanes(
    [
      { id: "12,000 via Yonhap", low: 12000, high: 12000 },
      { id: "12,000 direct", low: 12000, high: 12000 },
      { id: "1,500", low: 1500, high: 1500 },
      { id: "about 10,000", low: 9000, high: 11000 },
    ],
    300,
  );
  expect(Object.fromEntries(lanes)).toEqual({ "1,500": 0, "about 10,000": 0, "12,000 via Yonhap": 0, "12,000 direct": 1 });
  // 11,000 + a gap of 300 reaches 11,300: a point at 11,400 fits in the band's lane.
  expect(
    assignLanes(
      [
        { id: "band", low: 9000, high: 11000 },
        { id: "point", low: 11400, high: 11400 },
      ],
      300,
    ).get("point"),
  ).toBe(0);
  expect(
    assignLanes(
      [
        { id: "band", low: 9000, high: 11000 },
        { id: "point", low: 11200, high: 11200 },
      ],
      300,
    ).get("point"),
  ).toBe(1);
});

test("relays are listed under their originator, speakers as citing it", () => {
  expect(
    relayWords([
      { sourceId: "z", sourceName: "Volodymyr Zelensky", role: "speaker" },
      { sourceId: "y", sourceName: "Yonhap News Agency", role: "relay" },
      { sourceId: "b", sourceName: "BBC Russian", role: "relay" },
    ]),
  ).toEqual(["cited by Volodymyr Zelensky", "via Yonhap News Agency, BBC Russian"]);
});

test("the founding figures: a row per origin, the two NIS 12,000s both visible, open ends cut at the axis", () => {
  const figures = [
    testFigure("planned via Yonhap", { value: 12000, modality: "planned", chain: [hop("National Intelligence Service"), hop("Yonhap News Agency", "relay")] }),
    testFigure("planned", { value: 12000, modality: "planned" }),
    testFigure("preparing", {
      value: 10000,
      qualifier: "approx",
      modality: "preparing",
      chain: [hop("Ukrainian intelligence"), hop("Volodymyr Zelensky", "speaker")],
    }),
    testFigure("arrived", { value: 1500, modality: "completed" }),
    testFigure("possible", { value: 12000, qualifier: "up_to", modality: "possible", chain: [hop("Unnamed sources")] }),
    testFigure("at least", { value: 3000, qualifier: "at_least", modality: "underway", chain: [hop("Unnamed sources")] }),
    testFigure("no number", { value: null, asStated: "four brigades", chain: [] }),
  ];
  const data = valueChartData(independentOrigins(figures));
  expect(data.rows.map((row) => [row.originator, row.relays, row.lanes])).toEqual([
    ["National Intelligence Service", ["via Yonhap News Agency"], 2],
    ["Ukrainian intelligence", ["cited by Volodymyr Zelensky"], 1],
    ["Unnamed sources", [], 2],
  ]);
  const byId = Object.fromEntries(data.figures.map((figure) => [figure.id, figure]));
  expect([byId["planned via Yonhap"]?.lane, byId.planned?.lane]).toEqual([0, 1]);
  expect(byId.arrived).toMatchObject({ lane: 0, kind: "point", value: 1500, low: 1500, high: 1500 });
  expect(byId.preparing).toMatchObject({
    kind: "band",
    low: 9000,
    high: 11000,
    label: "about 10,000 (being prepared, Volodymyr Zelensky citing Ukrainian intelligence)",
  });
  expect(byId.possible).toMatchObject({ kind: "up_to", low: 0, high: 12000 });
  expect(byId["at least"]).toMatchObject({ kind: "open_ended", low: 3000, high: 15000, lane: 1 });
  expect(data).toMatchObject({ axisStart: 0, axisEnd: 15000, unplotted: 1 });
});

test("a topic whose figures have no number draws nothing and says how many were left out", () => {
  const data = valueChartData(independentOrigins([testFigure("a"), testFigure("b")]));
  expect(data).toMatchObject({ rows: [], figures: [], unplotted: 2 });
});
