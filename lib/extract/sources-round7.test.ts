// Originators in the forms branch sources7 found missing on real wire copy: someone described by
// a role before the body they speak for, a statement a body issued, an abbreviation before an
// appositive, an outlet named after its kind, "the source" and "the official" pointing back, a
// body's officer named by its possessive, a dateline before the subject. Invented sentences only.
import { describe, expect, test } from "vitest";
import { chainOf, proposalsIn, quantitiesIn } from "./testing";

const chains = (text: string) => proposalsIn(text, "quantity").map((candidate) => [candidate.text, chainOf(candidate).join(" > ")]);

describe("a source named after a role or a kind", () => {
  test("'an official from X said' closing the sentence gives the figure before it to X", () => {
    expect(chains("The toll in Norland rose to 812, an official from the National Relief Coordination Office said on Monday.")).toEqual([
      ["812", "National Relief Coordination Office (originator)"],
    ]);
    expect(chains("More than 812 people died, officials at the Ministry of Health said.")).toEqual([
      ["More than 812 people", "Ministry of Health (originator)"],
    ]);
  });

  test("'X issued a statement saying that' is X saying it, and 'it added' later is X", () => {
    expect(
      chains(
        "The Justice Ministry issued a statement on Monday saying that security forces arrested 310 protesters in the capital. The statement mentioned that a man was held at Dorn Police Station. It added three others were detained.",
      ),
    ).toEqual([
      ["310 protesters", "Justice Ministry (originator)"],
      ["three others", "Justice Ministry (originator)"],
    ]);
  });

  test("an abbreviation in brackets may stand between a body's name and its appositive", () => {
    const found = chains("The Alliance for Rural Peace (ARP), a charity based in Kestria, said in a statement that about 4,100 families were forced to flee.");
    expect(found).toEqual([["about 4,100 families", "Alliance for Rural Peace (ARP) (originator)"]]);
  });

  test("a name right after the words for an outlet is that outlet, which relays", () => {
    expect(chains("Minister Ana Kel also said that 402 people were injured and 21 others were missing, state television KTV reported.")).toEqual([
      ["402 people", "Ana Kel (originator) > KTV (relay)"],
      ["21 others", "Ana Kel (originator) > KTV (relay)"],
    ]);
  });

  test("a compound of a noun and a participle describes the body: 'the military-led government' is no pointer to a military", () => {
    expect(chains("The toll rose to 812 as rescuers found more bodies, the military-led government said.")).toEqual([
      ["812", "military-led government (originator)"],
    ]);
  });

  test("a dateline and its dash are no part of the subject after them", () => {
    expect(chains("PORTVILLE — Norland's federal health minister says at least 23 people died after a fire broke out in a hospital.")).toEqual([
      ["at least 23 people", "Norland's federal health minister (originator)"],
    ]);
  });
});

describe("pointers back to a source", () => {
  test("'the source said' is the source that spoke before", () => {
    expect(chains("The Red Cross announced that the toll reached 2,800. Around 7,000 families remain stranded, the source said.")).toEqual([
      ["2,800", "Red Cross (originator)"],
      ["Around 7,000 families", "Red Cross (originator)"],
    ]);
  });

  test("'the official' is a named speaker for a body when no one was called an official", () => {
    const text =
      "Earlier, the chief of the UN agency for migrants (UNAM), Jon Marr, said workers must be safe. In a statement, Jon Marr said that many colleagues have been killed. The official said that around 120 members of UNAM have been killed.";
    expect(chains(text)).toEqual([["around 120 members", "Jon Marr (originator)"]]);
  });

  test("'the official' is still the one called an official, not a named speaker after them", () => {
    expect(chains("An official said 40 people died. Minister Mia Lund said she saw the blast. The official added that 12 others were missing.")).toEqual([
      ["40 people", "An official (originator)"],
      ["12 others", "An official (originator)"],
    ]);
  });

  test("'the centre's duty officer said' speaks for the centre named before, across a paragraph break", () => {
    const text =
      "The toll rose to 7,040, an official from the National Relief Centre said on Sunday.\n\nMore than 14,000 other people were injured in the quake, the centre’s duty officer said.";
    expect(chains(text).map(([words, chain]) => [words, chain?.includes("National Relief Centre")])).toEqual([
      ["7,040", true],
      ["More than 14,000 other people", true],
    ]);
  });

  test("'Nine others', 'Another 12' opening a new paragraph count more of what the paragraph before counted", () => {
    expect(chains("A bus plunged into a river on Monday, killing 12 people, the Vale news agency reported.\n\nNine others were injured in the crash.")).toEqual(
      [
        ["12 people", "Vale news agency (originator)"],
        ["Nine others", "Vale news agency (originator)"],
      ],
    );
    expect(chains("Floods killed 30 people in Norland, the ministry said.\nAnother 12 are missing.").map(([, chain]) => chain)).toEqual([
      "ministry (originator)",
      "ministry (originator)",
    ]);
  });

  test("a figure the writer states in its own paragraph, with no pointer back, stays the writer's", () => {
    expect(chains("A bus plunged into a river on Monday, killing 12 people, the Vale news agency reported.\n\nThe bus was carrying 40 passengers.")).toEqual([
      ["12 people", "Vale news agency (originator)"],
      ["40 passengers", ""],
    ]);
  });
});

describe("a figure gone beyond", () => {
  const read = (text: string) => quantitiesIn(text).map((candidate) => [candidate.text, candidate.qualifier, candidate.lower, candidate.upper]);

  test("'topped', 'exceeded', 'surpassed' a figure: more than it, and the verb is no word of the figure", () => {
    expect(read("The death toll in Dorn alone topped 2,000, the mayor said.")).toEqual([["2,000", "more_than", 2000, null]]);
    expect(read("The number of people evacuated has surpassed 15,000, officials said.")).toEqual([["15,000", "more_than", 15000, null]]);
  });

  test("a figure never or not gone beyond is a ceiling", () => {
    expect(read("The union's estimates had never exceeded 500,000 people in Dorn.")).toEqual([["500,000 people", "at_most", null, 500000]]);
    expect(read("Turnout did not exceed 3,000 people, police said.")).toEqual([["3,000 people", "at_most", null, 3000]]);
  });
});
