// Issue 10's figure mechanisms (branch figures7), on invented sentences: two close figures
// joined by "or" as a range, a participle describing the counted noun after it, one casualty
// with an adverb or a manner inside its verb group, "gone missing", and counts of
// administrative divisions, which say how far an event reached rather than what it befell.
import { describe, expect, test } from "vitest";
import { quantitiesIn as quantities, quantityTexts as texts } from "./testing";

describe("two figures joined by 'or'", () => {
  test("close figures are the writer's uncertainty between them: a range", () => {
    expect(quantities("Rescuers said 12 or 13 workers were still unaccounted for.")[0]).toMatchObject({
      text: "12 or 13 workers",
      value: null,
      lower: 12,
      upper: 13,
      qualifier: "range",
      measure: "missing",
    });
    expect(texts("Witnesses saw two or three trucks burning on the bridge.")).toEqual(["two or three trucks"]);
    expect(quantities("Witnesses saw two or three trucks burning on the bridge.")[0]).toMatchObject({ lower: 2, upper: 3, qualifier: "range" });
  });

  test("figures far apart, or each with its own noun, stay two figures", () => {
    expect(texts("Officials said 5 or 40 families could be moved, depending on the weather.")).toEqual(["5", "40 families"]);
    expect(texts("Rebels seized 30 rifles or 4 mortars, the report said.")).toEqual(["30 rifles", "4 mortars"]);
  });
});

describe("a participle before the counted noun", () => {
  test("describes the noun, which is what is counted; the participle gives the measure", () => {
    expect(quantities("Medics treated 12 wounded Palestinian civilians at the clinic.")[0]).toMatchObject({
      text: "12 wounded Palestinian civilians",
      unit: "civilians",
      measure: "injured",
    });
    expect(quantities("Patrols searched for two missing American soldiers on Sunday.")[0]).toMatchObject({
      text: "two missing American soldiers",
      unit: "troops",
      measure: "missing",
    });
  });

  test("a participle with no noun after it in its clause still counts its own", () => {
    expect(quantities("Nine dead and 20 injured were counted by noon.").map((found) => [found.text, found.measure])).toEqual([
      ["Nine dead", "killed"],
      ["20 injured", "injured"],
    ]);
    // A headline's last word does not reach the first noun of the next paragraph.
    expect(texts("Storm leaves 40 dead\n\nRescue teams searched the valley on Monday.")).toEqual(["40 dead"]);
  });
});

describe("one casualty", () => {
  test("an adverb or the manner of it may stand inside the verb group", () => {
    expect(quantities("One guard was seriously injured, police said.")[0]).toMatchObject({ value: 1, measure: "injured" });
    expect(quantities("A witness said one neighbour was shot and killed outside.")[0]).toMatchObject({ value: 1, unit: "people", measure: "killed" });
    expect(texts("One officer was hurt in the scuffle.")).toEqual(["One officer"]);
  });

  test("one who only speaks is still not a figure", () => {
    expect(texts("One soldier said the road was shot up and closed.")).toEqual([]);
  });
});

describe("the missing", () => {
  test("'have gone missing' counts the missing, as 'are missing' does", () => {
    expect(quantities("Rangers say 129 have gone missing since the flood.")[0]).toMatchObject({ value: 129, measure: "missing" });
    expect(quantities("Eight went missing when the boat capsized.")[0]).toMatchObject({ value: 8, measure: "missing" });
  });
});

describe("administrative divisions", () => {
  test("how many districts, counties or states an event reached is not a claim", () => {
    expect(texts("Storms struck at least seven states and 20 counties overnight.")).toEqual([]);
    expect(texts("Twenty five districts saw the worst of the flooding.")).toEqual([]);
  });

  test("a count in a place named before 'districts' stays a claim, and so does 'United States'", () => {
    expect(texts("Rice reached 5,000 victims in Surkhet and 6,334 in Banke districts.")).toEqual(["5,000 victims", "6,334"]);
    expect(texts("The storm killed 3 United States sailors.")).toEqual(["3 United States sailors"]);
  });
});

describe("one figure shared by two nouns", () => {
  test("a second plural noun after 'and' belongs to the same figure", () => {
    expect(texts("The explosion killed 14 soldiers and police officers, officials said.")).toEqual(["14 soldiers and police officers"]);
    expect(texts("Gunmen killed 12 villagers and herders near the well.")).toEqual(["12 villagers and herders"]);
  });

  test("a second figure, a verb or a new clause after 'and' is not shared", () => {
    expect(texts("The raid killed two soldiers and three civilians, the army said.")).toEqual(["two soldiers", "three civilians"]);
    expect(texts("The army killed 14 soldiers and says more died.")).toEqual(["14 soldiers"]);
    expect(texts("They killed 5 people and burned homes.")).toEqual(["5 people"]);
  });
});

describe("people in '-men'", () => {
  test("'fishermen' is a plural of people, and what befell them is the measure", () => {
    expect(quantities("Divers said 12 or 13 fishermen were still missing.")[0]).toMatchObject({
      text: "12 or 13 fishermen",
      lower: 12,
      upper: 13,
      measure: "missing",
    });
  });
});
