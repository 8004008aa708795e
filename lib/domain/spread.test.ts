import { describe, expect, test } from "vitest";
import { figureSpread } from "./spread";
import { figure, foundingFigures } from "./test-support/figures";

describe("figureSpread", () => {
  test("the founding figures run from 1,500 to 12,000, eight times larger", () => {
    expect(figureSpread(foundingFigures)).toEqual({ min: 1_500, max: 12_000, ratio: 8, count: 5, unit: "troops" });
  });

  test("a range counts at its midpoint; figures without a number are left out", () => {
    const figures = [
      figure({ qualifier: "range", value: null, lower: 2_000, upper: 4_000 }),
      figure({ value: 12_000 }),
      figure({ value: null, asStated: "thousands" }),
    ];
    expect(figureSpread(figures)).toMatchObject({ min: 3_000, max: 12_000, ratio: 4, count: 2 });
  });

  test("only the unit most figures name is compared; figures naming none count as the topic's", () => {
    const figures = [
      figure({ value: 3, unit: "Brigades" }),
      figure({ value: 1_500, unit: "troops" }),
      figure({ value: 12_000, unit: " Troops" }),
      figure({ value: 10_000, unit: null }),
    ];
    expect(figureSpread(figures)).toEqual({ min: 1_500, max: 12_000, ratio: 8, count: 3, unit: "troops" });
  });

  test("a tie between units goes to the first named", () => {
    const figures = [figure({ value: 4, unit: "brigades" }), figure({ value: 12_000, unit: "troops" })];
    expect(figureSpread(figures)).toMatchObject({ unit: "brigades", min: 4, max: 4, count: 1 });
  });

  test("a unit can be chosen", () => {
    const figures = [figure({ value: 3, unit: "brigades" }), figure({ value: 4, unit: "brigades" }), figure({ value: 12_000, unit: "troops" })];
    expect(figureSpread(figures, "Troops")).toEqual({ min: 12_000, max: 12_000, ratio: 1, count: 1, unit: "Troops" });
    expect(figureSpread(figures, "tanks")).toBeNull();
  });

  test("when no figure names a unit, all are compared", () => {
    const figures = [figure({ value: 2, unit: null }), figure({ value: 6, unit: "  " })];
    expect(figureSpread(figures)).toEqual({ min: 2, max: 6, ratio: 3, count: 2, unit: null });
  });

  test("a spread from zero has no ratio", () => {
    expect(figureSpread([figure({ value: 0 }), figure({ value: 1_500 })])?.ratio).toBeNull();
  });

  test("no numbers, no spread", () => {
    expect(figureSpread([])).toBeNull();
    expect(figureSpread([figure({ value: null })])).toBeNull();
  });

  test("a topic of many figures does not overflow the call stack", () => {
    const base = figure();
    const many = Array.from({ length: 200_000 }, (_, index) => ({ ...base, value: index + 1 }));
    expect(figureSpread(many)).toMatchObject({ min: 1, max: 200_000, count: 200_000 });
  });
});
