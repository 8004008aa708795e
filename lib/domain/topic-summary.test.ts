// The topic's answer sentence reads its counts as analysts write numbers: "1,225 conflicts".
import { expect, test } from "vitest";
import { compareFigures } from "./comparison";
import { figure, hop } from "./test-support/figures";
import { topicSummarySentence } from "./topic-summary";

test("a count past a thousand reads with its thousands separator", () => {
  // Fifty exact tolls from fifty origins for the same day: every pair conflicts, 50 × 49 / 2.
  const figures = Array.from({ length: 50 }, (_, index) =>
    figure({ value: 100 + index * 10, measure: "killed", modality: "completed", chain: [hop(`Origin ${index}`)] }),
  );
  expect(topicSummarySentence(figures, compareFigures(figures, 1))).toMatch(/^1,225 conflicts \(/);
});
