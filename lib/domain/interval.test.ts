import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  APPROX_TOLERANCE,
  describeInterval,
  figureInterval,
  formatNumber,
  intervalIntersection,
  intervalsOverlap,
  isEmptyInterval,
  type FigureInterval,
} from "./interval";
import type { FigureNumbers } from "./figure";
import type { Qualifier } from "./vocabulary";

function numbers(qualifier: Qualifier | null, value: number | null, lower: number | null = null, upper: number | null = null): FigureNumbers {
  return { qualifier, value, lower, upper };
}

function interval(qualifier: Qualifier | null, value: number | null, lower: number | null = null, upper: number | null = null): FigureInterval {
  const result = figureInterval(numbers(qualifier, value, lower, upper));
  if (result === null) throw new Error("expected an interval");
  return result;
}

const closed = (low: number, high: number): FigureInterval => ({ low, high, lowOpen: false, highOpen: false });

describe("figureInterval: the numbers each qualifier allows", () => {
  test("the approximation tolerance is ±10%", () => {
    expect(APPROX_TOLERANCE).toBe(0.1);
  });

  test("exact 12,000 allows only 12,000", () => {
    expect(interval("exact", 12_000)).toEqual(closed(12_000, 12_000));
  });

  test("about 10,000 allows 9,000 to 11,000, both included", () => {
    expect(interval("approx", 10_000)).toEqual(closed(9_000, 11_000));
  });

  test("an unqualified 10,000, or one with no qualifier at all, is read as about 10,000", () => {
    expect(interval("unknown", 10_000)).toEqual(closed(9_000, 11_000));
    expect(interval(null, 10_000)).toEqual(closed(9_000, 11_000));
  });

  test("a band edge lands where a reader computes it: about 7 reaches 7.7 exactly", () => {
    expect(interval("approx", 7)).toEqual(closed(6.3, 7.7));
  });

  test("the band of a negative figure still runs from low to high", () => {
    expect(interval("approx", -100)).toEqual(closed(-110, -90));
  });

  test("another tolerance widens or narrows the band; a negative or endless one is refused", () => {
    expect(figureInterval(numbers("approx", 10_000), 0.25)).toEqual(closed(7_500, 12_500));
    expect(figureInterval(numbers("approx", 10_000), 0)).toEqual(closed(10_000, 10_000));
    expect(() => figureInterval(numbers("approx", 10_000), -0.1)).toThrow(RangeError);
    expect(() => figureInterval(numbers("approx", 10_000), Number.NaN)).toThrow(/tolerance/);
    expect(() => figureInterval(numbers("approx", 10_000), Infinity)).toThrow(/tolerance/);
  });

  test("up to 12,000 is more than zero and at most 12,000; at most 12,000 includes zero", () => {
    expect(interval("up_to", 12_000)).toEqual({ low: 0, high: 12_000, lowOpen: true, highOpen: false });
    expect(interval("at_most", 12_000)).toEqual({ low: 0, high: 12_000, lowOpen: false, highOpen: false });
  });

  test("at least 10,000 includes 10,000; more than 10,000 does not; neither has a ceiling", () => {
    expect(interval("at_least", 10_000)).toEqual({ low: 10_000, high: Infinity, lowOpen: false, highOpen: true });
    expect(interval("more_than", 10_000)).toEqual({ low: 10_000, high: Infinity, lowOpen: true, highOpen: true });
  });

  test("a range runs from its lower to its upper bound", () => {
    expect(interval("range", 11_000, 10_000, 12_000)).toEqual(closed(10_000, 12_000));
  });

  test("a range missing a bound falls back to the value, then to the other bound", () => {
    expect(interval("range", 11_000, 10_000, null)).toEqual(closed(10_000, 11_000));
    expect(interval("range", 11_000, null, 12_000)).toEqual(closed(11_000, 12_000));
    expect(interval("range", null, 10_000, null)).toEqual(closed(10_000, 10_000));
    expect(interval("range", null, null, 12_000)).toEqual(closed(12_000, 12_000));
  });

  test("a range entered the wrong way round covers the same numbers", () => {
    expect(interval("range", null, 12_000, 10_000)).toEqual(closed(10_000, 12_000));
  });

  test("a missing value falls back to the bound its qualifier points at", () => {
    expect(interval("up_to", null, null, 12_000)).toEqual({ low: 0, high: 12_000, lowOpen: true, highOpen: false });
    expect(interval("at_least", null, 10_000)).toEqual({ low: 10_000, high: Infinity, lowOpen: false, highOpen: true });
    // "exact" or "about" with only bounds: the stated bounds are all there is.
    expect(interval("exact", null, 10_000, 12_000)).toEqual(closed(10_000, 12_000));
    expect(interval("approx", null, 9_000, 11_000)).toEqual(closed(9_000, 11_000));
  });

  test("a figure with no usable number has no interval", () => {
    expect(figureInterval(numbers("exact", null))).toBeNull();
    expect(figureInterval(numbers("approx", null))).toBeNull();
    expect(figureInterval(numbers("range", null))).toBeNull();
    expect(figureInterval(numbers("up_to", null, 5_000))).toBeNull();
    expect(figureInterval(numbers("more_than", null, null, 5_000))).toBeNull();
    expect(figureInterval(numbers("exact", Number.NaN))).toBeNull();
    expect(figureInterval(numbers("exact", Infinity))).toBeNull();
  });
});

