import { expect, test } from "vitest";
import { lookUpPlace, withLookedUpPlace } from "./place-lookup";

test("a typed city or region gets the gazetteer's coordinates; a country or an unknown name none", () => {
  expect(lookUpPlace("Ussuriysk")).toMatchObject({ precision: "city" });
  expect(lookUpPlace("Ussuriysk")!.latitude).toBeCloseTo(43.8, 0);
  expect(lookUpPlace("  Crimea ")).toEqual({ latitude: 45.0, longitude: 34.0, precision: "region" });
  expect(lookUpPlace("Nowhereville Qzx")).toBeNull();
  expect(lookUpPlace("")).toBeNull();
  // The first lookup builds the city index from 140,000 cities: slow on a busy machine.
}, 60_000);

test("given coordinates stay; a place without them is looked up", () => {
  expect(withLookedUpPlace({ placeName: "Kursk", latitude: 1, longitude: 2, placePrecision: "exact" as const })).toMatchObject({ latitude: 1, longitude: 2 });
  const looked = withLookedUpPlace({ placeName: "Kursk", latitude: null, longitude: null, placePrecision: null });
  expect(looked.placePrecision).toBe("city");
  expect(looked.latitude).toBeCloseTo(51.7, 0);
});

test("renaming a place on edit replaces the old place's coordinates", () => {
  const before = { placeName: "Kursk", latitude: 51.7, longitude: 36.2, placePrecision: "city" as const };
  const renamed = withLookedUpPlace({ placeName: "Ussuriysk", latitude: 51.7, longitude: 36.2 }, before);
  expect(renamed.latitude).toBeCloseTo(43.8, 0);
  expect(withLookedUpPlace({ placeName: "Kursk" }, before)).toEqual({ placeName: "Kursk" });
});
