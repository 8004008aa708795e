import { describe, expect, test } from "vitest";
import { pointValue, unitKey, usableNumber } from "./figure";

describe("usableNumber", () => {
  test("keeps finite numbers and refuses NaN, Infinity and missing values", () => {
    expect(usableNumber(0)).toBe(0);
    expect(usableNumber(-12.5)).toBe(-12.5);
    expect(usableNumber(Number.NaN)).toBeNull();
    expect(usableNumber(-Infinity)).toBeNull();
    expect(usableNumber(null)).toBeNull();
    expect(usableNumber(undefined)).toBeNull();
  });
});

describe("pointValue: the one number that stands for a figure", () => {
  test("is the stated value for point qualifiers", () => {
    expect(pointValue({ qualifier: "exact", value: 12_000, lower: null, upper: null })).toBe(12_000);
    expect(pointValue({ qualifier: "approx", value: 10_000, lower: 9_000, upper: 11_500 })).toBe(10_000);
    expect(pointValue({ qualifier: null, value: 1_500, lower: null, upper: null })).toBe(1_500);
  });

  test("is a range's midpoint, or the value or a bound when the range is incomplete", () => {
    expect(pointValue({ qualifier: "range", value: 10_500, lower: 10_000, upper: 12_000 })).toBe(11_000);
    expect(pointValue({ qualifier: "range", value: 10_500, lower: 10_000, upper: null })).toBe(10_500);
    expect(pointValue({ qualifier: "range", value: null, lower: 10_000, upper: null })).toBe(10_000);
    expect(pointValue({ qualifier: "range", value: null, lower: null, upper: 12_000 })).toBe(12_000);
    expect(pointValue({ qualifier: "range", value: null, lower: null, upper: null })).toBeNull();
  });

  test("falls back to the ceiling of 'up to' and 'at most', the floor of 'at least' and 'more than'", () => {
    expect(pointValue({ qualifier: "up_to", value: null, lower: 1, upper: 12_000 })).toBe(12_000);
    expect(pointValue({ qualifier: "at_most", value: 11_000, lower: null, upper: 12_000 })).toBe(11_000);
    expect(pointValue({ qualifier: "at_least", value: null, lower: 10_000, upper: 99_000 })).toBe(10_000);
    expect(pointValue({ qualifier: "more_than", value: null, lower: null, upper: 99_000 })).toBeNull();
  });

  test("reads a point figure given only by bounds as their midpoint, or the one bound given", () => {
    expect(pointValue({ qualifier: "exact", value: null, lower: 10_000, upper: 12_000 })).toBe(11_000);
    expect(pointValue({ qualifier: "approx", value: null, lower: 9_000, upper: null })).toBe(9_000);
    expect(pointValue({ qualifier: "unknown", value: null, lower: null, upper: 12_000 })).toBe(12_000);
    expect(pointValue({ qualifier: "exact", value: Number.NaN, lower: null, upper: null })).toBeNull();
  });
});

describe("unitKey: units as compared", () => {
  test("ignores case and spacing; an empty or missing unit is none", () => {
    expect(unitKey("  Troops ")).toBe("troops");
    expect(unitKey("combat   brigades")).toBe("combat brigades");
    expect(unitKey("   ")).toBeNull();
    expect(unitKey(null)).toBeNull();
  });
});
