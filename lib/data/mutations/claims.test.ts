import { expect, test } from "vitest";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { claimCreateSchema, claimUpdateSchema } from "../../schemas/claim";
import { reportSubmissionSchema } from "../../schemas/report-submission";
import type { Actor } from "../actor";
import { createClaim, deleteClaim, restoreClaim, restoreClaimVersion, updateClaim } from "./claims";
import { getClaimHistory } from "./reads";
import { createReport } from "./reports";
import { createSource } from "./sources";

const editor: Actor = { kind: "user", userId: "editor-1", role: "editor", via: "session" };
const otherEditor: Actor = { kind: "user", userId: "editor-2", role: "editor", via: "token" };
const viewer: Actor = { kind: "user", userId: "viewer-1", role: "viewer", via: "token" };
const admin: Actor = { kind: "user", userId: "admin-1", role: "admin", via: "session" };

let texts = 0;
async function reportWithSources() {
  const text = `INVENTED. The ministry said 3,000 workers left; Example Wire counted about 2,500 (${++texts}).`;
  const [ministry, wire] = await Promise.all([
    createSource(editor, {
      name: `Example Ministry ${texts}`,
      kind: "government",
      country: null,
      parentId: null,
      aliases: [],
      description: null,
      homepage: null,
      wikidataId: null,
      reliability: null,
    }),
    createSource(editor, {
      name: `Example Wire ${texts}`,
      kind: "news_agency",
      country: null,
      parentId: null,
      aliases: [],
      description: null,
      homepage: null,
      wikidataId: null,
      reliability: null,
    }),
  ]);
  const { report } = await createReport(
    editor,
    reportSubmissionSchema.parse({ report: { title: "Workers (invented)", text, publishedAt: "2026-11-01" }, claims: [] }),
  );
  return { report, ministry, wire };
}

async function newClaim() {
  const { report, ministry, wire } = await reportWithSources();
  const start = report.text.indexOf("3,000 workers");
  const claim = await createClaim(
    editor,
    claimCreateSchema.parse({
      reportId: report.id,
      kind: "quantity",
      statement: "3,000 workers left.",
      anchor: { start, end: start + 13, exact: "3,000 workers" },
      value: 3000,
      qualifier: "exact",
      chain: [
        { sourceId: ministry.id, role: "originator", verb: "said" },
        { sourceId: wire.id, role: "relay" },
      ],
    }),
  );
  return { claim, report, ministry, wire };
}

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const revisionCount = (id: string) => db().read.revision.count({ where: { entityType: "claim", entityId: id } });

test("a new claim is anchored to its report's words, dated by the report, with its chain and a revision", async () => {
  const { claim } = await newClaim();
  expect(claim.anchor).toMatchObject({ exact: "3,000 workers", prefix: "INVENTED. The ministry said ", suffix: " left; Example Wire counted abou" });
  expect(claim.claimedAt?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  expect(claim.chain.map((hop) => hop.role)).toEqual(["originator", "relay"]);
  expect(claim.version).toBe(1);
  expect(await revisionCount(claim.id)).toBe(1);
});

test("an anchor that is not the report's words, or a chain without its originator first, is refused", async () => {
  const { report, ministry, wire } = await reportWithSources();
  const base = { reportId: report.id, kind: "statement", statement: "Workers left.", chain: [{ sourceId: ministry.id, role: "originator" }] };
  const moved = await caught(createClaim(editor, claimCreateSchema.parse({ ...base, anchor: { start: 0, end: 13, exact: "3,000 workers" } })));
  expect(moved).toMatchObject({ code: "validation_failed", issues: [{ path: "anchor" }] });
  const start = report.text.indexOf("workers");
  const relayFirst = claimCreateSchema.parse({
    ...base,
    anchor: { start, end: start + 7, exact: "workers" },
    chain: [
      { sourceId: wire.id, role: "relay" },
      { sourceId: ministry.id, role: "originator" },
    ],
  });
  const unsound = await caught(createClaim(editor, relayFirst));
  expect(unsound).toMatchObject({ code: "validation_failed" });
  expect((unsound as AppError).issues?.map((issue) => issue.path)).toEqual(["chain.0", "chain.1"]);
  expect(await db().read.claim.count({ where: { reportId: report.id } })).toBe(0);
});

test("an update bumps the version, replaces the chain and records before and after", async () => {
  const { claim, ministry } = await newClaim();
  const updated = await updateClaim(editor, claim.id, 1, claimUpdateSchema.parse({ value: 3100, chain: [{ sourceId: ministry.id, role: "originator" }] }));
  expect(updated).toMatchObject({ version: 2, value: 3100, chain: [{ sourceId: ministry.id, role: "originator", verb: null }] });
  const history = await getClaimHistory(viewer, claim.id);
  expect(history?.revisions.map((revision) => [revision.action, revision.version])).toEqual([
    ["create", 1],
    ["update", 2],
  ]);
  // PostgreSQL's jsonb keeps keys in its own order, so the fields are compared as a set.
  expect(history!.revisions[1]!.changes.map((change) => change.field).sort()).toEqual(["chain", "value"]);
});

test("a stale version is refused with the record as it is now, and nothing is overwritten", async () => {
  const { claim } = await newClaim();
  await updateClaim(editor, claim.id, 1, { notes: "first analyst" });
  const error = await caught(updateClaim(otherEditor, claim.id, 1, { notes: "second analyst" }));
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "version_conflict", status: 409, details: { current: { version: 2, notes: "first analyst" } } });
  expect((await db().read.claim.findUniqueOrThrow({ where: { id: claim.id } })).notes).toBe("first analyst");
  expect(await revisionCount(claim.id)).toBe(2);
});

