import { describe, expect, test } from "vitest";
import type { KnownSource } from "./candidate";
import { chainOf, quantitiesIn } from "./testing";

const chains = (text: string, knownSources: KnownSource[] = []) =>
  quantitiesIn(text, { knownSources }).map((candidate) => ({ words: candidate.text, chain: chainOf(candidate, { verb: true }), stance: candidate.stance }));

describe("attribution chains", () => {
  test("'according to A, citing B' makes B the originator and A the relay", () => {
    expect(chains("According to the Baltic Wire news agency, citing the State Security Service, 2,500 fighters were trained.")[0]?.chain).toEqual([
      "State Security Service (originator, citing)",
      "Baltic Wire news agency (relay, according to)",
    ]);
  });

  test("'A noted that B had reported' makes B the originator and A the speaker", () => {
    expect(chains("Zelensky noted that Ukrainian intelligence had reported 10,000 soldiers in Kursk.")[0]?.chain).toEqual([
      "Ukrainian intelligence (originator, had reported)",
      "Zelensky (speaker, noted)",
    ]);
  });

  test("'Reports from X, as conveyed by an outlet, indicate' makes the outlet a relay", () => {
    expect(chains("Reports from local residents, as relayed by the outlet Amur Now, suggest that up to 3,000 soldiers are there.")[0]?.chain).toEqual([
      "Reports from local residents (originator, suggest)",
      "Amur Now (relay, as relayed by)",
    ]);
  });

  test("a source named after the claim governs the words before it", () => {
    expect(chains("Tens of thousands of civilians have fled, the regional military administration said on Sunday.")[0]?.chain).toEqual([
      "regional military administration (originator, said)",
    ]);
    expect(chains("More than 600 vessels were counted, according to the Maritime Risk Centre.")[0]?.chain).toEqual([
      "Maritime Risk Centre (originator, according to)",
    ]);
  });

  test("'told' an outlet makes the outlet a relay", () => {
    expect(chains("Hrytsenko told the Northern Courier that the death toll had risen to 17.")[0]?.chain).toEqual([
      "Hrytsenko (originator, told)",
      "Northern Courier (relay, told)",
    ]);
  });

  test("two figures in one sentence keep their own sources", () => {
    expect(
      chains("Governor Pavlo Hrytsenko said 14 people were killed, while the Russian Defence Ministry claimed that more than 200 soldiers had died."),
    ).toEqual([
      { words: "14 people", chain: ["Pavlo Hrytsenko (originator, said)"], stance: "asserts" },
      { words: "more than 200 soldiers", chain: ["Russian Defence Ministry (originator, claimed)"], stance: "asserts" },
    ]);
  });

  test("carries a source to the next sentence through 'the agency', 'she' and an alias", () => {
    const supo: KnownSource = {
      id: "supo",
      name: "Finnish Security and Intelligence Service",
      kind: "intelligence_service",
      aliases: ["Finland’s security police", "Helsinki’s spy service"],
    };
    const text =
      "Finland’s security police said Russia had produced roughly 9,000 drones. The agency also said that as many as 1,200 of them were sent abroad. " +
      "Its chief, Anna Koskinen, said the figure was low. She added that at least 300 technicians were working there. Helsinki's spy service estimated 15,000 drones a year.";
    expect(chains(text, [supo]).map((found) => [found.words, found.chain[0]])).toEqual([
      ["roughly 9,000 drones", "Finnish Security and Intelligence Service (originator, said)"],
      ["as many as 1,200 of them", "Finnish Security and Intelligence Service (originator, said)"],
      ["at least 300 technicians", "Anna Koskinen (originator, added)"],
      ["15,000 drones", "Finnish Security and Intelligence Service (originator, estimated)"],
    ]);
  });

  test("a sentence that names no source reports for the one just before it", () => {
    expect(chains("The ministry of defence said 40 people were killed. Another 120 were wounded in the same strike.").map((found) => found.chain)).toEqual([
      ["ministry of defence (originator, said)"],
      ["ministry of defence (originator, said)"],
    ]);
  });

  test("a figure in a quotation goes back to the source its speaker just cited", () => {
    const text = "Zelensky noted that Ukrainian intelligence had reported the deployment. “We know about 10,000 soldiers,” Zelensky stated.";
    expect(chains(text)[0]?.chain).toEqual(["Ukrainian intelligence (originator, had reported)", "Zelensky (speaker, stated)"]);
  });

  test("a subject after 'and' with a figure and no verb of its own speaks with the verb before it", () => {
    const found = chains("In Varlen, the prefecture counted 8,200 marchers and the organizers 19,000.");
    expect(found.map((item) => item.chain)).toEqual([["prefecture (originator, counted)"], ["organizers (originator, counted)"]]);
  });

  test("'N by the X' after a passive count keeps X as the source of its own figure", () => {
    const found = chains("In Dorsay, 6,400 people were counted by the police and 11,000 by the unions.");
    expect(found.map((item) => item.chain)).toEqual([["police (originator, counted by)"], ["unions (originator, by)"]]);
  });
});

