import { expect, test } from "vitest";
import { quantityWords } from "./figure-words";

const figure = { value: 214, lower: null, upper: null, qualifier: null, unit: "people" } as const;

test("a floor keeps its qualifier", () => {
  expect(quantityWords({ ...figure, qualifier: "at_least", lower: 214 })).toBe("at least 214 people");
  expect(quantityWords({ ...figure, value: 10000, qualifier: "approx", unit: "troops" })).toBe("about 10,000 troops");
  expect(quantityWords({ ...figure, value: 12000, qualifier: "up_to", upper: 12000, unit: "troops" })).toBe("up to 12,000 troops");
});

test("an exact or unqualified figure is its number", () => {
  expect(quantityWords({ ...figure, qualifier: "exact" })).toBe("214 people");
  expect(quantityWords({ ...figure, qualifier: "unknown", unit: null })).toBe("214");
});

test("a range shows both ends, and no number shows nothing", () => {
  expect(quantityWords({ value: null, lower: 1500, upper: 2000, qualifier: "range", unit: "troops" })).toBe("1,500–2,000 troops");
  expect(quantityWords({ value: null, lower: null, upper: null, qualifier: null, unit: "troops" })).toBeNull();
});