describe("intervalsOverlap: whether one number satisfies both", () => {
  test("exact 11,000 is within about 10,000; 11,001 is not", () => {
    const about = interval("approx", 10_000);
    expect(intervalsOverlap(interval("exact", 11_000), about)).toBe(true);
    expect(intervalsOverlap(interval("exact", 11_001), about)).toBe(false);
    expect(intervalsOverlap(interval("exact", 9_000), about)).toBe(true);
    expect(intervalsOverlap(interval("exact", 8_999), about)).toBe(false);
  });

  test("more than 10,000 excludes exactly 10,000; at least 10,000 includes it", () => {
    const exact = interval("exact", 10_000);
    expect(intervalsOverlap(interval("more_than", 10_000), exact)).toBe(false);
    expect(intervalsOverlap(exact, interval("more_than", 10_000))).toBe(false);
    expect(intervalsOverlap(interval("at_least", 10_000), exact)).toBe(true);
  });

  test("up to 12,000 excludes zero; at most 12,000 includes it", () => {
    const zero = interval("exact", 0);
    expect(intervalsOverlap(interval("up_to", 12_000), zero)).toBe(false);
    expect(intervalsOverlap(interval("at_most", 12_000), zero)).toBe(true);
  });

  test("two open-ended figures always meet; up to 12,000 and more than 12,000 never do", () => {
    expect(intervalsOverlap(interval("at_least", 10_000), interval("more_than", 50_000))).toBe(true);
    expect(intervalsOverlap(interval("up_to", 12_000), interval("more_than", 12_000))).toBe(false);
    expect(intervalsOverlap(interval("at_most", 12_000), interval("at_least", 12_000))).toBe(true);
  });

  test("an empty interval meets nothing", () => {
    const nothing = interval("up_to", 0);
    expect(isEmptyInterval(nothing)).toBe(true);
    expect(isEmptyInterval(closed(5, 3))).toBe(true);
    expect(isEmptyInterval(interval("exact", 0))).toBe(false);
    expect(intervalsOverlap(nothing, interval("at_most", 5))).toBe(false);
    expect(intervalsOverlap(interval("at_most", 5), nothing)).toBe(false);
  });

  test("overlap is symmetric", () => {
    const qualifier = fc.constantFrom<Qualifier | null>("exact", "approx", "at_least", "more_than", "up_to", "at_most", "range", "unknown", null);
    const value = fc.option(
      fc.integer({ min: 0, max: 20 }).map((n) => n * 1_000),
      { nil: null },
    );
    const figure = fc.record({ qualifier, value, lower: value, upper: value });
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const ia = figureInterval(a);
        const ib = figureInterval(b);
        if (ia === null || ib === null) return true;
        return intervalsOverlap(ia, ib) === intervalsOverlap(ib, ia);
      }),
    );
  });
});

describe("intervalIntersection: the numbers both allow", () => {
  test("up to 12,000 and about 10,000 share 9,000–11,000", () => {
    expect(intervalIntersection(interval("up_to", 12_000), interval("approx", 10_000))).toEqual(closed(9_000, 11_000));
  });

  test("more than 10,000 and up to 12,000 share the open-below span", () => {
    expect(intervalIntersection(interval("more_than", 10_000), interval("up_to", 12_000))).toEqual({
      low: 10_000,
      high: 12_000,
      lowOpen: true,
      highOpen: false,
    });
  });

  test("two open-ended figures share the higher floor onwards", () => {
    expect(intervalIntersection(interval("at_least", 10_000), interval("more_than", 10_000))).toEqual({
      low: 10_000,
      high: Infinity,
      lowOpen: true,
      highOpen: true,
    });
  });

  test("disjoint figures share nothing", () => {
    expect(intervalIntersection(interval("exact", 1_500), interval("exact", 12_000))).toBeNull();
  });
});

describe("describeInterval: the interval in words", () => {
  test("each shape reads as an analyst would write it", () => {
    expect(describeInterval(interval("exact", 12_000))).toBe("12,000");
    expect(describeInterval(interval("approx", 10_000))).toBe("9,000–11,000");
    expect(describeInterval(interval("up_to", 12_000))).toBe("up to 12,000");
    expect(describeInterval(interval("at_most", 12_000))).toBe("at most 12,000");
    expect(describeInterval(interval("at_least", 12_000))).toBe("12,000 or more");
    expect(describeInterval(interval("more_than", 10_000))).toBe("more than 10,000");
    expect(describeInterval(interval("exact", 0))).toBe("0");
    expect(describeInterval({ low: 10_000, high: 12_000, lowOpen: true, highOpen: false })).toBe("more than 10,000, up to 12,000");
  });

  test("fractions keep two decimals at most", () => {
    expect(formatNumber(1234.5678)).toBe("1,234.57");
    expect(describeInterval(interval("approx", 12_345))).toBe("11,110.5–13,579.5");
  });
});
