import { describe, expect, test } from "vitest";
import { dateLineBefore } from "./dates";
import { extractDetailed } from "./index";

function dates(text: string, publishedAt?: string) {
  const [first] = extractDetailed(text, { publishedAt });
  return { claimedAt: first?.claimedAt, periodStart: first?.periodStart, periodEnd: first?.periodEnd };
}

describe("dates, counted from the publication date", () => {
  test("a day beside the attribution verb is when the claim was made", () => {
    expect(dates("The ministry said on Tuesday that 40 people were killed.", "2024-10-18")).toEqual({
      claimedAt: "2024-10-15",
      periodStart: null,
      periodEnd: null,
    });
  });

  test("'last week' is the period the claim is about, Monday to Sunday", () => {
    expect(dates("Officials said 3,000 troops arrived last week.", "2024-10-18")).toEqual({
      claimedAt: "2024-10-18",
      periodStart: "2024-10-07",
      periodEnd: "2024-10-13",
    });
  });

  test("'in October' is the whole month", () => {
    expect(dates("Officials said 3,000 troops arrived in October.", "2024-11-20")).toMatchObject({ periodStart: "2024-10-01", periodEnd: "2024-10-31" });
  });

  test("without a publication date nothing is resolved", () => {
    expect(dates("Officials said 3,000 troops arrived last week.")).toEqual({ claimedAt: null, periodStart: null, periodEnd: null });
  });
});

describe("background years", () => {
  test("the year nearest the figure is its period", () => {
    const found = extractDetailed("A 1970 quake killed 15,000 people, and another killed more than 1,400 in 1974.", { publishedAt: "2014-08-03" });
    expect(found.map((candidate) => candidate.periodStart)).toEqual(["1970-01-01", "1974-01-01"]);
  });

  test("'since 1989, when' names the earlier event; 'since the war began in 2011' starts a count", () => {
    expect(dates("It is the largest since 1989, when over a million people protested.", "2019-06-10")).toMatchObject({ periodStart: "1989-01-01" });
    expect(dates("The monitor said 300,000 civilians had been displaced, the most since the war began in 2011.", "2019-10-18").periodStart).not.toBe(
      "2011-01-01",
    );
  });

  test("a named earlier year needs no publication date", () => {
    expect(dates("The death count in the 2023 fire was 102.")).toMatchObject({ periodStart: "2023-01-01", periodEnd: "2023-12-31" });
  });
});

test("'during the same period' takes the period of the figure before it", () => {
  const found = extractDetailed(
    "The toll since October 7 has reached 900 people, the ministry said. The number of injured during the same period rose to 4,000.",
    {
      publishedAt: "2023-12-03",
    },
  );
  expect(found.filter((candidate) => candidate.kind === "quantity").map((candidate) => candidate.periodStart)).toEqual(["2023-10-07", "2023-10-07"]);
});

function periods(text: string, publishedAt?: string) {
  return extractDetailed(text, { publishedAt })
    .filter((candidate) => candidate.kind === "quantity")
    .map((candidate) => ({ text: candidate.text, claimedAt: candidate.claimedAt, periodStart: candidate.periodStart, periodEnd: candidate.periodEnd }));
}

describe("days and periods a report names (branch periods4)", () => {
  test("a bare weekday is the one just past, unless the sentence points forward", () => {
    // 2024-10-18 is a Friday.
    expect(dates("Police said 30 people were detained on Sunday.", "2024-10-18")).toMatchObject({ periodStart: "2024-10-13", periodEnd: "2024-10-13" });
    expect(dates("The ministry will deploy 500 troops on Sunday.", "2024-10-18")).toMatchObject({ periodStart: "2024-10-20" });
  });

  test("'the march' and 'may' in lower case are not months", () => {
    expect(dates("Around 2,000 people joined the march, organisers said.", "2024-10-18")).toMatchObject({ periodStart: null });
  });

  test("two digits after a day's comma are the next figure, not a year", () => {
    expect(dates("Since May 1, 66 soldiers have died in combat.", "2003-08-26")).toMatchObject({ periodStart: "2003-05-01", periodEnd: "2003-08-26" });
  });

  test("'the first week of June' is that week, not the month", () => {
    expect(dates("Twelve soldiers were killed during the first week of June.", "2004-06-20")).toMatchObject({
      periodStart: "2004-06-01",
      periodEnd: "2004-06-07",
    });
  });

  test("'so far this month' runs to the day the figure is told", () => {
    expect(dates("So far this month, 40 soldiers have been killed.", "2006-10-18")).toMatchObject({ periodStart: "2006-10-01", periodEnd: "2006-10-18" });
  });

  test("a count since a named start runs from it to the report's day", () => {
    expect(dates("Since the war began in March 2003, 800 soldiers have died.", "2004-06-08")).toMatchObject({
      periodStart: "2003-03-01",
      periodEnd: "2004-06-08",
    });
    expect(dates("More than 500 people have been killed since February 2022, the agency said.", "2024-10-18")).toMatchObject({
      periodStart: "2022-02-01",
      periodEnd: "2024-10-18",
    });
  });

  test("'as of' a day dates the figure to that day", () => {
    expect(dates("As of Sunday, 120 people had been detained.", "2024-10-22")).toMatchObject({ periodStart: "2024-10-20", periodEnd: "2024-10-20" });
  });

  test("a dateline's weekday resolves against the publication date", () => {
    expect(dates("KYIV, March 3 (Reuters) - Shelling killed 12 civilians on Thursday, officials said.", "2022-03-04")).toMatchObject({
      periodStart: "2022-03-03",
    });
  });
});

