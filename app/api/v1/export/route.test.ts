// The export's standard formats over real HTTP: ClaimReview and Web Annotation JSON-LD that a
// JSON-LD processor expands offline, selectors that re-find the words in the report, and a CSV
// that Excel opens with its accents and that names the outlet and the publication date.
import jsonld from "jsonld";
import { expect, inject, test } from "vitest";
import { localDocumentLoader } from "@/lib/domain/linked-data/document-loader";
import { reanchor } from "@/lib/domain/linked-data/web-annotation";
import { readCsvExport } from "@/lib/domain/claim-export";
import { call, editorToken, newReportWithClaim } from "../claims/_testing/api-client";

const expandOptions = { documentLoader: localDocumentLoader } as unknown as jsonld.Options.Expand;

async function exported(format: string, topicSlug: string) {
  const answer = await call<unknown>("GET", `/api/v1/export?format=${format}&topic=${topicSlug}`, { as: editorToken });
  expect(answer.status).toBe(200);
  return answer;
}

test("a reviewed claim exports as schema.org ClaimReview that expands offline; a draft claim is left out", async () => {
  const { claimId, topic, ministry } = await newReportWithClaim();
  const slug = topic.slug as string;
  const drafts = await exported("claimreview", slug);
  expect(drafts.headers.get("content-type")).toMatch(/application\/ld\+json/);
  expect(drafts.body).toEqual([]);
  const reviewed = await call("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { reviewStatus: "misleading", version: 1 } });
  expect(reviewed.status).toBe(200);
  const { body } = await exported("claimreview", slug);
  const [review] = body as Array<Record<string, unknown>>;
  expect(review).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: "3,000 workers left the city.",
    itemReviewed: {
      "@type": "Claim",
      author: { name: ministry.name },
      appearance: { "@type": "CreativeWork", headline: "Workers leave (invented)", datePublished: "2026-11-01" },
    },
    reviewRating: { "@type": "Rating", alternateName: "Misleading" },
  });
  const [expanded] = (await jsonld.expand(review as jsonld.JsonLdDocument, expandOptions)) as Array<Record<string, unknown>>;
  expect(expanded!["@type"]).toEqual(["http://schema.org/ClaimReview"]);
  expect(Object.keys(expanded!).filter((key) => !key.startsWith("@"))).toHaveLength(Object.keys(review!).filter((key) => !key.startsWith("@")).length);
});

test("each claim exports as a Web Annotation whose selectors re-find its words in the report", async () => {
  const { report, topic, text } = await newReportWithClaim();
  const { body } = await exported("annotations", topic.slug as string);
  const [annotation] = body as Array<{
    target: { source: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] };
  }>;
  expect(annotation!.target.source).toMatch(new RegExp(`/reports/${report.id}$`));
  const [quote, position] = annotation!.target.selector;
  const found = reanchor(text, quote, position)!;
  expect(text.slice(found.start, found.end)).toBe("3,000 workers");
  const expanded = (await jsonld.expand(annotation as unknown as jsonld.JsonLdDocument, expandOptions)) as Array<Record<string, unknown>>;
  expect(expanded[0]!["@type"]).toEqual(["http://www.w3.org/ns/oa#Annotation"]);
});

test("bom=1 starts the CSV with a byte-order mark; rows name the outlet and the publication date", async () => {
  const { topic } = await newReportWithClaim();
  const answer = await fetch(`${inject("apiBaseUrl")}/api/v1/export?format=csv&bom=1&topic=${topic.slug as string}`, {
    headers: { authorization: editorToken.authorization! },
  });
  const bytes = new Uint8Array(await answer.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [row] = readCsvExport(new TextDecoder().decode(bytes.slice(3)));
  expect(row).toMatchObject({ value: "3000", report_published_at: "2026-11-01T00:00:00.000Z" });
  expect(Object.keys(row!)).toContain("outlet");
});
