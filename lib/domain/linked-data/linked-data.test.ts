import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { nisViaYonhap } from "../test-support/export-claim";
import { claimReviewOf } from "./claim-review";
import { localDocumentLoader } from "./document-loader";
import { provenanceContextReference, provenanceOf } from "./provenance";
import { reanchor, webAnnotationOf } from "./web-annotation";

const app = "https://tracker.example";
const reviewer = { name: "Claim tracker", url: app };
const options = { documentLoader: localDocumentLoader } as unknown as jsonld.Options.Expand;

/** Expanded, then compacted again with the document's own context: a lossless document comes back whole. */
async function roundTrip(document: Record<string, unknown>) {
  const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, options);
  const compacted = await jsonld.compact(expanded, document["@context"] as jsonld.ContextDefinition, options as jsonld.Options.Compact);
  return { expanded, compacted };
}

const schema = (term: string) => `http://schema.org/${term}`;
const oa = (term: string) => `http://www.w3.org/ns/oa#${term}`;

describe("schema.org ClaimReview", () => {
  test("a draft claim has not been reviewed and gets none", () => {
    expect(claimReviewOf(nisViaYonhap, reviewer)).toBeNull();
  });

  test("a reviewed claim names the claim, its originator as author, the report as appearance and the rating", async () => {
    const review = claimReviewOf({ ...nisViaYonhap, reviewStatus: "false" }, reviewer)!;
    const { expanded, compacted } = await roundTrip(review);
    expect(compacted).toEqual(review);
    const [node] = expanded as Array<Record<string, unknown>>;
    expect(node!["@type"]).toEqual([schema("ClaimReview")]);
    expect(node![schema("claimReviewed")]).toEqual([{ "@value": nisViaYonhap.statement }]);
    const [item] = node![schema("itemReviewed")] as Array<Record<string, unknown>>;
    expect(item!["@type"]).toEqual([schema("Claim")]);
    const [author] = item![schema("author")] as Array<Record<string, unknown>>;
    expect(author![schema("name")]).toEqual([{ "@value": "National Intelligence Service" }]);
    const [appearance] = item![schema("appearance")] as Array<Record<string, unknown>>;
    expect(appearance![schema("url")]).toEqual([{ "@id": `${app}/reports/report-1` }]);
    const [rating] = node![schema("reviewRating")] as Array<Record<string, unknown>>;
    expect(rating![schema("alternateName")]).toEqual([{ "@value": "False" }]);
    expect(rating![schema("ratingValue")]).toEqual([{ "@value": 1 }]);
  });

  test("every status but draft maps to a rating between worst and best", () => {
    for (const status of ["accepted", "disputed", "retracted", "verified", "false", "misleading"] as const) {
      const review = claimReviewOf({ ...nisViaYonhap, reviewStatus: status }, reviewer)!;
      const rating = review.reviewRating as { ratingValue: number; bestRating: number; worstRating: number };
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
    }
  });
});

describe("W3C Web Annotation", () => {
  test("the annotation expands to oa: terms with both selectors, and compacts back whole", async () => {
    const annotation = webAnnotationOf(nisViaYonhap, app);
    const { expanded, compacted } = await roundTrip(annotation);
    expect(compacted).toEqual(annotation);
    const [node] = expanded as Array<Record<string, unknown>>;
    expect(node!["@type"]).toEqual([oa("Annotation")]);
    const [target] = node![oa("hasTarget")] as Array<Record<string, unknown>>;
    const selectors = target![oa("hasSelector")] as Array<Record<string, unknown>>;
    expect(selectors.map((selector) => selector["@type"])).toEqual([[oa("TextQuoteSelector")], [oa("TextPositionSelector")]]);
    expect(selectors[0]![oa("exact")]).toEqual([{ "@value": "12,000 troops" }]);
  });

  test("the selectors re-find the claim's words in the report, also after the text moved", () => {
    const before = "Seoul says Pyongyang will deploy 12,000 troops, including special forces.";
    const { exact, prefix, suffix } = nisViaYonhap.anchor;
    const start = before.indexOf(exact);
    const position = { start, end: start + exact.length };
    expect(reanchor(before, { exact, prefix, suffix }, position)).toEqual(position);
    const moved = `Updated: ${before}`;
    const found = reanchor(moved, { exact, prefix, suffix }, position)!;
    expect(moved.slice(found.start, found.end)).toBe(exact);
    expect(reanchor("No such words here.", { exact, prefix, suffix }, position)).toBeNull();
  });
});

describe("PROV-O provenance", () => {
  test("each hop becomes an attribution and the report the claim's derivation", async () => {
    const document = { "@context": provenanceContextReference, claims: [provenanceOf(nisViaYonhap, app)] };
    const expanded = (await jsonld.expand(document, options)) as Array<Record<string, unknown>>;
    const [list] = expanded[0]![schema("hasPart")] as Array<{ "@list": Array<Record<string, unknown>> }>;
    const [claim] = list!["@list"];
    expect(claim!["http://www.w3.org/ns/prov#wasAttributedTo"]).toEqual([
      { "@id": `${app}/sources/national-intelligence-service` },
      { "@id": `${app}/sources/yonhap-news-agency` },
    ]);
    expect(claim!["http://www.w3.org/ns/prov#wasDerivedFrom"]).toEqual([{ "@id": `${app}/reports/report-1` }]);
  });

  test("the loader refuses any address it has no copy of, so nothing is fetched", async () => {
    await expect(localDocumentLoader("https://example.org/context.jsonld")).rejects.toThrow(/nothing is fetched/);
  });
});
