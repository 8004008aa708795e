// Places in lists, places after a bearing, a clause opened by a place and a time, and a
// sentence that introduces a list with a colon (docs/decisions/0005, branch places7).
import { describe, expect, test } from "vitest";
import { adminWordOfPlural } from "../domain/admin-words";
import { locationsIn } from "./testing";

const places = (text: string) => locationsIn(text).map(({ text: words, place }) => ({ words, place }));

describe("places in lists", () => {
  test("three or more places after a word that can only mean where are a location each", () => {
    expect(places("Floods killed 40 people in Tarvik, Ossel and Brenna on Sunday.")).toEqual([
      { words: "Floods killed 40 people in Tarvik", place: "Tarvik" },
      { words: "Ossel", place: "Ossel" },
      { words: "Brenna on Sunday", place: "Brenna" },
    ]);
  });

  test("a plural administrative word after the list closes its last place", () => {
    const found = places("Troop convoys were reported in the Bryansk, Kursk, and Voronezh oblasts, officials said.");
    expect(found.map((place) => place.words)).toEqual(["Troop convoys were reported in the Bryansk", "Kursk", "Voronezh oblasts"]);
  });

  test("a pair reads as one area, and a comma without 'and' joins a place to where it lies", () => {
    expect(places("Fatalities were confirmed in Harnett and Wake counties on Saturday.")).toHaveLength(1);
    expect(places("Fighting displaced 300 villagers in Tarvik Township, northern Ossel State.")).toEqual([
      { words: "Fighting displaced 300 villagers in Tarvik Township, northern Ossel State", place: "Tarvik township" },
    ]);
  });

  test("a list of countries tells where people come from, not places of the event", () => {
    expect(places("The force includes soldiers from Chad, Niger and Nigeria deployed in Maiduguri.").map((place) => place.place)).not.toContain("Niger");
  });

  test("the administrative words have plurals from the one table", () => {
    expect(adminWordOfPlural.oblasts).toBe("oblast");
    expect(adminWordOfPlural.counties).toBe("county");
    expect(adminWordOfPlural.townships).toBe("township");
  });
});

describe("a place's words after another place", () => {
  test("start after the place before them", () => {
    expect(places("Movements were seen near Tarvik in Ossel Oblast and around Brenna Airport.").map((place) => place.words)).toEqual([
      "Movements were seen near Tarvik in Ossel Oblast",
      "around Brenna Airport",
    ]);
  });

  test("a bearing after a site says where the site lies", () => {
    expect(places("Officials evacuated 5,000 residents in the Tarvik River flood plain north of Lyon.")).toEqual([
      { words: "Officials evacuated 5,000 residents in the Tarvik River flood plain north of Lyon", place: "Tarvik River flood plain" },
    ]);
  });
});

describe("a clause opened by a place", () => {
  test("may name the time before the event", () => {
    expect(places("In Lyon, on Friday night, police arrested 30 protesters.")).toEqual([{ words: "In Lyon, on Friday night, police arrested", place: "Lyon" }]);
  });

  test("a sentence ending with a colon that introduces a list is read", () => {
    expect(places("As protests went on for a third night in Lyon, here is what happened elsewhere:").map((place) => place.place)).toEqual(["Lyon"]);
  });
});

describe("where a source sits and what dates a place", () => {
  test("a body in a place whose next verb is a speech verb is a source, not where the event was", () => {
    expect(places("Police in Tarvik district — where two deaths were reported — said the deaths were accidents.")).toEqual([]);
    expect(places("An aid agency in Ossel County said 300 refugees arrived on Monday.").map((place) => place.place)).not.toContain("Ossel County");
    // A body that acts there is no source.
    expect(places("Police in Lyon arrested 40 protesters on Sunday.").map((place) => place.place)).toEqual(["Lyon"]);
  });

  test("a year in a clause describing the place does not make the event background", () => {
    expect(places("Troops are also deploying in Tarvik, which the army seized in 2014.").map((place) => place.place)).toEqual(["Tarvik"]);
    expect(places("In 2014, troops were deployed in Tarvik, which lies on the border.")).toEqual([]);
  });
});
