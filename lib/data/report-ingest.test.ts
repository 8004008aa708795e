import { expect, test } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { reportSubmissionSchema } from "../schemas/report-submission";
import type { Actor } from "./actor";
import { createReportWithClaims, findReportByText } from "./report-ingest";
import { seedDemoData } from "./seed";

const editor: Actor = { kind: "user", userId: "editor-1", role: "editor", via: "session" };
const viewer: Actor = { kind: "user", userId: "viewer-1", role: "viewer", via: "session" };

const baseText = "INVENTED TEST REPORT. The ministry said 3,000 workers were evacuated, according to Example Wire.";
// Each test file shares one database, and the same text is never ingested twice.
let reports = 0;
const freshText = () => `${baseText} (${++reports})`;

function submission(overrides: { claims?: unknown[]; text?: string } = {}) {
  const body = overrides.text ?? freshText();
  const start = body.indexOf("3,000 workers");
  return reportSubmissionSchema.parse({
    report: { title: "Evacuation (invented)", text: body, publishedAt: "2026-11-01", outlet: { newSourceKey: "wire" } },
    newSources: [
      { key: "wire", name: "Example Wire", kind: "news_agency" },
      { key: "ministry", name: "Example Ministry", kind: "government", aliases: ["the ministry", "the example ministry"] },
    ],
    topic: { newTopic: { title: "Workers evacuated (invented)", unit: "people" } },
    claims: overrides.claims ?? [
      {
        kind: "quantity",
        statement: "3,000 workers were evacuated.",
        anchor: { start, end: start + "3,000 workers".length, exact: "3,000 workers" },
        value: 3000,
        qualifier: "exact",
        unit: "people",
        modality: "completed",
        chain: [
          { source: { newSourceKey: "ministry" }, role: "originator", verb: "said" },
          { source: { newSourceKey: "wire" }, role: "relay", verb: "according to" },
        ],
      },
    ],
  });
}

async function counts() {
  const { read } = db();
  return Promise.all([read.report.count(), read.claim.count(), read.source.count(), read.topic.count(), read.revision.count()]);
}

test("a reviewed report is saved with its new sources, topic, claims, anchors, chains and revisions", async () => {
  const { reportId, claimIds, topicId } = await createReportWithClaims(editor, submission());
  const claim = await db().read.claim.findUniqueOrThrow({
    where: { id: claimIds[0] },
    include: { hops: { include: { source: true }, orderBy: { position: "asc" } }, report: { include: { outlet: true } } },
  });
  expect(claim).toMatchObject({ reportId, topicId, value: 3000, anchorExact: "3,000 workers", anchorSuffix: " were evacuated, according to Ex" });
  expect("INVENTED TEST REPORT. The ministry said ".endsWith(claim.anchorPrefix)).toBe(true);
  expect(claim.claimedAt?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  expect(claim.hops.map((hop) => [hop.source.name, hop.role])).toEqual([
    ["Example Ministry", "originator"],
    ["Example Wire", "relay"],
  ]);
  expect(claim.report.outlet?.name).toBe("Example Wire");
  const revisions = await db().read.revision.findMany({ where: { authorId: "editor-1" } });
  expect(revisions.map((revision) => revision.entityType).sort()).toEqual(["claim", "report", "source", "source", "topic"]);
});

test("the same text ingested again is refused and names the existing report", async () => {
  const text = freshText();
  const { reportId } = await createReportWithClaims(editor, submission({ text }));
  const before = await counts();
  const error = await createReportWithClaims(editor, submission({ text })).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "duplicate", details: { reportId } });
  expect(await counts()).toEqual(before);
  expect((await findReportByText(editor, text))?.id).toBe(reportId);
});

test("an anchor that does not match the text is refused before anything is written", async () => {
  const before = await counts();
  const bad = submission({
    claims: [{ kind: "quote", statement: "Wrong words.", anchor: { start: 0, end: 8, exact: "NOT HERE" }, chain: [] }],
  });
  await expect(createReportWithClaims(editor, bad)).rejects.toMatchObject({ code: "validation_failed", issues: [{ path: "claims.0.anchor" }] });
  expect(await counts()).toEqual(before);
});

