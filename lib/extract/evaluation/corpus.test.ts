import { describe, expect, test } from "vitest";
import { demoClaims, demoSources } from "../../demo/founding-report";
import { readCorpus } from "./corpus";
import { matchCandidates, overlapRatio, sameOriginator } from "./score";

const corpus = readCorpus();

describe("the labelled corpus", () => {
  test("holds the founding report and at least twelve invented texts, each marked as invented", () => {
    const invented = corpus.filter((entry) => entry.invented);
    expect(invented.length).toBeGreaterThanOrEqual(12);
    for (const entry of invented) expect(entry.body.split("\n")[0]).toBe("INVENTED TEXT FOR TESTING — not a real news report");
    expect(corpus.filter((entry) => entry.strict).map((entry) => entry.name)).toEqual(["00-founding-report"]);
  });

  test("labels the founding report exactly as the hand-entered demo claims", () => {
    const founding = corpus.find((entry) => entry.strict);
    const name = (slug: string) => demoSources.find((source) => source.slug === slug)?.name;
    expect(
      founding?.labels.map((label) => ({
        kind: label.kind,
        start: label.start,
        end: label.end,
        text: label.text,
        originator: label.originator,
        chain: label.chain,
      })),
    ).toEqual(
      demoClaims.map((claim) => ({
        kind: claim.kind,
        start: claim.anchor.start,
        end: claim.anchor.end,
        text: claim.anchor.exact,
        originator: name(claim.chain[0]?.source ?? ""),
        chain: claim.chain.map((hop) => ({ sourceId: hop.source, role: hop.role })),
      })),
    );
  });
});

describe("scoring", () => {
  const label = { kind: "quantity" as const, text: "about 10,000 soldiers", occurrence: 1, start: 10, end: 31, originator: "Volodymyr Zelensky" };
  const candidate = {
    kind: "quantity" as const,
    start: 16,
    end: 31,
    text: "10,000 soldiers",
    value: 10000,
    lower: null,
    upper: null,
    qualifier: "approx" as const,
    unit: "troops",
    modality: null,
    stance: null,
    place: null,
    attribution: [{ name: "Zelensky", role: "originator" as const, sourceId: null }],
    measure: null,
    scopePlace: null,
  };

  test("matches spans that overlap by at least half of the longer one", () => {
    expect(overlapRatio(label, candidate)).toBeCloseTo(15 / 21);
    expect(matchCandidates([label], [candidate]).pairs).toHaveLength(1);
    expect(matchCandidates([label], [{ ...candidate, start: 26 }]).pairs).toHaveLength(0);
    expect(matchCandidates([label], [{ ...candidate, kind: "quote" }]).pairs).toHaveLength(0);
  });

  test("takes a shorter or longer name for the same originator", () => {
    expect(sameOriginator(label, candidate)).toBe(true);
    expect(sameOriginator({ ...label, originator: "Ukrainian intelligence" }, candidate)).toBe(false);
    expect(sameOriginator({ ...label, originator: null }, { ...candidate, attribution: [] })).toBe(true);
  });
});
