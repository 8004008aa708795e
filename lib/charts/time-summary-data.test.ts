import { expect, test } from "vitest";
import { independentOrigins } from "../domain/origins";
import { hop, testFigure } from "./test-figures";
import { binName, binStart, binUnitFor, nextBin, timeSummaryData } from "./time-summary-data";

const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

test("bins start on the day, the Monday, the first of the month, quarter or year", () => {
  const friday = day("2024-10-18") + 5 * 3_600_000;
  expect(iso(binStart("day", friday))).toBe("2024-10-18");
  expect(iso(binStart("week", friday))).toBe("2024-10-14");
  expect(iso(binStart("month", friday))).toBe("2024-10-01");
  expect(iso(binStart("quarter", friday))).toBe("2024-10-01");
  expect(iso(binStart("year", friday))).toBe("2024-01-01");
  expect(iso(nextBin("month", day("2024-12-01")))).toBe("2025-01-01");
  expect(iso(nextBin("week", day("2024-10-14")))).toBe("2024-10-21");
  expect([binName("week", day("2024-10-14")), binName("month", day("2024-10-01")), binName("quarter", day("2024-10-01"))]).toEqual([
    "week of 14 Oct 2024",
    "Oct 2024",
    "Q4 2024",
  ]);
});

test("the finest bins that stay few are chosen", () => {
  expect(binUnitFor(day("2024-10-01"), day("2024-10-20"))).toBe("day");
  expect(binUnitFor(day("2024-10-01"), day("2025-02-01"))).toBe("week");
  expect(binUnitFor(day("2024-01-01"), day("2025-05-14"))).toBe("month");
  expect(binUnitFor(day("2010-01-01"), day("2024-12-31"))).toBe("year");
  expect(binUnitFor(day("2024-10-18"), day("2024-10-18") + DAY / 2)).toBe("day");
});

test("each bin has a slot per modality with the summary of its figures; undated figures are counted apart", () => {
  const data = timeSummaryData(
    independentOrigins([
      testFigure("a", { value: 12000, modality: "planned", claimedAt: new Date("2024-10-18T00:00:00Z") }),
      testFigure("b", { value: 10000, modality: "planned", claimedAt: new Date("2024-10-18T09:00:00Z"), chain: [hop("Ukrainian intelligence")] }),
      testFigure("c", { value: 1500, modality: "completed", claimedAt: new Date("2024-10-20T00:00:00Z") }),
      testFigure("d", { value: 3000, claimedAt: null }),
    ]),
  )!;
  expect([data.unit, data.bins, data.slots, data.plotted, data.undated, data.originators]).toEqual(["day", 3, ["planned", "completed"], 3, 1, 2]);
  expect(data.marks.map((mark) => [iso(mark.binStart.getTime()), mark.modality, mark.count, mark.median])).toEqual([
    ["2024-10-18", "planned", 2, 11000],
    ["2024-10-20", "completed", 1, 1500],
  ]);
  // Planned takes the first half of its day, arrived the second.
  expect(data.marks.map((mark) => mark.drawnAt.getTime() - mark.binStart.getTime())).toEqual([DAY / 4, (3 * DAY) / 4]);
  expect(data.marks[0]!.label).toBe("18 Oct 2024, planned: 2 figures from 10,000 to 12,000, median 11,000, middle half 10,500 to 11,500");
  expect([iso(data.start.getTime()), iso(data.end.getTime()), data.valueEnd]).toEqual(["2024-10-18", "2024-10-21", 15000]);
});

test("ten years of figures make at most 30 bins whatever their number", () => {
  const start = day("2015-01-01");
  const figures = Array.from({ length: 3000 }, (_, index) => testFigure(`f${index}`, { value: index, claimedAt: new Date(start + index * 1.2 * DAY) }));
  const data = timeSummaryData(independentOrigins(figures))!;
  expect(data.unit).toBe("year");
  expect(data.bins).toBeLessThanOrEqual(30);
  expect(data.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(3000);
});

test("one source's figures on a topic, without chains, summarise like a topic's origins (the source page above 300 figures)", () => {
  const figures = Array.from({ length: 400 }, (_, index) => ({
    value: 1_000 + index,
    lower: null,
    upper: null,
    qualifier: null,
    modality: index % 2 === 0 ? ("planned" as const) : ("possible" as const),
    claimedAt: new Date(day("2024-01-01") + index * DAY),
  }));
  const data = timeSummaryData([{ key: "source:nis", figures }])!;
  expect(data.plotted).toBe(400);
  expect(data.originators).toBe(1);
  expect(data.slots).toEqual(["planned", "possible"]);
  expect(data.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(400);
});
