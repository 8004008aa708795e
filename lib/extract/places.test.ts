import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { locationsIn } from "./testing";

const places = (text: string) =>
  locationsIn(text).map(({ text: words, place, placeRelation, placePrecision }) => ({ words, place, placeRelation, placePrecision }));

describe("location claims", () => {
  test("run from the people placed to the last relation, resolved against the gazetteer", () => {
    const [found] = extractDetailed(
      "Reports indicate the presence of North Korean soldiers stationed at a military base near Ussuriysk, north of Vladivostok.",
    ).filter((candidate) => candidate.kind === "location");
    expect(found).toMatchObject({
      text: "North Korean soldiers stationed at a military base near Ussuriysk, north of Vladivostok",
      place: "Ussuriysk",
      placeRelation: "near; north of Vladivostok",
      placePrecision: "near",
    });
    expect(found?.latitude).toBeCloseTo(43.8, 1);
    expect(found?.longitude).toBeCloseTo(131.95, 1);
  });

  test("include the deployment they are part of", () => {
    expect(places("Officials reported the deployment of North Korean personnel in Russian-occupied territories in Ukraine.")).toEqual([
      {
        words: "deployment of North Korean personnel in Russian-occupied territories in Ukraine",
        place: "Russian-occupied territories of Ukraine",
        placeRelation: "in",
        placePrecision: "region",
      },
    ]);
  });

  test("name a region by the city it is named after", () => {
    expect(places("The paper said 12,000 troops were being moved to the Kursk region.")[0]).toMatchObject({
      place: "Kursk region",
      placeRelation: "to",
      placePrecision: "region",
    });
  });

  test("name a place with its administrative word: oblast, province, district, the town of", () => {
    expect(places("Officials said 2,000 soldiers were stationed in Kharkiv Oblast.")[0]).toMatchObject({ place: "Kharkiv oblast", placePrecision: "region" });
    expect(places("Officials said 300 soldiers were working in the Yesilyurt district.")[0]).toMatchObject({
      place: "Yesilyurt district",
      placePrecision: "region",
    });
    expect(places("Officials said 500 troops were stationed in the province of Hatay.")[0]).toMatchObject({
      place: "Hatay province",
      placePrecision: "region",
    });
    expect(places("Officials said 400 soldiers were deployed in the town of Dogansehir.")[0]).toMatchObject({ place: "Dogansehir", placePrecision: "city" });
  });

  test("find cities under other spellings", () => {
    expect(places("Officials said 2,000 soldiers were stationed near Kramatorsk.")[0]?.place).toBe("Kramators’k");
    expect(places("Officials said fighters were being moved toward Grodno.")[0]?.place).toBe("Hrodna");
  });

  test("are not made by places without people", () => {
    expect(places("Zelensky stated at a press conference in Brussels that the talks went well.")).toEqual([]);
  });

  test("a whole country places a group unless the report names a place inside it", () => {
    expect(places("Officials said 1,500 troops were deployed in Moldova.")[0]?.place).toBe("Moldova");
    const closer = places("Officials said 1,500 troops were deployed in Moldova.\n\nMost of the troops are based near Balti, officials said.");
    expect(closer.map((found) => found.place)).not.toContain("Moldova");
  });

  test("'the <area> city of Y' places the people in the settlement, not the area before it", () => {
    const [found] = locationsIn("Floods killed 40 people in the West Bank city of Nablus on Monday.");
    expect(found).toMatchObject({ text: "40 people in the West Bank city of Nablus", place: "Nablus", placePrecision: "city" });
    // A settlement no list holds is vouched for by its word, as in "the town of X".
    expect(places("About 200 troops were stationed in the Ossel region town of Varnikov.")[0]).toMatchObject({ place: "Varnikov", placePrecision: "city" });
    // A region named alone stays the region.
    expect(places("About 200 troops were stationed in the Kursk region.")[0]?.placePrecision).toBe("region");
  });
});
