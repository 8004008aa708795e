import { expect, test } from "vitest";
import { referenceNames } from "./reference-places";

test("the founding report's relation names Vladivostok, not the claim's own place", () => {
  expect(referenceNames("near; north of Vladivostok", "Ussuriysk")).toEqual(["Vladivostok"]);
});

test("relations that measure from a place name it", () => {
  expect(referenceNames("20 km south-west of Kursk", null)).toEqual(["Kursk"]);
  expect(referenceNames("outside Donetsk", null)).toEqual(["Donetsk"]);
  expect(referenceNames("near Ussuriysk, close to Vladivostok", "Ussuriysk")).toEqual(["Vladivostok"]);
  expect(referenceNames("north of the city of Kharkiv", null)).toEqual(["Kharkiv"]);
});

test("relations that name no other place give none", () => {
  expect(referenceNames("in", "Russian-occupied territories of Ukraine")).toEqual([]);
  expect(referenceNames("near", "Ussuriysk")).toEqual([]);
  expect(referenceNames(null, "Ussuriysk")).toEqual([]);
  expect(referenceNames("", null)).toEqual([]);
});
