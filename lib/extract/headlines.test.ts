// Head matter repeats the body: its figures are merged into the body's (issue 10).
import { expect, test } from "vitest";
import { quantityTexts } from "./testing";

test("everything before a dateline is head matter, summary lines included", () => {
  const text = [
    "Flood toll hits 40/ Newswire/ Flood toll rises to 40 as search goes on for 12 missing.",
    "- Confirmed dead: 40 people as of Friday",
    "- Missing: 12 people still unaccounted for",
    "RIVERTON, Ohio (AP) — The death toll from the flooding climbed to at least 40 on Friday, while 12 people were still missing, officials said.",
  ].join("\n");
  expect(quantityTexts(text)).toEqual(["at least 40", "12 people"]);
});

test("a headline anywhere in a digest is merged into its item's body, a rounded figure too", () => {
  const text = [
    "Agency laments nearly 50 million people displaced",
    "Displacement reached 49.6 million people last year, the agency said on Thursday.",
    "",
    "Camp population doubles, to 300,000",
    "The number of displaced people in the camps has doubled, now passing the 300,000 mark, the agency said.",
  ].join("\n");
  expect(quantityTexts(text)).toEqual(["49.6 million people", "300,000"]);
});

test("a head figure with no twin in the body stays a claim, and so does one counting something else", () => {
  const text = [
    "Storm kills 12 people as 300 troops deploy and 40 families flee",
    "",
    "The storm killed 12 people, officials said. It destroyed 300 homes.",
  ].join("\n");
  expect(quantityTexts(text)).toEqual(["300 troops", "40 families", "12 people", "300 homes"]);
});