describe("a date line stands in for a missing publication date", () => {
  test("it resolves the days a sentence names, but does not date a sentence that names none", () => {
    expect(periods("Tuesday, May 14, 2024\n\nThe ministry said on Tuesday that 40 people were killed.\n\nFive people were wounded.")).toEqual([
      { text: "40 people", claimedAt: "2024-05-14", periodStart: null, periodEnd: null },
      { text: "Five people", claimedAt: null, periodStart: null, periodEnd: null },
    ]);
  });

  test("a photo caption that ends with a date before its credit is a date line; a date inside a story sentence is not", () => {
    expect(dateLineBefore("Soldiers stand guard near the town, March 4, 2022. AGENCY/Jane Doe\n\nThe army said on Friday.", 90)).toBe("2022-03-04");
    expect(dateLineBefore("A long sentence of the story says the quake struck on April 25, 2015 and destroyed many villages in the hills.\nMore.", 120)).toBe(
      undefined,
    );
  });
});

describe("a later figure counts the event the report dated", () => {
  test("a sentence that points back to the dated event takes its day; a standing count does not", () => {
    // 2024-10-21 is a Monday.
    expect(
      periods(
        "Gunmen attacked a checkpoint on Sunday, killing two soldiers, officials said.\n\nAn official said six soldiers were wounded in the attack.\n\nPolice said 40 people have been arrested.",
        "2024-10-21",
      ).map((found) => [found.text, found.periodStart]),
    ).toEqual([
      ["two soldiers", "2024-10-20"],
      ["six soldiers", "2024-10-20"],
      ["40 people", null],
    ]);
  });

  test("a running total keeps its own reading, and a figure-less sentence dates the story only with one day", () => {
    const found = periods(
      "Protesters marched through the capital on Saturday.\n\nOrganisers put the crowd at 5,000.\n\nThe toll of the protests has reached 12 dead.",
      "2024-10-21",
    );
    expect(found.map((entry) => [entry.text, entry.periodStart])).toEqual([
      ["5,000", "2024-10-19"],
      ["12 dead", null],
    ]);
  });
});

describe("several figures in one sentence, each with its own date (branch periods5)", () => {
  const periods = (text: string, publishedAt: string) =>
    extractDetailed(text, { publishedAt })
      .filter((candidate) => candidate.kind === "quantity")
      .map((candidate) => [candidate.text, candidate.periodStart, candidate.periodEnd]);

  test("a date right after each of two figures is that figure's", () => {
    expect(periods("Storms killed 12 people in 2009 and as many as 340 people last year.", "2021-03-10")).toEqual([
      ["12 people", "2009-01-01", "2009-12-31"],
      ["as many as 340 people", "2020-01-01", "2020-12-31"],
    ]);
  });

  test("a date inside an aside that holds a figure is the aside's; the rest of the sentence dates the other", () => {
    expect(periods("About 300 people, including 25 in Oregon last month alone, have drowned since January 2019.", "2020-06-04")).toEqual([
      ["About 300 people", "2019-01-01", "2020-06-04"],
      ["25", "2020-05-01", "2020-05-31"],
    ]);
  });

  test("a date in another figure's apposition after it does not date the first", () => {
    const [arrived, approved] = periods(
      "About 200 Kenyan police officers have arrived in Haiti, officials said, the first of 2,500 officers approved by the council last year.",
      "2024-06-26",
    );
    expect(arrived).toEqual(["About 200 Kenyan police officers", null, null]);
    expect(approved?.slice(1)).toEqual(["2023-01-01", "2023-12-31"]);
  });

  test("a breakdown in brackets takes the date of the figure before it", () => {
    expect(periods("Floods killed 31 people in 2019 and 9 people in May 2020 (4 people in Alder and 5 people in Birch).", "2020-06-10").slice(1)).toEqual([
      ["9 people", "2020-05-01", "2020-05-31"],
      ["4 people", "2020-05-01", "2020-05-31"],
      ["5 people", "2020-05-01", "2020-05-31"],
    ]);
  });

  test("a later clause without a date goes on in the time of the earlier one", () => {
    expect(
      periods("Three soldiers were killed on Sunday in an ambush near the border, while four attackers died in the exchange of fire.", "2019-09-16").map(
        (row) => row[1],
      ),
    ).toEqual(["2019-09-15", "2019-09-15"]);
  });

  test("a year that names an event dates every figure about it", () => {
    expect(periods("The toll of the 2017 mudslide was 41, far below the 300 people first feared buried.", "2019-02-01").map((row) => row[1])).toEqual([
      "2017-01-01",
      "2017-01-01",
    ]);
  });
});

