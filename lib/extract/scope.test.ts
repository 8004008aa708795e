import { describe, expect, test } from "vitest";
import { quantitiesIn } from "./testing";

const scopes = (text: string) => quantitiesIn(text).map((candidate) => [candidate.text, candidate.scopePlace]);

describe("the area a figure covers", () => {
  test("is the place its own sentence ties an event to", () => {
    expect(scopes("Rescuers said 14 people were found dead in Tromso after the avalanche.")).toEqual([["14 people", "Tromsø"]]);
  });

  test("otherwise the place the report's opening ties its story to, the widest one", () => {
    const text = [
      "Floods swept through Piedmont on Sunday, and rescuers reached the village of Ceva at dawn.",
      "Officials later put the number of dead at 23.",
    ].join("\n\n");
    expect(scopes(text)).toContainEqual(["23", "Piedmont"]);
  });

  test("is not a reference point for a bearing, nor where a source spoke", () => {
    const text = "The quake struck 300 miles west of Lima, in Huancavelica, killing 41 people.";
    expect(scopes(text)[0]?.[1]).not.toBe("Lima");
    expect(scopes("At least 61 migrants drowned, a spokesman told a briefing in Geneva.")[0]?.[1]).toBeNull();
  });

  test("is not a place named in a dated photo caption or background event", () => {
    const text = "Soldiers patrol the river on Sept. 11, 2019 in Laredo, Texas.\n\nThe army said it would send 900 troops.";
    expect(scopes(text).find(([words]) => words === "900 troops")?.[1]).not.toBe("Laredo");
  });

  test("is never a month or a day that a town's name shares", () => {
    const text = "Tarvik District has recorded 30 cholera cases since August.\n\nOne more death raised the toll to 13 since the outbreak in August 2023.";
    expect(scopes(text).map(([, place]) => place)).not.toContain("August");
  });

  test("a share of a place ('across much of X') is scoped to the place; each count of a list to its own place", () => {
    expect(scopes("Floods wrought havoc across much of Pakistan as 36 more died, taking the toll to 1,162.")).toEqual([
      ["36 more", "Pakistan"],
      ["1,162", "Pakistan"],
    ]);
    expect(scopes("The storms killed 30 people in Tarvik, 12 in Ossel and 9 in Marn.").map(([, place]) => place)).toEqual(["Tarvik", "Ossel", "Marn"]);
  });

  test("a figure whose own clause covers a whole area ('across X', 'nationwide') covers it, not another clause's town", () => {
    expect(
      scopes("Floods hit Pakistan again this week. The floods killed 40 people in Sindh on Monday, and damaged 10,000 houses across the country."),
    ).toEqual([
      ["40 people", "Sindh"],
      ["10,000 houses", "Pakistan"],
    ]);
    expect(scopes("The storm killed 12 people in Tarvik County and forced 3,000 people to flee across Kenya.")).toEqual([
      ["12 people", "Tarvik county"],
      ["3,000 people", "Kenya"],
    ]);
    // No country named: a nationwide figure is not the province's.
    expect(scopes("Floods killed 40 people in Sindh, while 200 people died nationwide, the authority said.")[1]).toEqual(["200 people", null]);
  });

  test("a place that records a count in its own clause scopes that count", () => {
    const text = "The national toll climbed to 43.\nFree State Province accounts for 6%, with 11 cases, North West has recorded 5 cases.";
    expect(scopes(text)).toContainEqual(["11 cases", "Free State province"]);
    expect(scopes(text)).toContainEqual(["5 cases", "North West"]);
  });

  test("the story's region gives way to the settlement a later sentence says the incident happened in; a figure's own place stays", () => {
    const text = [
      "Shelling hit a village in Russia's Bryansk region on Saturday, the governor said.",
      "Four civilians died, he said.",
      "The village of Lesnovo, where the incident occurred, is about 10 km from the border.",
    ].join("\n\n");
    expect(scopes(text)).toEqual([["Four civilians", "Lesnovo"]]);
    const own = "Four civilians died in Russia's Bryansk region on Saturday.\n\nThe village of Lesnovo, where the incident occurred, lies nearby.";
    expect(scopes(own)[0]?.[1]).not.toBe("Lesnovo");
    // Two such settlements leave each figure where its own clause puts it.
    const two = `${text}\n\nThe town of Merkino, where the attack happened, lies further east.`;
    expect(scopes(two)[0]?.[1]).not.toBe("Lesnovo");
    // A town's own scope stays.
    expect(scopes("Four people died in Tromso on Saturday.\n\nThe village of Lesnovo, where the fire occurred, lies nearby.")[0]?.[1]).toBe("Tromsø");
  });
});
