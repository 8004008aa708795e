// Originators across a text: abbreviation stops inside a sentence, one name per source,
// carry-over, an originator and the outlet that relays it. Every sentence is invented.
import { describe, expect, test } from "vitest";
import { chainOf, quantitiesIn } from "./testing";

const chains = (text: string) => quantitiesIn(text).map((candidate) => ({ words: candidate.text, chain: chainOf(candidate) }));

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

describe("originator and relay", () => {
  test("'X for his part estimated …, the Y news agency reported': X is the originator, the agency relays", () => {
    const found = chains("Opposition leader Ivan Petrov for his part estimated the turnout at 40,000, the Interfax news agency reported.");
    expect(found[0]?.chain).toEqual(["Ivan Petrov (originator)", "Interfax news agency (relay)"]);
  });

  test("'Y, quoting X, said': X is the originator and the outlet relays", () => {
    expect(chains("Interfax, quoting the regional governor, said 12 people died.")[0]?.chain).toEqual(["regional governor (originator)", "Interfax (relay)"]);
  });

  test("a wire agency named after a closing frame relays, whatever its name's last word", () => {
    const found = chains("At least 75 people were hurt in the blast, the Civil Defence Directorate said, Anadolu Agency reported.");
    expect(found[0]?.chain).toEqual(["Civil Defence Directorate (originator)", "Anadolu Agency (relay)"]);
  });
});

describe("what 'according to' names", () => {
  test("a body's document speaks for the body", () => {
    expect(chains("According to the Relief Council's Displacement Tracking Matrix, 9,000 households were displaced.")[0]?.chain).toEqual([
      "Relief Council (originator)",
    ]);
  });

  test("figures with no owner name no one: the sentence goes on for the source before it", () => {
    const found = chains("The ministry said 300 people died in the storm. According to figures, some 2,000 people were displaced.");
    expect(found.map((entry) => entry.chain)).toEqual([["ministry (originator)"], ["ministry (originator)"]]);
  });

  test("and for no one when the writer's sentence has no source before it", () => {
    expect(chains("According to preliminary figures, some 2,000 people were displaced.")[0]?.chain).toEqual([]);
  });
});

describe("a closing 'according to' after a speaker's sentence", () => {
  test("sources only the figure nearest before it", () => {
    const found = chains(
      "Mayor Lena Ortiz said rescuers had pulled 40 survivors from the rubble of a tower that collapsed in a quake which killed 310 people, according to seismologists.",
    );
    expect(found.map((entry) => `${entry.words}: ${entry.chain.join(" > ")}`)).toEqual([
      "40 survivors: Lena Ortiz (originator)",
      "310 people: seismologists (originator)",
    ]);
  });
});
