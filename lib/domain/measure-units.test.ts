import { describe, expect, test } from "vitest";
import { normaliseUnit } from "./measure";

describe("unit words", () => {
  test("houses and homes are one count; an unknown word stays as written", () => {
    expect(normaliseUnit("houses")).toEqual({ unit: "homes", measure: null });
    expect(normaliseUnit("Homes")).toEqual({ unit: "homes", measure: null });
    expect(normaliseUnit("barns")).toEqual({ unit: "barns", measure: null });
  });
});
