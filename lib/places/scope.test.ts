import { beforeAll, describe, expect, test } from "vitest";
import { resolveScope, scopeColumns } from "./scope";

describe("resolveScope", () => {
  // The first lookup reads the lists (a second or more on a busy machine); later ones are instant.
  beforeAll(() => resolveScope("Elbistan"), 60_000);

  test("a province is a region within its country", async () => {
    expect(await resolveScope("Malatya")).toEqual({ name: "Malatya", level: "region", within: ["Turkey"] });
    expect(await resolveScope("malatya province")).toEqual({ name: "Malatya", level: "region", within: ["Turkey"] });
  });

  test("a country is a country, under the names news gives it", async () => {
    expect(await resolveScope("Turkey")).toEqual({ name: "Turkey", level: "country", within: [] });
    expect(await resolveScope("Türkiye")).toEqual({ name: "Turkey", level: "country", within: [] });
  });

  test("a town is a city within its province and country", async () => {
    expect(await resolveScope("Elbistan")).toEqual({ name: "Elbistan", level: "city", within: ["Kahramanmaraş", "Turkey"] });
    expect(await resolveScope("Pazarcık district")).toEqual({ name: "Pazarcık", level: "district", within: ["Kahramanmaraş", "Turkey"] });
  });

  test("a Ukrainian oblast answers to its city's name", async () => {
    expect(await resolveScope("Donetsk Oblast")).toMatchObject({ level: "region", within: ["Ukraine"] });
  });

  test("an unknown name is kept as typed; after a comma, its known container still places it", async () => {
    expect(await resolveScope("  Eastern  Quarter ")).toEqual({ name: "Eastern Quarter", level: null, within: [] });
    expect(await resolveScope("Tent camp 4, Hatay")).toEqual({ name: "Tent camp 4", level: null, within: ["Hatay", "Turkey"] });
  });

  test("the stored columns hold the resolved name and its containers as JSON", async () => {
    expect(await scopeColumns("Malatya")).toEqual({ scopePlace: "Malatya", scopeLevel: "region", scopeWithin: '["Turkey"]' });
    expect(await scopeColumns("")).toEqual({ scopePlace: null, scopeLevel: null, scopeWithin: null });
    expect(await scopeColumns(undefined)).toEqual({});
  });
});
