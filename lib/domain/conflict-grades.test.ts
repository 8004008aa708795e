// What the analyst reads about a conflict's grades: the topic's answer sentence and the
// conflict's own pair sentence name them ("A1 vs E5"), and say nothing when nobody graded.
import { expect, test } from "vitest";
import { compareFigures, explainPair } from "./comparison";
import { gradesAgainst } from "./grading";
import { figure, hop } from "./test-support/figures";
import { topicSummarySentence } from "./topic-summary";

const ministry = (grade: string | null) => figure({ value: 214, measure: "killed", modality: "completed", chain: [hop("Ministry")], grade });
const monitor = (grade: string | null) => figure({ value: 163, measure: "killed", modality: "completed", chain: [hop("Monitor")], grade });

test("two grades read as desks say them; one missing reads ungraded, never F6", () => {
  expect(gradesAgainst("A1", "E5")).toBe("A1 vs E5");
  expect(gradesAgainst("B–", null)).toBe("B– vs ungraded");
  expect(gradesAgainst(null, undefined)).toBeNull();
});

test("the topic's answer names the first conflict's grades", () => {
  const figures = [ministry("A1"), monitor("E5")];
  expect(topicSummarySentence(figures, compareFigures(figures, 1))).toBe("1 conflict (214 killed against 163 killed, graded A1 vs E5): latest 163 killed.");
});

test("ungraded figures: the answer says nothing about grades", () => {
  const figures = [ministry(null), monitor(null)];
  const sentence = topicSummarySentence(figures, compareFigures(figures, 1));
  expect(sentence).toMatch(/^1 conflict \(214 killed/);
  expect(sentence).not.toMatch(/grade/);
});

test("a conflict's pair sentence ends with its grades; an agreement's names none", () => {
  expect(explainPair(ministry("A1"), monitor("E5")).sentence).toMatch(/; graded A1 vs E5\.$/);
  expect(explainPair(ministry(null), monitor(null)).sentence).not.toMatch(/graded/);
  const agreeing = explainPair(ministry("A1"), figure({ value: 214, measure: "killed", modality: "completed", chain: [hop("Monitor")], grade: "E5" }));
  expect(agreeing.verdict).not.toBe("conflict");
  expect(agreeing.sentence).not.toMatch(/graded/);
});
