// The founding report must come out exactly as the analyst entered it by hand
// (lib/demo/founding-report.ts): every claim, every field, and nothing else.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { demoClaims, demoSources, foundingReport } from "../demo/founding-report";
import { candidateSchema, extractCandidates, extractDetailed, proposeSources } from "./index";

const text = readFileSync(new URL("../../fixtures/seed-article.txt", import.meta.url), "utf8");
const knownSources = demoSources.map((source) => ({ id: source.slug, name: source.name, kind: source.kind, aliases: source.aliases }));
const options = { publishedAt: foundingReport.publishedAt, knownSources };
const candidates = extractCandidates(text, options);

function candidateAt(start: number, end: number) {
  return candidates.find((candidate) => candidate.start === start && candidate.end === end);
}

describe("the founding report", () => {
  for (const claim of demoClaims) {
    test(`proposes ${claim.key} exactly as entered`, () => {
      const candidate = candidateAt(claim.anchor.start, claim.anchor.end);
      expect(candidate, `no candidate at ${claim.anchor.start}–${claim.anchor.end} ("${claim.anchor.exact}")`).toBeDefined();
      expect(candidate?.kind).toBe(claim.kind);
      expect(candidate?.text).toBe(claim.anchor.exact);
      expect(candidate?.modality).toBe(claim.modality);
      expect(candidate?.stance).toBe(claim.stance);
      expect(candidate?.attribution.map((hop) => ({ sourceId: hop.sourceId, role: hop.role }))).toEqual(
        claim.chain.map((hop) => ({ sourceId: hop.source, role: hop.role })),
      );
      if (claim.quantity) {
        expect(candidate?.value).toBe(claim.quantity.value);
        expect(candidate?.qualifier).toBe(claim.quantity.qualifier);
        expect(candidate?.unit).toBe(claim.quantity.unit);
        expect(candidate?.upper).toBe(claim.quantity.upper ?? null);
        expect(candidate?.lower).toBe(claim.quantity.lower ?? null);
      }
      if (claim.place) expect(candidate?.place).toBe(claim.place.name);
    });
  }

  test("proposes nothing the analyst did not enter", () => {
    const entered = new Set(demoClaims.map((claim) => `${claim.anchor.start}-${claim.anchor.end}`));
    expect(candidates.filter((candidate) => !entered.has(`${candidate.start}-${candidate.end}`)).map((candidate) => candidate.text)).toEqual([]);
  });

  test("answers the fixed JSON: exactly the Candidate keys, each anchored on its words", () => {
    for (const candidate of candidates) {
      expect(candidateSchema.parse(candidate)).toEqual(candidate);
      expect(text.slice(candidate.start, candidate.end)).toBe(candidate.text);
    }
  });

  test("places the claims on the map with the relation as stated", () => {
    const detailed = extractDetailed(text, options);
    const ussuriysk = detailed.find((candidate) => candidate.place === "Ussuriysk");
    expect(ussuriysk).toMatchObject({ placeRelation: "near; north of Vladivostok", placePrecision: "near" });
    expect(ussuriysk?.latitude).toBeCloseTo(43.8, 1);
    expect(ussuriysk?.longitude).toBeCloseTo(131.95, 1);
    const occupied = detailed.find((candidate) => candidate.place === "Russian-occupied territories of Ukraine");
    expect(occupied).toMatchObject({ placeRelation: "in", placePrecision: "region", latitude: 47.5, longitude: 36.5 });
  });

  test("keeps the verbs of each hop and the figure's words for review", () => {
    const detailed = extractDetailed(text, options);
    const planned = detailed.find((candidate) => candidate.start === 407);
    expect(planned?.attribution.map((hop) => hop.verb)).toEqual(["citing", "according to"]);
    expect(detailed.find((candidate) => candidate.start === 564)?.asStated).toBe("four brigades, totaling 12,000 soldiers");
    expect(detailed.find((candidate) => candidate.start === 1848)?.periodStart).toBe("2024-10-07");
    expect(detailed.every((candidate) => candidate.claimedAt === "2024-10-18")).toBe(true);
  });

  test("without known sources, names every source as written and proposes them with a kind", () => {
    const unresolved = extractDetailed(text, { publishedAt: foundingReport.publishedAt });
    expect(unresolved.flatMap((candidate) => candidate.attribution).every((hop) => hop.sourceId === null)).toBe(true);
    const proposed = proposeSources(unresolved);
    expect(proposed).toEqual(
      expect.arrayContaining([
        { name: "National Intelligence Service", suggestedKind: "intelligence_service" },
        { name: "Yonhap News Agency", suggestedKind: "news_agency" },
        { name: "Volodymyr Zelensky", suggestedKind: "official" },
        { name: "sources", suggestedKind: "anonymous" },
        { name: "Reports from Russia’s Far East", suggestedKind: "anonymous" },
        { name: "BBC Russian", suggestedKind: "media_outlet" },
        { name: "Valeriy Ryabykh", suggestedKind: "expert" },
      ]),
    );
  });
});
