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

describe("one name per source within a text", () => {
  test("a short form defined in brackets and used later gives both figures one name", () => {
    const found = chains("About 3,000 families fled the coast, the Coastal Relief Authority (CRA) said. Later, CRA said 450 homes were destroyed.");
    expect(found.map((entry) => entry.chain)).toEqual([["Coastal Relief Authority (CRA) (originator)"], ["Coastal Relief Authority (CRA) (originator)"]]);
  });

  test("a description of a UN body and its acronym are one source", () => {
    const found = chains("Some 12,000 people crossed the river, the U.N. refugee agency said. UNHCR said 800 of them were children.");
    expect(found.map((entry) => entry.chain)).toEqual([["U.N. refugee agency (UNHCR) (originator)"], ["U.N. refugee agency (UNHCR) (originator)"]]);
  });

  test("'the health ministry' and 'the Ministry of Health' are one source", () => {
    const found = chains("The Ministry of Health said 40 people died. Later the health ministry said 95 people were injured.");
    expect(found.map((entry) => entry.chain)).toEqual([["Ministry of Health (originator)"], ["Ministry of Health (originator)"]]);
  });

  test("'the agency' points back to an international organisation named before it", () => {
    const found = chains(
      "The World Food Programme warned of hunger in the north. In a statement, the agency reported that 5,000 households had run out of food.",
    );
    expect(found[0]?.chain).toEqual(["World Food Programme (WFP) (originator)"]);
  });

  test("a group noun's possessive is part of a body's name, and the body's officer speaks for it", () => {
    const found = chains("More than 200 pupils were evacuated, the head of the United Nations Children's Fund said on Monday.");
    expect(found[0]?.chain).toEqual(["United Nations Children's Fund (UNICEF) (originator)"]);
  });
});
