import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { originatorOf, quantitiesIn } from "./testing";

// Invented sentences for the general mechanisms of issue 10's attribution work.
const originators = (text: string) => quantitiesIn(text).map((candidate) => [candidate.text, originatorOf(candidate)]);

describe("who said it", () => {
  test("the noun phrase opening a clause is the subject of its reporting verb", () => {
    expect(originators("The Hallstad regional flood response office said the water destroyed 4,200 homes.")).toEqual([
      ["4,200 homes", "Hallstad regional flood response office"],
    ]);
    expect(originators("The Norland provincial relief office has so far reported hundreds of dead.")).toEqual([
      ["hundreds of dead", "Norland provincial relief office"],
    ]);
    expect(originators("Some local blogs claimed 2 million attendees.")).toEqual([["2 million attendees", "Some local blogs"]]);
  });

  test("a noun that only looks like a verb, or a definite description, makes no new source", () => {
    expect(originators("Text of report by the state radio. Around 300 fighters have gathered near the dam.")).toEqual([["Around 300 fighters", null]]);
  });

  test("a bracketed abbreviation, an adverb or 'so far' may stand between the source and its verb", () => {
    expect(originators("The Nordic Crowd Research Institute (NCRI) said 260,000 people took part.")).toEqual([
      ["260,000 people", "Nordic Crowd Research Institute (NCRI)"],
    ]);
    expect(originators("The Vesteria Observatory for Human Rights has meanwhile put the number higher, saying 300,000 civilians fled.")[0]?.[1]).toBe(
      "Vesteria Observatory for Human Rights",
    );
  });

  test("a pronoun after a source in the same sentence is that source", () => {
    expect(originators("Norland police said they believed the crowd to be approximately 15,000.")).toEqual([["approximately 15,000", "police"]]);
  });

  test("a frame's reach ends at its sentence's full stop, whatever follows it", () => {
    expect(originators("Displacement reached 79.5 million people last year, the refugee agency Hjelp said on Thursday. https://example.org/2020")[0]?.[1]).toBe(
      "Hjelp",
    );
  });

  test("the writer's background, a hearsay hedge and a bullet line carry no earlier source", () => {
    expect(originators("State media said 300 people died. In 2008, a quake in the same region killed almost 70,000 people.")).toEqual([
      ["300 people", "State media"],
      ["almost 70,000 people", null],
    ]);
    expect(originators("The ministry said 1,055 people had died. The fate of 150 hostages reportedly remains unknown.")).toEqual([
      ["1,055 people", "ministry"],
      ["150 hostages", null],
    ]);
  });

  test("'according to' any phrase names its source, up to the clause's end", () => {
    expect(originators("According to a letter sent to several lawmakers, approximately 5,200 troops will be sent.")).toEqual([
      ["approximately 5,200 troops", "a letter sent to several lawmakers"],
    ]);
  });

  test("a frame closing its sentence speaks for every clause of it", () => {
    expect(
      originators("Two soldiers were killed and about six were wounded, while five militants died, security officials said.").map(([, who]) => who),
    ).toEqual(["security officials", "security officials", "security officials"]);
  });

  test("describing words between 'said' and the name, and a role holding an abbreviation", () => {
    const quote = extractDetailed('"Ten soldiers are missing," said local administration official Roshan Ali.', {}).find((found) => found.kind === "quote");
    expect(quote?.attribution[0]?.name).toBe("Roshan Ali");
    expect(
      originators(
        "Gen. Terrence O'Malley, a commander with the U.S. Northern Command and the Aerospace Command, announced the decision. He said thousands of migrants are moving north.",
      ),
    ).toEqual([["thousands of migrants", "Terrence O'Malley"]]);
  });

  test("a paragraph break ends a source's reach, unless the new paragraph points back into its count", () => {
    expect(originators("Police said 12 houses were destroyed.\n\nOne person was injured in the incident.")).toEqual([
      ["12 houses", "Police"],
      ["One person", null],
    ]);
    expect(originators("The ministry said 1,481 people were killed or wounded.\n\nAmong the casualties, 1,277 were taken to hospitals.")).toEqual([
      ["1,481 people", "ministry"],
      ["1,277", "ministry"],
    ]);
  });
});
