import { expect, test } from "vitest";
import { extractCandidates } from "./index";

test.each([
  ["Officials said the North plans to deploy 12,000 troops.", "planned"],
  ["Officials said the North intends to send 12,000 troops.", "planned"],
  ["Officials said the North is preparing to send 10,000 soldiers.", "preparing"],
  ["Officials said 11,000 troops were being moved to the border.", "underway"],
  ["Officials confirmed the arrival of 1,500 troops.", "completed"],
  ["Officials said 1,500 troops were stationed there.", "completed"],
  ["Officials said 40 people were killed.", "completed"],
  ["Officials said 3,000 troops could be sent.", "possible"],
  ["Officials said 3,000 troops may be sent.", "possible"],
  ["Officials say 3,000 troops are in the region.", "unknown"],
  // A figure told in the past tense reports what happened (issue 10).
  ["Officials said 3,000 troops were counted.", "completed"],
  ["The Red Crescent intends to set up 3,000 tents.", "planned"],
  ["The agency aims to house 5,000 families.", "planned"],
  ["The agency said 120 of its staff have arrived in the area.", "completed"],
  ["Officials said 96 places had been confirmed so far.", "completed"],
  ["Officials said 300 rescuers are working in the rubble.", "underway"],
  ["Officials said 50 people are believed to have died.", "possible"],
  ["Officials fear 1,200 buildings may have collapsed.", "possible"],
])("%s → %s", (text, modality) => {
  expect(extractCandidates(text).find((candidate) => candidate.kind === "quantity")?.modality).toBe(modality);
});

test("each figure takes the cue of its own clause, not its neighbour's", () => {
  const text = "The agency confirmed the arrival of 1,500 troops in Russia, with sources suggesting the number could rise to 12,000.";
  // Figures only: the troops' place in Russia is a location proposal of its own (ADR 0005, places).
  const figures = extractCandidates(text).filter((candidate) => candidate.kind === "quantity");
  expect(figures.map((candidate) => [candidate.text, candidate.modality])).toEqual([
    ["1,500 troops", "completed"],
    ["could rise to 12,000", "possible"],
  ]);
});
