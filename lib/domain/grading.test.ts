import { expect, test } from "vitest";
import { admiraltyGrade, originatorReliability } from "./grading";

test("a grade is the source's letter then the information's digit", () => {
  expect(admiraltyGrade("B", 2)).toBe("B2");
  expect(admiraltyGrade("A", null)).toBe("A–");
  expect(admiraltyGrade(null, 5)).toBe("–5");
  expect(admiraltyGrade(null, null)).toBeNull();
});

test("the graded source is the originator, not the relay that passed the claim on", () => {
  expect(
    originatorReliability([
      { role: "relay", reliability: "A" },
      { role: "originator", reliability: "E" },
    ]),
  ).toBe("E");
  expect(originatorReliability([{ role: "speaker", reliability: "C" }])).toBe("C");
  expect(originatorReliability([])).toBeNull();
});
