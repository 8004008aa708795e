import { expect, test } from "vitest";
import { figureInterval } from "./interval";
import { figure, hop } from "./test-support/figures";
import { figureLabel, figureWords, modalityClause, qualifierClause } from "./wording";

test("a figure is named by its number, what it counts and who says it", () => {
  expect(
    figureLabel(figure({ value: 10_000, qualifier: "approx", modality: "preparing", chain: [hop("Ukrainian intelligence"), hop("Zelensky", "speaker")] })),
  ).toBe("about 10,000 (being prepared, Zelensky citing Ukrainian intelligence)");
  expect(figureLabel(figure({ modality: "unknown", chain: [] }))).toBe("10,000 (unattributed)");
});

test("a figure's words keep its qualifier", () => {
  expect(figureWords(figure({ value: 12_000, qualifier: "up_to" }))).toBe("up to 12,000");
  expect(figureWords(figure({ value: 10_000, qualifier: "at_least" }))).toBe("at least 10,000");
  expect(figureWords(figure({ value: 12_000, qualifier: null }))).toBe("12,000");
  expect(figureWords(figure({ value: null, asStated: "four brigades" }))).toBe("“four brigades”");
  expect(figureWords(figure({ value: null, asStated: "  " }))).toBe("a figure without a number");
});

test("each modality says what it counts", () => {
  expect(modalityClause("planned", "completed").main).toBe("count different things: a plan versus what has already arrived or happened");
  expect(modalityClause("preparing", "underway").main).toBe("count different things: preparations versus something under way");
  expect(modalityClause("possible", "unknown").also).toBe("they also count different things (a possibility versus something unstated)");
});

test("a qualifier difference says what both figures allow", () => {
  expect(qualifierClause(figureInterval(figure({ value: 10_000, qualifier: "at_least" }))!).main).toBe("differ only in qualifier: both allow 10,000 or more");
});
