import { describe, expect, test } from "vitest";
import { adminLevelOfWord, regionKindSuffix, stateKindSuffix } from "./admin-words";

describe("administrative words", () => {
  test("a word read in text stands for its level; a word that names an army's unit is not read", () => {
    expect(adminLevelOfWord.oblast).toBe("region");
    expect(adminLevelOfWord.county).toBe("district");
    expect(adminLevelOfWord.village).toBe("city");
    expect(adminLevelOfWord.division).toBeUndefined();
  });

  test("a state's kind word is left off before a lookup, a district's only for states", () => {
    expect("donetsk oblast".replace(stateKindSuffix, "")).toBe("donetsk");
    expect("yesilyurt district".replace(stateKindSuffix, "")).toBe("yesilyurt");
    expect("yesilyurt district".replace(regionKindSuffix, "")).toBe("yesilyurt district");
    expect("mazovia voivodeship".replace(regionKindSuffix, "")).toBe("mazovia");
    expect("kharkiv".replace(regionKindSuffix, "")).toBe("kharkiv");
  });
});
