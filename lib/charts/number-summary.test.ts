import { expect, test } from "vitest";
import { summariseNumbers } from "./number-summary";

test("a summary gives the count, the lowest and highest, the median and the middle half", () => {
  expect(summariseNumbers([12000, 1500, 10000, 3000, 8000])).toEqual({
    count: 5,
    min: 1500,
    lowerQuartile: 3000,
    median: 8000,
    upperQuartile: 10000,
    max: 12000,
  });
  // Between two middle numbers the median is halfway.
  expect(summariseNumbers([1500, 12000])).toMatchObject({ median: 6750, lowerQuartile: 4125, upperQuartile: 9375 });
  expect(summariseNumbers([12000])).toEqual({ count: 1, min: 12000, lowerQuartile: 12000, median: 12000, upperQuartile: 12000, max: 12000 });
  expect(summariseNumbers([])).toBeNull();
});
