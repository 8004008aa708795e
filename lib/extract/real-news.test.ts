// The general mechanisms issue 10 asks for, each on words of its own: reporting frames at
// either end of a sentence, common-noun and titled sources, open-vocabulary counted nouns,
// measure and scope, background periods, headline repeats and figures that are not claims.
import { describe, expect, test } from "vitest";
import { extractDetailed, proposeSources } from "./index";
import { chainOf, quantitiesIn } from "./testing";

const quantities = (text: string, publishedAt?: string) => quantitiesIn(text, { publishedAt });

const originators = (text: string) => quantities(text).map((candidate) => [candidate.text, chainOf(candidate).join(" > ")]);

describe("reporting frames and their sources", () => {
  test("a frame closing the sentence names the institution itself, not a country named earlier", () => {
    expect(originators("Turkey was hit hard. At least 214 people were killed, the Ministry of Interior said on Thursday.")).toEqual([
      ["At least 214 people", "Ministry of Interior (originator)"],
    ]);
  });

  test("common nouns and titles are sources of their own when nothing named before fits", () => {
    expect(originators("In Malatya province, 96 bodies had been recovered, the provincial governor said.")).toEqual([
      ["96 bodies", "provincial governor (originator)"],
    ]);
    expect(originators("Up to 400 people may have died, a relief agency estimated.")).toEqual([["Up to 400 people", "a relief agency (originator)"]]);
    expect(originators("Police put the turnout at 15,000 people.")).toEqual([["15,000 people", "Police (originator)"]]);
    expect(originators("Organisers estimated that 40,000 protesters marched.")).toEqual([["40,000 protesters", "Organisers (originator)"]]);
  });

  test("'the agency' and 'its president' resolve to the organisation named before", () => {
    const text =
      "The disaster agency AFAD put the toll at 163. The agency said 2,300 rescuers had been sent. The Turkish Red Crescent set up tents. Its president told Reuters 120 of its staff have arrived.";
    expect(originators(text)).toEqual([
      ["163", "AFAD (originator)"],
      ["2,300 rescuers", "AFAD (originator)"],
      ["120 of its staff", "Turkish Red Crescent (originator) > Reuters (relay)"],
    ]);
  });

  test("a titled source with the name after it is that person, and keeps the title's kind", () => {
    const found = extractDetailed("About 90 people died in the district, according to the district mayor, Ahmet Kaya.").find(
      (candidate) => candidate.kind === "quantity",
    );
    expect(found?.attribution.map((hop) => [hop.name, hop.suggestedKind])).toEqual([["Ahmet Kaya", "official"]]);
  });

  test("a spokesperson speaks for the organisation in the title", () => {
    expect(originators("UNHCR spokesperson Shabia Mantoo said more than 100,000 civilians have been displaced.")).toEqual([
      ["more than 100,000 civilians", "UNHCR (originator) > Shabia Mantoo (speaker)"],
    ]);
  });

  test("new common-noun sources are proposed with a kind", () => {
    const text = "Police said 300 people were detained. A relief agency said 5,000 people had fled.";
    expect(proposeSources(extractDetailed(text))).toEqual([
      { name: "Police", suggestedKind: "government" },
      { name: "A relief agency", suggestedKind: "ngo" },
    ]);
  });
});

describe("what a figure counts", () => {
  test.each([
    ["Officials said 96 bodies had been recovered.", "96 bodies", "people", "killed"],
    ["Officials said 3,000 tents were set up.", "3,000 tents", "tents", "other"],
    ["Officials said 2,300 rescuers had been sent to the region.", "2,300 rescuers", "rescuers", "deployed"],
    ["Officials said 214 people were killed.", "214 people", "people", "killed"],
    ["Officials said 500 people were injured.", "500 people", "people", "injured"],
    ["Police said 120 people were arrested.", "120 people", "people", "detained"],
    ["Officials said tens of thousands of tents were needed.", "tens of thousands of tents", "tents", "other"],
    ["Organisers said 40,000 protesters marched.", "40,000 protesters", "people", "participants"],
  ])("%s", (text, words, unit, measure) => {
    expect(quantities(text).map((candidate) => [candidate.text, candidate.unit, candidate.measure])).toEqual([[words, unit, measure]]);
  });

  test("a figure inside a quotation is a figure", () => {
    expect(quantities("“We have 400 staff on the ground,” its president said.").map((candidate) => candidate.text)).toEqual(["400 staff"]);
  });
});

describe("the area a figure covers", () => {
  test.each([
    ["In Malatya province, 96 bodies had been recovered.", "Malatya province"],
    ["About 90 people died in the Yesilyurt district alone.", "Yesilyurt district"],
    ["Turkey mourned. Up to 400 people may have died across the country.", "Turkey"],
    ["Officials said 2,000 soldiers were stationed in Kharkiv Oblast.", "Kharkiv oblast"],
  ])("%s → %s", (text, scope) => {
    expect(quantities(text)[0]?.scopePlace).toBe(scope);
  });

  test("a source's own place is not the scope, and no place at all is null", () => {
    expect(quantities("Officials said 40 trucks were seen, a spokesperson in Geneva said.")[0]?.scopePlace).toBeNull();
  });
});

describe("periods and not-claims", () => {
  test("a named earlier year is a background figure's period", () => {
    const [found] = extractDetailed("The 1999 quake near Izmit killed 17,000 people.", { publishedAt: "2026-11-26" });
    expect([found?.periodStart, found?.periodEnd]).toEqual(["1999-01-01", "1999-12-31"]);
  });

  test("an event's date before the frame starts the period, which runs to the report's date", () => {
    const text = "At least 214 people were killed when the quake struck early on Monday, the ministry said on Thursday.";
    const [found] = extractDetailed(text, { publishedAt: "2026-11-26" });
    expect([found?.claimedAt, found?.periodStart, found?.periodEnd]).toEqual(["2026-11-26", "2026-11-23", "2026-11-26"]);
  });

  test("magnitudes and prices are not figures", () => {
    expect(quantities("A 7.8 magnitude quake and a magnitude 6.1 aftershock hit; bread now costs 40 lira.").map((candidate) => candidate.text)).toEqual([]);
  });

  test("a headline figure that the body repeats is merged into the body's", () => {
    const text = "Quake kills 214 in eastern Turkey\n\nAt least 214 people were killed, the ministry said. Another 3,000 were injured.";
    expect(quantities(text).map((candidate) => candidate.text)).toEqual(["At least 214 people", "3,000"]);
  });
});