describe("stance", () => {
  test.each([
    ["The agency has confirmed the arrival of 1,500 troops.", "confirms"],
    ["The institute estimated that 16,000 soldiers were killed.", "estimates"],
    ["Spokesman Dmitry Orlov denied that 300 soldiers had deserted.", "denies"],
    ["Sources suggested that 2,000 troops were sent.", "speculates"],
    ["Officials said that 2,000 troops could be sent.", "speculates"],
    ["Officials said that 2,000 troops were sent.", "asserts"],
  ])("%s → %s", (text, stance) => {
    expect(chains(text)[0]?.stance).toBe(stance);
  });

  test("an expert's hedge is an estimate, not speculation", () => {
    const ryabykh: KnownSource = { id: "ryabykh", name: "Valeriy Ryabykh", kind: "expert", aliases: [] };
    expect(chains("Valeriy Ryabykh said 3,000 troops could guard the border.", [ryabykh])[0]?.stance).toBe("estimates");
  });

  test("'according to' a described source, with a relative clause after it, credits that source", () => {
    expect(chains("More than 139,000 people are sheltering, according to state broadcaster CCTV, which reported that relief is slow.")[0]?.chain).toEqual([
      "CCTV (originator, according to)",
    ]);
  });

  test("outlets named after a closing frame pass the figure on: 'X said, Trend reports citing TASS'", () => {
    expect(chains("At least 65 people were killed, the health ministry said on Wednesday, Trend reports citing TASS.")[0]?.chain).toEqual([
      "health ministry (originator, said)",
      "TASS (relay, citing)",
      "Trend (relay, reports)",
    ]);
    expect(chains("The toll rose to 65 on Monday, the ministry said, AFP reported.")[0]?.chain).toEqual([
      "ministry (originator, said)",
      "AFP (relay, reported)",
    ]);
  });

  test("the agent of a passive verb of telling is the source of the figure right before it, and of no other", () => {
    expect(chains("The floods left more than 170 people missing, atop at least 120 deaths confirmed by authorities.").map((claim) => claim.chain)).toEqual([
      [],
      ["authorities (originator, confirmed by)"],
    ]);
    expect(chains("Police put the crowd at 15,000, far below the 75,000 reported by advocacy group Indivisible Chicago.")[1]?.chain).toEqual([
      "Indivisible Chicago (originator, reported by)",
    ]);
  });

  test("a body telling of its own arrests or deployments is the source of their count", () => {
    expect(chains("The police have already detained over ten people.")[0]?.chain).toEqual(["police (originator, detained)"]);
    expect(chains("Protesters said police detained over ten people.")[0]?.chain).toEqual(["Protesters (originator, said)"]);
  });

  test("'he' after a titled official with an 'of' office points back to that official, not a place", () => {
    const found = chains(
      "Marrow, Jan 27 : The storm has displaced 42 families. The families include 12 from Upper Ward, said Deputy Superintendent of Police Ram Kumar Joshi. Similarly, five families are in tents, he said.",
    );
    expect(found.find((item) => item.words === "five families")?.chain).toEqual(["Ram Kumar Joshi (originator, said)"]);
  });

  test("'X, located … in Hunt, Texas, confirmed': X is the subject, not the state after the town", () => {
    const found = chains("Camp Willow, located along the river in Hunt, Texas, confirmed on Monday that at least 27 campers died.");
    expect(found[0]?.chain).toEqual(["Camp Willow (originator, confirmed)"]);
  });

  test("'the rights group' points back to a body whose name holds the describing word", () => {
    const found = chains(
      "At least 40 people were detained on Saturday, the Varn-based Kalina human rights centre said.\n\nThe march began at noon.\n\nThe rights group has published the names of 31 people held overnight.",
    );
    expect(found.at(-1)?.chain).toEqual(["Varn-based Kalina human rights centre (originator, has published)"]);
  });

  test("the object blamed 'for estimating' a figure is its source", () => {
    const found = chains("Rally organizers threatened to sue the Harbour Park Authority for estimating a crowd of 90,000 on Saturday.");
    expect(found[0]?.chain).toEqual(["Harbour Park Authority (originator, estimating)"]);
  });

  test("a list of names in a subject phrase ('in Tula, Orsk and Perm') does not cut the subject at its commas", () => {
    const found = chains("Organizers of marches in Tula, Orsk and Perm all claimed more than 40,000 attendees.");
    expect(found[0]?.chain[0]).toMatch(/^Organizers of marches in Tula, Orsk and Perm/);
  });
});