test("two updates started from the same version at once: exactly one wins, the other is told", async () => {
  const { claim } = await newClaim();
  const outcomes = await Promise.allSettled([
    updateClaim(editor, claim.id, 1, { notes: "from the first editor" }),
    updateClaim(otherEditor, claim.id, 1, { notes: "from the second editor" }),
  ]);
  const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
  const lost = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason as AppError] : []));
  expect(won).toHaveLength(1);
  expect(lost.map((error) => error.code)).toEqual(["version_conflict"]);
  const stored = await db().read.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(stored.version).toBe(2);
  expect(stored.notes).toBe((won[0] as PromiseFulfilledResult<{ notes: string }>).value.notes);
  expect(await revisionCount(claim.id)).toBe(2);
});

test("viewers change nothing; deleting is an editor's, restoring an administrator's", async () => {
  const { claim } = await newClaim();
  expect(await caught(updateClaim(viewer, claim.id, 1, { notes: "no" }))).toMatchObject({ code: "forbidden" });
  expect(await caught(deleteClaim(viewer, claim.id, 1))).toMatchObject({ code: "forbidden" });
  const deleted = await deleteClaim(editor, claim.id, 1);
  expect(deleted.deletedAt).not.toBeNull();
  expect(await caught(updateClaim(editor, claim.id, 2, { notes: "too late" }))).toMatchObject({ code: "not_found" });
  expect(await caught(restoreClaim(editor, claim.id, 2))).toMatchObject({ code: "forbidden" });
  const restored = await restoreClaim(admin, claim.id, 2);
  expect(restored).toMatchObject({ version: 3, deletedAt: null });
  expect((await getClaimHistory(viewer, claim.id))?.revisions.map((revision) => revision.action)).toEqual(["create", "delete", "restore"]);
});

test("an editor restores an earlier version: the old fields and chain come back as a new version", async () => {
  const { claim, ministry } = await newClaim();
  await updateClaim(editor, claim.id, 1, {
    statement: "About 3,000 workers left.",
    value: 2900,
    chain: [{ sourceId: ministry.id, role: "originator", verb: null }],
  });
  const restored = await restoreClaimVersion(otherEditor, claim.id, 2, 1);
  expect(restored).toMatchObject({ version: 3, statement: "3,000 workers left.", value: 3000 });
  expect(restored.chain.map((hop) => hop.role)).toEqual(["originator", "relay"]);
  const last = (await getClaimHistory(viewer, claim.id))!.revisions.at(-1)!;
  expect(last).toMatchObject({ action: "restore", version: 3, authorId: "editor-2" });
  expect(await caught(restoreClaimVersion(editor, claim.id, 2, 1))).toMatchObject({ code: "version_conflict" });
  expect(await caught(restoreClaimVersion(editor, claim.id, 3, 9))).toMatchObject({ code: "validation_failed" });
});

test("a place typed on the edit form gets the gazetteer's coordinates, and a renamed place new ones", async () => {
  const { claim } = await newClaim();
  const placed = await updateClaim(editor, claim.id, 1, claimUpdateSchema.parse({ placeName: "Kursk" }));
  expect(placed).toMatchObject({ placeName: "Kursk", placePrecision: "city" });
  expect(placed.latitude).toBeCloseTo(51.7, 0);
  const moved = await updateClaim(
    editor,
    claim.id,
    2,
    claimUpdateSchema.parse({ placeName: "Ussuriysk", latitude: placed.latitude, longitude: placed.longitude }),
  );
  expect(moved.latitude).toBeCloseTo(43.8, 0);
}, 60_000);