test("a claim naming a source that does not exist leaves nothing half-written", async () => {
  await seedDemoData();
  const before = await counts();
  const start = baseText.indexOf("3,000 workers");
  const bad = submission({
    claims: [
      {
        kind: "quantity",
        statement: "x",
        anchor: { start, end: start + 13, exact: "3,000 workers" },
        value: 3000,
        chain: [{ source: { sourceId: "no-such-source" }, role: "originator" }],
      },
    ],
  });
  await expect(createReportWithClaims(editor, bad)).rejects.toMatchObject({ code: "validation_failed" });
  expect(await counts()).toEqual(before);
});

test("viewers and anonymous visitors cannot save reports", async () => {
  await expect(createReportWithClaims(viewer, submission())).rejects.toMatchObject({ code: "forbidden" });
  await expect(createReportWithClaims({ kind: "anonymous" }, submission())).rejects.toMatchObject({ code: "unauthenticated" });
});

test("a place typed on a review card is saved with the gazetteer's coordinates, so it reaches the map", async () => {
  const body = `${freshText()} They were taken to Kursk.`;
  const start = body.indexOf("taken to Kursk");
  const { claimIds } = await createReportWithClaims(
    editor,
    submission({
      text: body,
      claims: [
        {
          kind: "location",
          statement: "The workers were taken to Kursk.",
          anchor: { start, end: start + 14, exact: "taken to Kursk" },
          placeName: "Kursk",
          chain: [],
        },
      ],
    }),
  );
  const claim = await db().read.claim.findUniqueOrThrow({ where: { id: claimIds[0] } });
  expect(claim).toMatchObject({ placeName: "Kursk", placePrecision: "city" });
  expect(claim.latitude).toBeCloseTo(51.7, 0);
  expect(claim.longitude).toBeCloseTo(36.2, 0);
}, 60_000);

test("a new source typed with a name a live source already answers to is that source, not a duplicate", async () => {
  await createReportWithClaims(editor, submission());
  const wire = await db().read.source.findFirstOrThrow({ where: { name: "Example Wire" } });
  const ministry = await db().read.source.findFirstOrThrow({ where: { name: "Example Ministry" } });
  const sourcesBefore = await db().read.source.count();
  const body = freshText();
  const start = body.indexOf("3,000 workers");
  const typed = reportSubmissionSchema.parse({
    report: { title: "Evacuation again (invented)", text: body, outlet: { newSourceKey: "wire" } },
    newSources: [
      // Another case and spacing of the wire's name; the ministry by an alias it was saved with.
      { key: "wire", name: "  example   WIRE ", kind: "news_agency" },
      { key: "ministry", name: "the Example  Ministry", kind: "government" },
      { key: "mayor", name: "Mayor Ada Invented", kind: "official" },
      { key: "mayor-again", name: "mayor ada invented", kind: "official" },
    ],
    claims: [
      {
        kind: "quantity",
        statement: "3,000 workers were evacuated.",
        anchor: { start, end: start + 13, exact: "3,000 workers" },
        value: 3000,
        chain: [
          { source: { newSourceKey: "ministry" }, role: "originator" },
          { source: { newSourceKey: "mayor-again" }, role: "relay" },
          { source: { newSourceKey: "mayor" }, role: "relay" },
        ],
      },
    ],
  });
  const { reportId, claimIds } = await createReportWithClaims(editor, typed);
  expect((await db().read.report.findUniqueOrThrow({ where: { id: reportId } })).outletId).toBe(wire.id);
  const hops = await db().read.attributionHop.findMany({ where: { claimId: claimIds[0] }, orderBy: { position: "asc" } });
  expect(hops[0]?.sourceId).toBe(ministry.id);
  // The two spellings of the one new name made one source between them.
  expect(hops[1]?.sourceId).toBe(hops[2]?.sourceId);
  expect(await db().read.source.count()).toBe(sourcesBefore + 1);
});
