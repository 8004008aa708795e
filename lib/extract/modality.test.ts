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

// Branch periods5: plans still talked of, arrivals begun, tolls without a verb of their own.
test.each([
  ["The ministry is considering adding 6,000 troops to the northern front.", "planned"],
  ["The council authorised the deployment of an additional 2,500 peacekeepers.", "planned"],
  ["The bloc said it expected to send a temporary deployment of 2,000 troops to the region.", "planned"],
  ["About 80 engineers have arrived, the first of 1,200 extra troops approved by the council last year.", "completed"],
  ["The first contingent of 1,200 extra troops approved by the council last year has yet to leave.", "planned"],
  ["The mission took shape on Friday as 700 Dutch marines started moving in.", "underway"],
  ["Officials said 300 refugees have begun arriving at the border.", "underway"],
  ["Nearly 90 people have lost their lives in the floods since March.", "completed"],
  ["That makes a total of 210 fatalities from June to August.", "completed"],
  ["An attack on the town in 2021, resulting in 40 deaths, drew condemnation.", "completed"],
  // "May had …" is the month, not the modal; "police believed the crowd to be …" estimates what happened.
  ["May had the largest number of deaths, 22 of the month's 60 total soldier deaths.", "completed"],
  ["Police said they believed the crowd to be about 8,000.", "completed"],
  // An irregular past tells what happened, as "-ed" forms already did.
  ["The march of more than 400 people began at noon near the station.", "completed"],
])("%s → %s", (text, modality) => {
  expect(extractCandidates(text).find((candidate) => candidate.kind === "quantity")?.modality).toBe(modality);
});

test.each([
  ["The ministry on Friday repeated its denial of a report alleging it is considering adding 6,000 troops.", "denies"],
  ["“We are not considering sending 6,000 troops to the region,” the minister said.", "denies"],
  ["“We were never discussing or considering sending 6,000 additional troops,” the minister said.", "denies"],
  ["The ministry said it is considering sending 6,000 troops.", "asserts"],
])("%s → stance %s", (text, stance) => {
  expect(extractCandidates(text).find((candidate) => candidate.kind === "quantity")?.stance).toBe(stance);
});
