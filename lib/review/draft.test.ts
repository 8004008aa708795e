import { expect, test } from "vitest";
import type { DetailedCandidate } from "../extract/candidate";
import { reportSubmissionSchema } from "../schemas/report-submission";
import { draftFromCandidate, draftFromSelection, type ReportDetails, toSubmission } from "./draft";

const text = "Invented. The ministry said 3,000 workers left, according to Example Wire. Example Wire added more.";

function candidate(overrides: Partial<DetailedCandidate> = {}): DetailedCandidate {
  const start = text.indexOf("3,000 workers");
  return {
    kind: "quantity",
    start,
    end: start + 13,
    text: "3,000 workers",
    value: 3000,
    lower: null,
    upper: null,
    qualifier: "exact",
    unit: "people",
    modality: "completed",
    stance: "asserts",
    place: null,
    measure: "other",
    scopePlace: null,
    attribution: [
      { name: "The ministry", role: "originator", sourceId: null, verb: "said", mention: null, suggestedKind: "government", description: null },
      { name: "Example Wire", role: "relay", sourceId: "wire-id", verb: "according to", mention: null, suggestedKind: "news_agency", description: null },
    ],
    asStated: "3,000 workers",
    placeRelation: null,
    placePrecision: null,
    latitude: null,
    longitude: null,
    claimedAt: "2026-11-01",
    periodStart: null,
    periodEnd: null,
    sentence: { start: 10, end: 75 },
    ...overrides,
  };
}

const details: ReportDetails = {
  title: "Invented",
  url: null,
  outletName: "Example Wire",
  outletSourceId: "wire-id",
  author: null,
  publishedAt: "2026-11-01",
  language: "en",
  text,
};

test("an accepted proposal becomes a valid submission with its anchor, chain and new sources", () => {
  const submission = toSubmission(details, [draftFromCandidate(text, candidate(), 0)], { topicId: "topic-1" });
  expect(reportSubmissionSchema.parse(submission)).toEqual(submission);
  expect(submission.claims[0]).toMatchObject({
    statement: "The ministry said 3,000 workers left, according to Example Wire.",
    anchor: { exact: "3,000 workers" },
    value: 3000,
    chain: [
      { source: { newSourceKey: "the ministry" }, role: "originator" },
      { source: { sourceId: "wire-id" }, role: "relay" },
    ],
  });
  expect(submission.newSources).toEqual([{ key: "the ministry", name: "The ministry", kind: "government", country: null, aliases: [] }]);
  expect(submission.report.outlet).toEqual({ sourceId: "wire-id" });
});

test("rejected drafts are not saved, and one new name mentioned twice is one new source", () => {
  const first = draftFromCandidate(text, candidate(), 0);
  const second = { ...draftFromCandidate(text, candidate({ attribution: [{ ...candidate().attribution[0]!, name: "the  Ministry" }] }), 1) };
  const rejected = { ...draftFromCandidate(text, candidate(), 2), decision: "rejected" as const };
  const submission = toSubmission({ ...details, outletSourceId: null, outletName: "Invented Times" }, [first, second, rejected], null);
  expect(submission.claims).toHaveLength(2);
  expect(submission.newSources.map((source) => source.key).sort()).toEqual(["invented times", "the ministry"]);
  expect(submission.report.outlet).toEqual({ newSourceKey: "invented times" });
});

test("each hop of a proposal has a key of its own, which the submission leaves out", () => {
  const draft = draftFromCandidate(text, candidate(), 0);
  const keys = draft.chain.map((hop) => hop.key);
  expect(new Set(keys).size).toBe(draft.chain.length);
  const submitted = toSubmission(details, [draft], null).claims[0]!.chain;
  expect(submitted).toHaveLength(draft.chain.length);
  for (const hop of submitted) expect(hop).not.toHaveProperty("key");
});

test("words the analyst selects become a statement anchored to them", () => {
  const start = text.indexOf("Example Wire added more.");
  const draft = draftFromSelection(text, start, start + 24, 1);
  const submission = toSubmission(details, [draft], null);
  expect(submission.claims[0]).toMatchObject({
    kind: "statement",
    statement: "Example Wire added more.",
    anchor: { start, end: start + 24, exact: "Example Wire added more." },
    chain: [],
  });
});
