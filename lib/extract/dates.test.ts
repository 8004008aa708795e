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
