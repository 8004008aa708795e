// Originators across a text: abbreviation stops inside a sentence, one name per source,
// carry-over, an originator and the outlet that relays it. Every sentence is invented.
import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";

function chains(text: string) {
  return extractDetailed(text, {})
    .filter((candidate) => candidate.kind === "quantity")
    .map((candidate) => ({ words: candidate.text, chain: candidate.attribution.map((hop) => `${hop.name} (${hop.role})`) }));
}

describe("a source at the end of a long sentence", () => {
  test("the stop of an abbreviated month or an initial does not cut the frame's reach", () => {
    const found = chains(
      "Some 4,200 villagers, including 310 children, have left the valley since the dam failed on Feb. 3, the Provincial Relief Office said on Monday.",
    );
    expect(found.map((entry) => entry.chain)).toEqual([["Provincial Relief Office (originator)"], ["Provincial Relief Office (originator)"]]);
  });

  test("a leading frame reaches past an abbreviated month to the figures after it", () => {
    const found = chains("Governor Ilse Marten said that since Nov. 12 about 900 homes were flooded.");
    expect(found[0]?.chain).toEqual(["Ilse Marten (originator)"]);
  });
});
