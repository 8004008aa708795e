// What every caller relies on, whatever the text: the fixed keys, words equal to the text
// between the offsets (UTF-16), proposals in order, the same answer every time.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { candidateSchema, extractCandidates } from "./index";

const newsWords = [
  "12,000",
  "troops",
  "about",
  "up to",
  "“",
  "”",
  '"',
  ",",
  ".",
  " ",
  "\n",
  "said",
  "Zelensky",
  "the",
  "agency",
  "near",
  "Kursk",
  "according to",
  "citing",
  "2024",
  "aged 25",
  "four brigades",
  "tens of thousands of",
  "💥",
  "İstanbul",
  "’s",
];
const newsLikeText = fc.array(fc.constantFrom(...newsWords), { maxLength: 60 }).map((words) => words.join(" "));
const anyText = fc.oneof(newsLikeText, fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }));

describe("every answer", () => {
  test("has exactly the fixed keys, and words equal to the text between the offsets", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const candidate of extractCandidates(text)) {
          expect(candidateSchema.parse(candidate)).toEqual(candidate);
          expect(text.slice(candidate.start, candidate.end)).toBe(candidate.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("is sorted by position and the same on every run", () => {
    fc.assert(
      fc.property(newsLikeText, (text) => {
        const first = extractCandidates(text);
        expect(first.map((candidate) => candidate.start)).toEqual([...first.map((candidate) => candidate.start)].sort((a, b) => a - b));
        expect(extractCandidates(text)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  test("counts offsets in UTF-16 code units, as JavaScript strings do", () => {
    const text = "💥💥 Officials said 3,000 troops had arrived.";
    const [quantity] = extractCandidates(text);
    // Each 💥 is two UTF-16 code units: "💥💥 Officials said " is 20 units long.
    expect(quantity).toMatchObject({ start: 20, end: 32, text: "3,000 troops" });
  });

  test("is empty for empty or blank text", () => {
    expect(extractCandidates("")).toEqual([]);
    expect(extractCandidates(" \n\t ")).toEqual([]);
  });
});