describe("spans and months told in the past (branch periods5)", () => {
  test("'in the past 24 hours' runs from the day before to the day told", () => {
    expect(dates("The ministry said 40 people were killed in the past 24 hours.", "2024-03-26")).toMatchObject({
      periodStart: "2024-03-25",
      periodEnd: "2024-03-26",
    });
  });

  test("'last year' is the whole calendar year", () => {
    expect(dates("Floods killed 90 people in the province last year.", "2016-05-02")).toMatchObject({ periodStart: "2015-01-01", periodEnd: "2015-12-31" });
  });

  test("'since May' told in December is the May just past, even in a sentence about the future", () => {
    expect(dates("The new units would join the 9,000 troops sent to the region since May, officials said.", "2019-12-06")).toMatchObject({
      periodStart: "2019-05-01",
      periodEnd: "2019-12-06",
    });
  });

  test("'late in the day' is the day told of, not the next", () => {
    expect(dates("The group said 57 people were detained late in the day.", "2020-07-15")).toMatchObject({ periodStart: null });
  });
});

describe("story dates and named days (branch periods5)", () => {
  test("'the last day of …, February 16' is that day, not yesterday", () => {
    expect(dates("On the last day of mobilization, February 16, the union had reported 90,000 marchers.", "2023-03-07")).toMatchObject({
      periodStart: "2023-02-16",
      periodEnd: "2023-02-16",
    });
  });

  test("a later sentence about 'the fire' takes the day the report gave the fire", () => {
    const found = extractDetailed("A fire swept through the camp on Sunday, officials said. The agency reported that the fire destroyed some 900 shelters.", {
      publishedAt: "2023-03-07",
    }).filter((candidate) => candidate.kind === "quantity");
    expect(found.map((candidate) => [candidate.text, candidate.periodStart])).toEqual([["some 900 shelters", "2023-03-05"]]);
  });
});

test("a figure the dated event itself left is that day's; a count since it runs to the day told (branch periods5)", () => {
  const dayOf = (text: string) => dates(text, "2024-03-26");
  expect(dayOf("The fighting began after a raid on the border on October 7, 2023, resulting in about 900 deaths.")).toMatchObject({
    periodStart: "2023-10-07",
    periodEnd: "2023-10-07",
  });
  expect(dayOf("About 900 people have been killed since the raid on October 7, 2023.")).toMatchObject({
    periodStart: "2023-10-07",
    periodEnd: "2024-03-26",
  });
});

describe("clock times need a time form", () => {
  test("a count or a measure after 'at' is not an hour of the report's day", () => {
    expect(dates("Organisers said 300 drones flew at 5,000 feet over the valley.", "2024-03-06")).toEqual({
      claimedAt: "2024-03-06",
      periodStart: null,
      periodEnd: null,
    });
    expect(dates("Police said 40 tents stood at 12 sites along the river.", "2024-03-06")).toMatchObject({ periodStart: null, periodEnd: null });
  });

  test("written times still date the figure: '5 p.m.', '17:30', 'o'clock', 'in the morning'", () => {
    for (const time of ["at 5 p.m.", "at 17:30", "at 9.30pm", "at 5 o'clock", "at 10 in the morning"])
      expect(dates(`Police said 12 people were arrested ${time}.`, "2024-03-06")).toMatchObject({ periodStart: "2024-03-06", periodEnd: "2024-03-06" });
  });

  test("a day next to a bare number keeps its day", () => {
    expect(dates("Police said 80 ballots were found on Saturday at 5,000 polling stations.", "2024-03-06")).toMatchObject({
      periodStart: "2024-03-02",
      periodEnd: "2024-03-02",
    });
  });
});
