import { describe, expect, test } from "vitest";
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
