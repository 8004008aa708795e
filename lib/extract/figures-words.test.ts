// Round 4 of issue 10's figure mechanisms, on invented sentences: figures in words and their
// ranges, counts named after their noun, compound counts sharing a verb, police at a rally,
// and figures that are not claims (none, a dateline year, city blocks, records and messages).
import { describe, expect, test } from "vitest";
import { findFigures } from "./numbers";
import { quantitiesIn as quantities, quantityTexts as texts } from "./testing";

function measures(text: string): Array<[string, string | null | undefined]> {
  return quantities(text).map((candidate) => [candidate.text, candidate.measure]);
}

describe("figures in words", () => {
  test("a range in words is a range, not the number one", () => {
    const [range] = quantities("Planners expect two to four million people to leave the delta.");
    expect(range).toMatchObject({ text: "two to four million people", lower: 2_000_000, upper: 4_000_000, qualifier: "range", unit: "people" });
    expect(quantities("Between three and five thousand villagers fled the valley.")[0]).toMatchObject({ lower: 3000, upper: 5000 });
  });

  test("lakhs and crores are counts of people, and money in crores is not a claim", () => {
    const proposed = quantities(
      "Nearly 1.6 lakh people fled the floods, officials said. The state released Rs 50 crore for relief; 2,50,000 people are in camps.",
    );
    expect(proposed.map((candidate) => [candidate.value, candidate.qualifier, candidate.unit])).toEqual([
      [160_000, "approx", "people"],
      [250_000, "exact", "people"],
    ]);
    expect(quantities("Between two and three lakh pilgrims gathered.")[0]).toMatchObject({ lower: 200_000, upper: 300_000, qualifier: "range" });
  });

  test("'and' joins the parts of one number only after a hundred or a thousand", () => {
    const figures = (text: string) => findFigures(text).map((figure) => figure.value);
    expect(figures("three hundred and fifty")).toEqual([350]);
    expect(figures("between two and four million")).toEqual([2, 4_000_000]);
  });

  test("a projection of what was just named points back to it", () => {
    const [projection] = quantities("The agency braced for an exodus of refugees, looking at ranges of one to three million into the region.");
    expect(projection).toMatchObject({ text: "one to three million", lower: 1_000_000, upper: 3_000_000, measure: "displaced" });
  });

  test("the group named as subject counts the figure after 'numbered' or 'totalled'", () => {
    expect(quantities("By nightfall the dead numbered 45, the governor said.")[0]).toMatchObject({ value: 45, unit: "killed", measure: "killed" });
    expect(quantities("Detainees totalled 310 across the province by Sunday.")[0]).toMatchObject({ value: 310, measure: "detained" });
  });

  test("one named as part of a toll is a claim, and counts a person", () => {
    const [child] = quantities("The dead included one child, the coroner's office said.");
    expect(child).toMatchObject({ text: "one child", value: 1, unit: "people", measure: "killed" });
    expect(texts("Among the injured was one firefighter from the next town.")).toEqual(["one firefighter"]);
  });
});

describe("what a figure counts", () => {
  test("members of a compound count share the verb after the last one", () => {
    expect(measures("The blast left eight adults and three pupils injured in the school yard.")).toEqual([
      ["eight adults", "injured"],
      ["three pupils", "injured"],
    ]);
    expect(measures("Twelve soldiers and two police officers were killed near the depot.")).toEqual([
      ["Twelve soldiers", "killed"],
      ["two police officers", "killed"],
    ]);
    // A noun that says what happened keeps it: "hundreds of dead and thousands of injured".
    expect(measures("Both sides reported hundreds of dead and thousands of injured.")).toEqual([
      ["hundreds of dead", "killed"],
      ["thousands of injured", "injured"],
    ]);
  });

  test("after a plural noun, 'killed' is its verb, not its unit", () => {
    expect(quantities("The storm left two passengers killed on the ridge.")[0]).toMatchObject({ text: "two passengers", unit: "people", measure: "killed" });
  });

  test("police at a rally are deployed, not marchers", () => {
    expect(measures("About 800 marchers faced 150 riot police in the square.")).toEqual([
      ["About 800 marchers", "participants"],
      ["150 riot police", "deployed"],
    ]);
  });

  test("a second noun joined after names belongs to the figure", () => {
    expect(texts("Hundreds of police and National Guard soldiers sealed off the bridge.")).toEqual(["Hundreds of police and National Guard soldiers"]);
  });

  test("verbs of crowds, detentions and people sleeping rough", () => {
    expect(measures("Witnesses said 900 people massed outside the stadium.")).toEqual([["900 people", "participants"]]);
    expect(measures("Officers rounded up 40 students near the campus gates.")).toEqual([["40 students", "detained"]]);
    expect(measures("About 6,000 residents spent the night outdoors after the tremor.")).toEqual([["About 6,000 residents", "displaced"]]);
    expect(measures("The floods forced 2,000 families to seek refuge in schools.")).toEqual([["2,000 families", "displaced"]]);
    expect(measures("The river burst its banks, driving 300 people from their homes.")).toEqual([["300 people", "displaced"]]);
    expect(measures("Organisers said 70 people were detained and that 600 people had showed up.")).toEqual([
      ["70 people", "detained"],
      ["600 people", "participants"],
    ]);
  });

  test("reporters, supporters and activists are people", () => {
    expect(quantities("The march drew 40 reporters and 300 supporters.").map((candidate) => candidate.unit)).toEqual(["people", "people"]);
  });
});

describe("figures that are not claims", () => {
  test("'no one' is none", () => {
    expect(texts("No one was hurt, but 14 vehicles were destroyed in the blaze.")).toEqual(["14 vehicles"]);
    expect(texts("Rescuers said no-one had been reported missing.")).toEqual([]);
  });

  test("the year of a date written before the text runs on", () => {
    expect(texts("By Staff Writers Denver (AFP) March 3, 2019 Residents counted 120 damaged homes.")).toEqual(["120 damaged homes"]);
  });

  test("city blocks are a distance; blocks of flats are buildings", () => {
    expect(texts("The march stretched over 25 blocks of the avenue.")).toEqual([]);
    expect(texts("The quake flattened 12 blocks of flats in the suburb.")).toEqual(["12 blocks"]);
  });

  test("records and messages people leave are not counted things", () => {
    expect(texts("Volunteers gathered roughly a thousand signatures and the hotline took 300 calls.")).toEqual([]);
    expect(texts("There were at least 40 unconfirmed reports of hail damage.")).toEqual([]);
    // Nor does the turnout before them make the figure a count of people.
    expect(texts("Turnout was high in the district, with 1.2 million ballots cast.")).toEqual([]);
  });
});

describe("head matter", () => {
  test("a vague headline amount that holds the body's figure is that figure said loosely", () => {
    expect(texts("Thousands flee the fighting\n\nMore than 5,000 people have fled the valley, the agency said.")).toEqual(["More than 5,000 people"]);
    expect(texts("Hundreds of homes destroyed by storm\n\nThe storm destroyed 420 homes in the county, officials said.")).toEqual(["420 homes"]);
  });

  test("a vague headline amount the body's figure falls outside of stays a claim", () => {
    expect(texts("Thousands flee the fighting\n\nMore than 50,000 people have fled the valley, the agency said.")).toEqual([
      "Thousands",
      "More than 50,000 people",
    ]);
  });
});
