// Round 5 of issue 10's figure mechanisms, on invented sentences: people on the move by what they
// are called, crowds watching an event and people under evacuation orders, a vague amount as the
// object of what is done to people, one as a toll ("one death", "killing one person"), a loose
// handful of people in a scene, and capacities, which are not claims.
import { describe, expect, test } from "vitest";
import { quantitiesIn as quantities, quantityTexts as texts } from "./testing";

function measures(text: string): Array<[string, string | null | undefined]> {
  return quantities(text).map((candidate) => [candidate.text, candidate.measure]);
}

describe("what a count of people says happened to them", () => {
  test("migrants and asylum seekers who arrive or land are displaced, not sent", () => {
    expect(measures("More than 600 migrants have arrived on the island since Friday, the coastguard said.")).toEqual([["More than 600 migrants", "displaced"]]);
    expect(measures("The port recorded the arrival of hundreds of asylum seekers overnight.")).toEqual([["hundreds of asylum seekers", "displaced"]]);
  });

  test("their own verb still speaks when it names a toll or an arrest", () => {
    expect(measures("At least 40 migrants drowned when the dinghy capsized.")).toEqual([["At least 40 migrants", "killed"]]);
    expect(measures("Border guards said 25 migrants were detained at the crossing.")).toEqual([["25 migrants", "detained"]]);
  });

  test("residents under an evacuation order are displaced", () => {
    expect(measures("Some 12,000 residents remained under a mandatory evacuation order on Monday.")).toEqual([["Some 12,000 residents", "displaced"]]);
  });
});

describe("figures named without their noun", () => {
  test("a vague amount as the object of what is done to people counts people", () => {
    const found = quantities("The fighting has killed thousands and forced millions from their homes.");
    expect(found.map((candidate) => [candidate.text, candidate.unit, candidate.measure, candidate.lower])).toEqual([
      ["thousands", "people", "killed", 2000],
      ["millions", "people", "displaced", 2_000_000],
    ]);
    expect(measures("The mudslides prompted hundreds to flee the hillside, the mayor said.")).toEqual([["hundreds", "displaced"]]);
  });

  test("a vague amount of something else keeps its own noun", () => {
    expect(texts("The blaze left thousands of hectares of forest charred.")).toEqual([]);
  });

  test("one death, one fatality: a noun that is itself a toll counts one", () => {
    expect(quantities("The provincial office said one death has been recorded in the valley.")[0]).toMatchObject({
      text: "one death",
      value: 1,
      measure: "killed",
    });
    expect(quantities("The outbreak has spread to three wards, with one fatality reported.").map((candidate) => candidate.text)).toEqual(["one fatality"]);
    expect(texts("It was one death too many for the village.")).toEqual([]);
  });
});

describe("capacities are not claims", () => {
  test("what a place or a machine can take is not a count of what happened", () => {
    expect(texts("The new shelter can hold up to 2,500 people, the council said.")).toEqual([]);
    expect(texts("Officials said two tankers can protect as many as 40 barns.")).toEqual([]);
    expect(texts("The stadium has a capacity of 45,000.")).toEqual([]);
  });

  test("a count followed by what it could do with no figure stays a count", () => {
    expect(texts("About 1,000 volunteers could hold a vigil on Sunday.")).toEqual(["About 1,000 volunteers"]);
    expect(texts("The shelter now holds 2,500 people, the council said.")).toEqual(["2,500 people"]);
  });
});

describe("a loose handful of people in a scene", () => {
  test("a handful to whom nothing counted happened is not a figure", () => {
    expect(texts("A dozen men surrounded the van, sticks in hand.")).toEqual([]);
    expect(texts("The two sides, made up of dozens of men, kicked each other in the street.")).toEqual([]);
  });

  test("a handful that was killed, arrested or sent, and several hundred, stay figures", () => {
    expect(texts("Police said a dozen men were arrested near the square.")).toEqual(["a dozen men"]);
    expect(texts("Several hundred residents gathered outside the town hall.")).toEqual(["Several hundred residents"]);
    expect(measures("Several reporters became victims of the air strike.")).toEqual([["Several reporters", "casualties"]]);
  });
});

describe("one as the object of a toll", () => {
  test("'killing one person', 'injured one person', 'the deaths of one soldier' count one", () => {
    const found = quantities("Artillery hit the market, killing one person and wounding 12 others.");
    expect(found.map((candidate) => [candidate.text, candidate.value, candidate.measure])).toEqual([
      ["one person", 1, "killed"],
      ["12 others", 12, "injured"],
    ]);
    expect(quantities("A medic confirmed the deaths of one soldier at the post.")[0]).toMatchObject({ text: "one soldier", unit: "troops", measure: "killed" });
    expect(quantities("Stewards detained one fan after the match.")[0]).toMatchObject({ text: "one fan", unit: "fan", measure: "detained" });
  });

  test("one that is not an object of a toll stays out", () => {
    expect(texts("The blast killed one of the commanders, the army said.")).toEqual([]);
    expect(texts("One official said the road was closed.")).toEqual([]);
  });
});

describe("members of armed groups count as people", () => {
  test("militants, insurgents and rebels are people, so their verbs count", () => {
    expect(quantities("A medic confirmed the deaths of one soldier and two militants.").map((found) => [found.text, found.unit, found.measure])).toEqual([
      ["one soldier", "troops", "killed"],
      ["two militants", "people", "killed"],
    ]);
    expect(measures("The patrol returned fire and at least 25 insurgents were killed.")).toEqual([["at least 25 insurgents", "killed"]]);
    expect(measures("Three rebels were captured near the bridge, the army said.")).toEqual([["Three rebels", "detained"]]);
  });
});

describe("more of the same", () => {
  test("'five more' belongs to the figure, as 'another five' does", () => {
    expect(
      quantities("At least 10 people died in the district, and five more were missing, the governor said.").map((found) => [found.text, found.measure]),
    ).toEqual([
      ["At least 10 people", "killed"],
      ["five more", "missing"],
    ]);
  });
});

describe("places counted as where, not what", () => {
  test("'in all three countries' points back; soldiers 'from 14 installations' are counted, the bases are not", () => {
    expect(texts("In all three countries, survivors searched the rubble for victims.")).toEqual([]);
    expect(texts("Officials said 900 soldiers from 14 installations were sent to the border.")).toEqual(["900 soldiers"]);
  });
});
