// Round 6 of issue 10's figure mechanisms, on invented sentences: counts with no noun after
// them ("Twenty-nine were arrested", "3,250 are still missing"), a count opening a sentence
// that is no one's name, and a source closing a long sentence behind words that qualify it
// ("…, Kenyan officials said") or after a phrase with a preposition ("… in court, police said").
import { describe, expect, test } from "vitest";
import { chainOf, quantitiesIn } from "./testing";

const read = (text: string) => quantitiesIn(text).map((candidate) => [candidate.text, candidate.value, candidate.measure]);
const chains = (text: string) => quantitiesIn(text).map((candidate) => [candidate.text, chainOf(candidate)]);

describe("a count whose verb says what it counts", () => {
  test("people held or missing need no noun after the figure", () => {
    expect(read("The harbour master said 41 were arrested after the brawl.")).toEqual([["41", 41, "detained"]]);
    expect(read("Rescuers said 3,250 are still missing in the flooded valley.")).toEqual([["3,250", 3250, "missing"]]);
    expect(read("The council said 16 had been detained overnight.")).toEqual([["16", 16, "detained"]]);
  });

  test("a count in words opening a sentence is a figure, not a name", () => {
    expect(read("Fans fought stewards outside the ground. Thirty-four were arrested for disorder.")).toEqual([["Thirty-four", 34, "detained"]]);
    expect(read("The bus left the road near the pass. Seven were killed.")).toEqual([["Seven", 7, "killed"]]);
  });

  test("a year before a verb is still no count", () => {
    expect(read("The hall was finished in 1998. In 2004 were held the national games.")).toEqual([]);
  });
});

describe("elliptical counts in a breakdown", () => {
  test("a figure after a toll verb needs no noun", () => {
    expect(read("Shelling on the town killed three people and wounded 11.")).toEqual([
      ["three people", 3, "killed"],
      ["11", 11, "injured"],
    ]);
    expect(read("The cyclone has killed 140 in the delta, while 30 people drowned inland.")).toEqual([
      ["140", 140, "killed"],
      ["30 people", 30, "killed"],
    ]);
    expect(read("The medic was wounded 3 times.")).toEqual([]);
  });

  test("a breakdown by year after 'includes' counts what the paragraph counted last", () => {
    expect(
      read("The county has had 57 storm deaths. This includes 41 in 2019 and 16 in May 2020 (9 in Alder and 7 in Brook).").map((entry) => entry[2]),
    ).toEqual(["killed", "killed", "killed", "killed", "killed"]);
  });

  test("a bare figure joined to a counted one by a participle counts the same", () => {
    expect(read("About 2,100 homes were destroyed and 7,400 damaged by the flood.")).toEqual([
      ["About 2,100 homes", 2100, "other"],
      ["7,400", 7400, "other"],
    ]);
  });
});

describe("a source closing a sentence", () => {
  test("capitalised words that qualify the source do not hide it", () => {
    expect(chains("A landslide buried 23 miners at the quarry, Peruvian officials said on Monday, the worst accident in a decade.")).toEqual([
      ["23 miners", ["officials (originator)"]],
    ]);
    expect(chains("More than 140 people were held during the march, Nigerian police said.")).toEqual([["More than 140 people", ["police (originator)"]]]);
  });

  test("a phrase ending in a common noun after a preposition does not hide the source after its comma", () => {
    expect(chains("Most of the 61 arrests led to fines payable in court, police said.")).toEqual([["61 arrests", ["police (originator)"]]]);
    expect(chains("About 9,000 people sheltered in four districts, the agency said.")[0]?.[1]).toEqual(["agency (originator)"]);
    expect(chains("In Ohio, police said 14 people were hurt.")).toEqual([["14 people", ["police (originator)"]]]);
  });

  test("a place after a town is still no subject", () => {
    expect(chains("Camp Ridge, located near Lodi, California, confirmed that 30 campers were evacuated.")).toEqual([
      ["30 campers", ["Camp Ridge (originator)"]],
    ]);
  });
});

describe("a source named right after its figure", () => {
  test("'as stated by' closes a sentence as 'according to' does", () => {
    expect(chains("The number of people killed in the district has risen to 418, as stated by the Regional Health Bureau on Friday.")).toEqual([
      ["418", ["Regional Health Bureau (originator)"]],
    ]);
  });

  test("'according to' with no comma after a figure vouches for that figure, not the sentence's subject", () => {
    expect(chains("Lyon claimed the largest crowd - 40,000 according to police, and Nantes reported 12,000.")[0]).toEqual(["40,000", ["police (originator)"]]);
    expect(chains("The rally drew 7,000 people according to the prefecture.")).toEqual([["7,000 people", ["prefecture (originator)"]]]);
  });
});

describe("a source carried into the next paragraph", () => {
  test("'it went on to say' is the body's saying verb, and 'it' points back to it", () => {
    const found = chains(
      "Protesters blocked the bridge, the Transport Authority said.\n\nIt went on to say that the clashes led to the arrest of nine drivers.",
    );
    expect(found).toEqual([["nine drivers", ["Transport Authority (originator)"]]]);
  });
});
