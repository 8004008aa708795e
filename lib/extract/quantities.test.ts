import { describe, expect, test } from "vitest";
import { quantitiesIn } from "./testing";

const quantities = (text: string) =>
  quantitiesIn(text).map(({ text: words, value, lower, upper, qualifier, unit }) => ({ words, value, lower, upper, qualifier, unit }));

function only(text: string) {
  const found = quantities(text);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("qualifiers", () => {
  test.each([
    ["Officials said up to 5,000 troops were sent.", "up to 5,000 troops", "up_to", { lower: null, upper: 5000 }],
    ["Officials said as many as 5,000 troops were sent.", "as many as 5,000 troops", "up_to", { lower: null, upper: 5000 }],
    ["Officials said about 5,000 troops were sent.", "about 5,000 troops", "approx", { lower: null, upper: null }],
    ["Officials said some 5,000 troops were sent.", "some 5,000 troops", "approx", { lower: null, upper: null }],
    ["Officials said nearly 5,000 troops were sent.", "nearly 5,000 troops", "approx", { lower: null, upper: null }],
    ["Officials said more than 5,000 troops were sent.", "more than 5,000 troops", "more_than", { lower: 5000, upper: null }],
    ["Officials said over 5,000 troops were sent.", "over 5,000 troops", "more_than", { lower: 5000, upper: null }],
    ["Officials said at least 5,000 troops were sent.", "at least 5,000 troops", "at_least", { lower: 5000, upper: null }],
    ["Officials said no more than 5,000 troops were sent.", "no more than 5,000 troops", "at_most", { lower: null, upper: 5000 }],
    ["Officials said 5,000 or more troops were sent.", "5,000 or more troops", "at_least", { lower: 5000, upper: null }],
  ])("%s", (text, words, qualifier, bounds) => {
    expect(only(text)).toEqual({ words, value: 5000, qualifier, unit: "troops", ...bounds });
  });

  test("'could rise to' bounds a figure that points back to the unit counted before", () => {
    expect(quantities("Officials confirmed 1,500 troops had arrived, with sources suggesting the number could rise to 12,000.")).toEqual([
      { words: "1,500 troops", value: 1500, lower: null, upper: null, qualifier: "exact", unit: "troops" },
      { words: "could rise to 12,000", value: 12000, lower: null, upper: 12000, qualifier: "up_to", unit: "troops" },
    ]);
  });
});

describe("ranges", () => {
  test.each([
    ["Officials said 11,000–12,000 soldiers were moved.", "11,000–12,000 soldiers", 11000, 12000],
    ["Officials said between 20,000 and 30,000 troops were moved.", "between 20,000 and 30,000 troops", 20000, 30000],
    ["Officials said 1.5 to 2 million people had fled.", "1.5 to 2 million people", 1500000, 2000000],
  ])("%s", (text, words, lower, upper) => {
    expect(only(text)).toMatchObject({ words, value: null, lower, upper, qualifier: "range" });
  });
});

describe("units", () => {
  test("counts soldiers, personnel and servicemen all as troops", () => {
    expect(quantities("Officials said 300 soldiers, 200 personnel and 100 servicemen were sent.").map((found) => found.unit)).toEqual([
      "troops",
      "troops",
      "troops",
    ]);
  });

  test("takes the unit past nationalities and describing words", () => {
    expect(only("Officials said 1,500 North Korean troops arrived.")?.words).toBe("1,500 North Korean troops");
    expect(only("Officials said at least five fuel depots were hit.")).toMatchObject({ words: "at least five fuel depots", unit: "depots" });
  });

  test("makes 'four brigades, totaling 12,000 soldiers' one claim of 12,000 troops", () => {
    expect(quantities("The agency said the North intends to mobilize four brigades, totaling 12,000 soldiers, to fight.")).toEqual([
      { words: "four brigades, totaling 12,000 soldiers", value: 12000, lower: null, upper: null, qualifier: "exact", unit: "troops" },
    ]);
  });

  test("reads the unit from the verb when it comes after ('200 were killed')", () => {
    expect(only("One of the officials said that 200 were killed.")).toMatchObject({ words: "200", value: 200, unit: "killed" });
  });

  test("counts a part in the unit of its whole ('58 of the 72 drones')", () => {
    expect(quantities("The General Staff said it had shot down 58 of the 72 drones.").map((found) => [found.words, found.unit])).toEqual([
      ["58", "drones"],
      ["72 drones", "drones"],
    ]);
  });

  test("'a further', 'another' and 'of them' count more of the same", () => {
    expect(quantities("The agency said 2,500 fighters were trained and a further 1,000 were expected.").map((found) => [found.words, found.unit])).toEqual([
      ["2,500 fighters", "troops"],
      ["a further 1,000", "troops"],
    ]);
    expect(quantities("Russia launched 72 drones; the air force said it destroyed 58 of them.").at(-1)).toMatchObject({ words: "58 of them", unit: "drones" });
  });

  test("reads a '-strong' force as troops", () => {
    expect(only("Officials said a 5,000-strong force was sent.")).toMatchObject({ words: "5,000-strong force", unit: "troops" });
  });
});

describe("figures that are not claims", () => {
  test.each([
    ["a year", "Officials said troops were sent in 2024 and 2025."],
    ["a date", "Officials said on 12 October and October 18 that nothing happened."],
    ["an age", "A 25-year-old soldier, aged 25, said he was 25 years old."],
    ["a time of day", "The ministry said at 10:30 and 7 p.m. that the troops left."],
    ["a percentage", "Officials said 30% of the budget and 40 percent of the units were lost."],
    ["an ordinal", "The 155th Brigade and the 3rd Division said troops were ready."],
    ["a page or article number", "On page 31, article 5 and No. 7 mention troops."],
    ["a designation or calibre", "Su-34 jets, S-400 launchers and 152mm howitzers were seen."],
    ["a sum of money", "Officials said $50 million and 300 euros were paid to troops."],
    ["a ratio", "About one in five recruits had been killed."],
    ["a distance or duration", "Troops moved 40 km in 3 days."],
    ["a vote tally", "The court issued a 5-4 ruling after lawmakers voted 52-48 and the motion passed by 310 votes to 250."],
    ["a sports score", "The home side won 3-1 after their striker scored 25 points and two goals."],
    ["a polling margin", "The governing party fell five percentage points behind."],
    ["a name or rank", "Phase 2 of the plan, a category 5 hurricane warning and a level 4 alert were issued at Terminal 2."],
    ["a ranking", "The city is among the top 10 and its team is ranked 3 this year."],
    ["a telephone number", "Residents can call +44 20 7946 0958 or the hotline (555) 123-4567 for help."],
    ["a street address", "Protesters gathered outside 10 Downing Street and 1600 Pennsylvania Avenue."],
    ["a price in rupees or naira", "Fuel rose to Rs 300 a litre, and bread to 1,200 naira."],
    ["a superlative", "It was one of the largest floods on record."],
    ["a street address (but not people on a road)", "Protesters met at 221 Baker Street."],
    ["places where something happened", "The evacuees came from 19 towns and stayed in 208 evacuation centres in one of seven tribal districts."],
    ["a multiplier", "The toll is now more than six times the number given a day earlier."],
  ])("skips %s", (_reason, text) => {
    expect(quantities(text)).toEqual([]);
  });

  test("skips a share of a head count too: percentages are not claims (issue 10)", () => {
    expect(quantities("Officials said 30% of the troops and 60 per cent of those injured were men.")).toEqual([]);
  });

  test("keeps a count after a word that can also name a phase or level", () => {
    expect(quantities("At this stage 300 people are missing, and Phase 2 was delayed.").map((found) => found.words)).toEqual(["300 people"]);
  });

  test("a verb between a figure and a noun ends the figure's words ('more than 80 remained missing')", () => {
    expect(quantities("At least 12 people died, more than 80 remained missing and 40 homes were buried.").map((found) => found.words)).toEqual([
      "At least 12 people",
      "more than 80",
      "40 homes",
    ]);
  });

  test("keeps a count of people on a road or in a square", () => {
    expect(quantities("Police said 30 people on the main road and 2 people per square metre were hurt.").map((found) => found.words)).toContain("30 people");
  });

  test("a list of counted nouns is one figure's words", () => {
    expect(quantities("Officials said about 3,000 men, women, and children had crossed.").map((found) => found.words)).toEqual([
      "about 3,000 men, women, and children",
    ]);
  });

  test("keeps a total of places as a count", () => {
    expect(quantities("A total of 35 countries contribute forces.").map((found) => found.words)).toEqual(["A total of 35 countries"]);
  });

  test("a bare figure after an estimate with a describing word, or before a crowd verb, is a claim", () => {
    expect(quantities("Organisers counted 5,000 marchers. His unofficial estimate was 8,000 to 9,000.").map((found) => found.words)).toContain(
      "8,000 to 9,000",
    );
    expect(quantities("Police said between 4,000 and 6,000 showed up at the square.")).toMatchObject([{ words: "between 4,000 and 6,000", unit: "people" }]);
  });

  test("a qualified figure set off by dashes counts what was just counted", () => {
    expect(
      quantities("More than 900 refugees arrived this week. Most of them \u2013 just under 600 \u2013 stay in tents.").map((found) => found.words),
    ).toEqual(["More than 900 refugees", "just under 600"]);
  });

  test("a list after a collective noun is one figure's words too", () => {
    expect(quantities("Officials said 700 police, soldiers and residents searched the hillside.").map((found) => found.words)).toEqual([
      "700 police, soldiers and residents",
    ]);
  });

  test("keeps a range of counts written with a dash", () => {
    expect(quantities("Officials said 400-600 people and 1,000-2,000 troops were moved.").map((found) => found.words)).toEqual([
      "400-600 people",
      "1,000-2,000 troops",
    ]);
  });

  test("skips a number that is part of who is speaking", () => {
    expect(quantities("Two residents said they had counted at least 40 trucks.").map((found) => found.words)).toEqual(["at least 40 trucks"]);
  });
});
