import { describe, expect, test } from "vitest";
import type { KnownSource } from "./candidate";
import { extractCandidates, extractDetailed, proposeSources } from "./index";

const nis: KnownSource = {
  id: "nis",
  name: "National Intelligence Service",
  kind: "intelligence_service",
  aliases: ["NIS", "Seoul’s spy agency", "Seoul's National Intelligence Service"],
};
const seoul: KnownSource = { id: "seoul", name: "Government of South Korea", kind: "government", aliases: ["Seoul"] };

function originator(text: string, knownSources: KnownSource[]) {
  return extractCandidates(text, { knownSources })[0]?.attribution[0];
}

describe("resolving mentions to known sources", () => {
  test("by alias, ignoring case and the kind of apostrophe", () => {
    expect(originator("seoul's spy agency confirmed 1,500 troops had arrived.", [nis, seoul])).toEqual({
      name: "National Intelligence Service",
      role: "originator",
      sourceId: "nis",
    });
    expect(originator("Seoul’s National Intelligence Service said 1,500 troops had arrived.", [nis, seoul])?.sourceId).toBe("nis");
  });

  test("the longest alias wins: 'Seoul’s spy agency' is not the government", () => {
    expect(originator("Seoul’s spy agency said 1,500 troops had arrived.", [seoul, nis])?.sourceId).toBe("nis");
    expect(originator("Seoul said 1,500 troops had arrived.", [seoul, nis])?.sourceId).toBe("seoul");
  });

  test("a possessive after an alias still names the source", () => {
    expect(originator("The NIS’s director said 1,500 troops had arrived.", [nis])?.sourceId).toBe("nis");
  });

  test("an unknown name stays unresolved, with its name as written", () => {
    expect(originator("The Baltic Wire news agency said 1,500 troops had arrived.", [nis])).toEqual({
      name: "Baltic Wire news agency",
      role: "originator",
      sourceId: null,
    });
  });
});

describe("proposing new sources", () => {
  test("each unresolved name once, with the kind its words suggest", () => {
    const text =
      "The Baltic Wire news agency, citing the State Security Service, said 2,500 fighters were trained. " +
      "Sources said 300 more arrived. Defence Minister Rustem Vale said 40 tanks were sent. " +
      "Olga Petrenko, an analyst at the Kyiv Institute, said 10 brigades were ready. The NIS said 1,500 troops had arrived.";
    expect(proposeSources(extractDetailed(text, { knownSources: [nis] }), [nis])).toEqual([
      { name: "State Security Service", suggestedKind: "intelligence_service" },
      { name: "Baltic Wire news agency", suggestedKind: "news_agency" },
      { name: "Sources", suggestedKind: "anonymous" },
      { name: "Rustem Vale", suggestedKind: "official" },
      { name: "Olga Petrenko", suggestedKind: "expert" },
    ]);
  });

  test("police and civil officers are government and officials, not the army; newspapers are outlets", () => {
    const text =
      "Nine people were killed, Sorvik police officers said. " +
      '"We counted 12 bodies," said Omar Diriye, a local police commander. ' +
      '"The toll is 15," said Asha Rai, divisional commissioner of Halden district. ' +
      "The toll reached 17, local newspapers reported.";
    expect(proposeSources(extractDetailed(text))).toEqual([
      { name: "Sorvik police officers", suggestedKind: "government" },
      { name: "Omar Diriye", suggestedKind: "official" },
      { name: "Asha Rai", suggestedKind: "official" },
      { name: "local newspapers", suggestedKind: "media_outlet" },
    ]);
  });

  test("from plain candidates, judged by the name alone", () => {
    const candidates = extractCandidates("Radio Sahel said 30 instructors had arrived.");
    expect(proposeSources(candidates)).toEqual([{ name: "Radio Sahel", suggestedKind: "media_outlet" }]);
  });
});
