import { expect, test } from "vitest";
import { independentOrigins } from "../domain/origins";
import { hop, testFigure } from "./test-figures";
import { sideBySide, timeChartData, timeDomain } from "./time-chart-data";

const DAY = 86_400_000;

test("one lone day is padded by three days either side; a long span by a tenth of it", () => {
  const day = Date.UTC(2024, 9, 18);
  expect(timeDomain([day]).map((date) => date.toISOString().slice(0, 10))).toEqual(["2024-10-15", "2024-10-21"]);
  const [start, end] = timeDomain([day, day + 100 * DAY]);
  expect([start.getTime(), end.getTime()]).toEqual([day - 10 * DAY, day + 110 * DAY]);
});

test("figures sharing a day and a number are spread around it; others stay on their day", () => {
  const day = Date.UTC(2024, 9, 18);
  const offsets = sideBySide(
    [
      { id: "a", time: day, value: 12000 },
      { id: "b", time: day + 3_600_000, value: 12000 },
      { id: "c", time: day, value: 12000 },
      { id: "d", time: day, value: 1500 },
    ],
    10,
  );
  expect(Object.fromEntries(offsets)).toEqual({ a: -10, b: 0, c: 10, d: 0 });
});

test("points carry their day, number, interval and originator; undated figures are counted, not drawn", () => {
  const figures = [
    testFigure("planned", { value: 12000, modality: "planned" }),
    testFigure("possible", { value: 12000, qualifier: "up_to", modality: "possible", chain: [hop("Unnamed sources")] }),
    testFigure("later", { value: 3000, qualifier: "at_least", claimedAt: new Date("2024-11-02T00:00:00Z"), chain: [hop("Unnamed sources")] }),
    testFigure("undated", { value: 1500, claimedAt: null }),
  ];
  const data = timeChartData(independentOrigins(figures))!;
  expect(data.undated).toBe(1);
  expect(data.origins).toEqual(["National Intelligence Service", "Unnamed sources"]);
  expect(data.valueEnd).toBe(15000);
  const byId = Object.fromEntries(data.points.map((point) => [point.id, point]));
  expect(byId.planned).toMatchObject({ value: 12000, low: 12000, high: 12000, origin: "National Intelligence Service", modality: "planned" });
  expect(byId.planned!.drawnAt.getTime()).toBeLessThan(byId.possible!.drawnAt.getTime());
  expect(byId.planned!.claimedAt.toISOString()).toBe("2024-10-18T00:00:00.000Z");
  expect(byId.later).toMatchObject({ kind: "open_ended", low: 3000, high: 15000 });
  expect(timeChartData(independentOrigins([testFigure("undated", { value: 1, claimedAt: null })]))).toBeNull();
});
