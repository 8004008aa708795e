// A text with no full stops (a scraped list, a transcript) is read in pieces of bounded length
// so extraction stays linear in the text; the pieces must not lose the figures inside them.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./index";
import { longestSentence } from "./text";

const filler = "rescue teams searched the villages near the river while volunteers handed out blankets and water ";

describe("a long text without sentence breaks", () => {
  test("still yields a figure from its middle, with its words and its source", () => {
    const half = filler.repeat(Math.ceil((longestSentence * 20) / filler.length));
    const text = `${half}and the health ministry said 37 people died in the flooding ${half}`.trim();
    const figures = extractCandidates(text).filter((candidate) => candidate.kind === "quantity");
    const middle = figures.find((candidate) => candidate.start === text.indexOf("37"));
    expect(middle?.value).toBe(37);
    expect(middle?.text).toContain("37");
    expect(middle?.attribution[0]?.name.toLowerCase()).toContain("health ministry");
  });
});
