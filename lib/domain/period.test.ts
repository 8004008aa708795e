import { describe, expect, test } from "vitest";
import { describePeriod, figurePeriod, formatDay, periodsOverlap } from "./period";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);
const noDates = { claimedAt: null, periodStart: null, periodEnd: null };

describe("figurePeriod: the days a figure refers to", () => {
  test("is the stated period when there is one, whatever the claim date", () => {
    const period = figurePeriod({ claimedAt: day("2024-12-01"), periodStart: day("2024-10-01"), periodEnd: day("2024-10-31") });
    expect(period?.basis).toBe("period");
    expect(describePeriod(period!)).toBe("1 October 2024 to 31 October 2024");
  });

  test("a period with only a start runs on; with only an end, runs back", () => {
    const from = figurePeriod({ ...noDates, periodStart: day("2024-10-01") });
    const until = figurePeriod({ ...noDates, periodEnd: day("2024-10-31") });
    expect(from?.lastDay).toBe(Infinity);
    expect(until?.firstDay).toBe(-Infinity);
    expect(describePeriod(from!)).toBe("from 1 October 2024");
    expect(describePeriod(until!)).toBe("until 31 October 2024");
  });

  test("a period entered the wrong way round covers the same days", () => {
    const period = figurePeriod({ ...noDates, periodStart: day("2024-10-31"), periodEnd: day("2024-10-01") });
    expect(describePeriod(period!)).toBe("1 October 2024 to 31 October 2024");
  });

  test("a one-day period reads as that day", () => {
    const period = figurePeriod({ ...noDates, periodStart: at("2024-10-18T08:00:00Z"), periodEnd: at("2024-10-18T20:00:00Z") });
    expect(describePeriod(period!)).toBe("18 October 2024");
  });

  test("without a period, the day the claim was made stands in", () => {
    const period = figurePeriod({ ...noDates, claimedAt: at("2024-10-18T15:30:00Z") });
    expect(period).toMatchObject({ basis: "claimed" });
    expect(describePeriod(period!)).toBe("claimed on 18 October 2024");
  });

  test("no dates, or invalid ones, make the time unknown", () => {
    expect(figurePeriod(noDates)).toBeNull();
    expect(figurePeriod({ claimedAt: new Date("not a date"), periodStart: new Date(Number.NaN), periodEnd: null })).toBeNull();
  });
});

describe("periodsOverlap", () => {
  const october = figurePeriod({ ...noDates, periodStart: day("2024-10-01"), periodEnd: day("2024-10-31") });
  const claimedOn = (iso: string) => figurePeriod({ ...noDates, claimedAt: at(iso) });

  test("two claims of the same day overlap, whatever the hour", () => {
    expect(periodsOverlap(claimedOn("2024-10-18T01:00:00Z"), claimedOn("2024-10-18T23:00:00Z"))).toBe(true);
  });

  test("claims of different days do not", () => {
    expect(periodsOverlap(claimedOn("2024-10-18T23:59:00Z"), claimedOn("2024-10-19T00:01:00Z"))).toBe(false);
  });

  test("a period includes its first and last day", () => {
    expect(periodsOverlap(october, claimedOn("2024-10-31T18:00:00Z"))).toBe(true);
    expect(periodsOverlap(claimedOn("2024-10-01T00:00:00Z"), october)).toBe(true);
    expect(periodsOverlap(october, claimedOn("2024-11-01T00:00:00Z"))).toBe(false);
  });

  test("an unknown time overlaps everything", () => {
    expect(periodsOverlap(null, october)).toBe(true);
    expect(periodsOverlap(october, null)).toBe(true);
  });

  test("open-ended periods meet when the start is not after the end", () => {
    const from = figurePeriod({ ...noDates, periodStart: day("2024-10-15") });
    const until = figurePeriod({ ...noDates, periodEnd: day("2024-10-15") });
    expect(periodsOverlap(from, until)).toBe(true);
    expect(periodsOverlap(from, figurePeriod({ ...noDates, periodEnd: day("2024-10-14") }))).toBe(false);
  });
});

test("formatDay writes the day in words", () => {
  expect(formatDay(0)).toBe("1 January 1970");
  expect(formatDay(Math.floor(day("2024-02-29").getTime() / 86_400_000))).toBe("29 February 2024");
});
