// Claims over real HTTP: an editor's whole round (create, read, change, delete, restore,
// restore an earlier version), the version checks that keep two analysts from overwriting
// each other, ETags, and the list's filters and cursor.
import { beforeAll, expect, test } from "vitest";
import { adminSession, type Caller, call, editorToken, type ErrorBody, newReportWithClaim } from "./_testing/api-client";

type Claim = {
  id: string;
  version: number;
  notes: string | null;
  value: number | null;
  statement: string;
  deletedAt: string | null;
  chain: { sourceId: string; role: string }[];
  anchor: { exact: string; prefix: string };
};
let admin: Caller;
beforeAll(async () => {
  admin = await adminSession();
});

test("an editor adds a claim to a report: anchored to the text, with its chain, ETag and Location", async () => {
  const { report, ministry, text } = await newReportWithClaim();
  const start = text.indexOf("the city");
  const created = await call<Claim>("POST", "/api/v1/claims", {
    as: editorToken,
    body: {
      reportId: report.id,
      kind: "location",
      statement: "They left the city.",
      anchor: { start, end: start + 8, exact: "the city" },
      chain: [{ sourceId: ministry.id, role: "originator" }],
    },
  });
  expect(created.status).toBe(201);
  expect(created.headers.get("location")).toBe(`/api/v1/claims/${created.body.id}`);
  expect(created.headers.get("etag")).toBe(`"${created.body.id}.v1"`);
  expect(created.body.anchor).toMatchObject({ exact: "the city", prefix: expect.stringContaining("workers left ") });
  const read = await call<Claim>("GET", `/api/v1/claims/${created.body.id}`);
  expect(read.body).toEqual(created.body);
});

test("an anchor that is not the report's words is refused with 400, naming the anchor", async () => {
  const { report, ministry } = await newReportWithClaim();
  const answer = await call<ErrorBody>("POST", "/api/v1/claims", {
    as: editorToken,
    body: {
      reportId: report.id,
      kind: "quote",
      statement: "Invented.",
      anchor: { start: 0, end: 5, exact: "Hello" },
      chain: [{ sourceId: ministry.id, role: "originator" }],
    },
  });
  expect(answer.status).toBe(400);
  expect(answer.body.error.issues?.map((issue) => issue.path)).toEqual(["anchor"]);
});

test("a stale body version answers 409 with the claim as it is now; nothing is overwritten", async () => {
  const { claimId } = await newReportWithClaim();
  const first = await call<Claim>("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { notes: "First analyst's note", version: 1 } });
  expect(first.status).toBe(200);
  expect(first.body.version).toBe(2);
  const second = await call<ErrorBody>("PATCH", `/api/v1/claims/${claimId}`, { as: admin, body: { notes: "Second analyst's note", version: 1 } });
  expect(second.status).toBe(409);
  expect(second.body.error.code).toBe("version_conflict");
  expect(second.body.error.current).toMatchObject({ id: claimId, version: 2, notes: "First analyst's note" });
  expect((await call<Claim>("GET", `/api/v1/claims/${claimId}`)).body).toMatchObject({ version: 2, notes: "First analyst's note" });
});

test("a stale If-Match answers 412; a current one applies the change", async () => {
  const { claimId } = await newReportWithClaim();
  const read = await call<Claim>("GET", `/api/v1/claims/${claimId}`);
  const etag = read.headers.get("etag")!;
  const changed = await call<Claim>("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { value: 3100 }, headers: { "if-match": etag } });
  expect(changed.status).toBe(200);
  expect(changed.headers.get("etag")).toBe(`"${claimId}.v2"`);
  const stale = await call<ErrorBody>("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { value: 9999 }, headers: { "if-match": etag } });
  expect(stale.status).toBe(412);
  expect(stale.body.error).toMatchObject({ code: "precondition_failed", current: { version: 2, value: 3100 } });
  const noVersion = await call<ErrorBody>("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { value: 9999 } });
  expect(noVersion.status).toBe(400);
  expect(noVersion.body.error.issues?.[0]?.path).toBe("version");
  expect((await call<Claim>("GET", `/api/v1/claims/${claimId}`)).body.value).toBe(3100);
});

test("a read answers 304 to its own ETag until the claim changes", async () => {
  const { claimId } = await newReportWithClaim();
  const read = await call("GET", `/api/v1/claims/${claimId}`);
  const etag = read.headers.get("etag")!;
  expect((await call("GET", `/api/v1/claims/${claimId}`, { headers: { "if-none-match": etag } })).status).toBe(304);
  await call("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { notes: "changed", version: 1 } });
  expect((await call("GET", `/api/v1/claims/${claimId}`, { headers: { "if-none-match": etag } })).status).toBe(200);
  const list = await call("GET", "/api/v1/claims?size=5");
  expect((await call("GET", "/api/v1/claims?size=5", { headers: { "if-none-match": list.headers.get("etag")! } })).status).toBe(304);
});

test("deleting hides a claim; only an administrator lists and restores it", async () => {
  const { claimId } = await newReportWithClaim();
  const deleted = await call<Claim>("DELETE", `/api/v1/claims/${claimId}?version=1`, { as: editorToken });
  expect(deleted.status).toBe(200);
  expect(deleted.body.deletedAt).not.toBeNull();
  expect((await call("GET", `/api/v1/claims/${claimId}`)).status).toBe(404);
  expect((await call("GET", "/api/v1/claims?deleted=true", { as: editorToken })).status).toBe(403);
  const listed = await call<{ claims: Claim[] }>("GET", "/api/v1/claims?deleted=true&size=200", { as: admin });
  expect(listed.body.claims.map((claim) => claim.id)).toContain(claimId);
  expect((await call<ErrorBody>("POST", `/api/v1/claims/${claimId}/restore`, { as: editorToken, body: { version: 2 } })).status).toBe(403);
  const restored = await call<Claim>("POST", `/api/v1/claims/${claimId}/restore`, { as: admin, body: { version: 2 } });
  expect(restored.status).toBe(200);
  expect(restored.body).toMatchObject({ version: 3, deletedAt: null });
});

test("an editor restores an earlier version; the history shows each change field by field", async () => {
  const { claimId } = await newReportWithClaim();
  await call("PATCH", `/api/v1/claims/${claimId}`, { as: editorToken, body: { statement: "About 3,000 workers left.", value: 2900, version: 1 } });
  const restored = await call<Claim>("POST", `/api/v1/claims/${claimId}/restore-version`, { as: editorToken, body: { version: 2, toVersion: 1 } });
  expect(restored.status).toBe(200);
  expect(restored.body).toMatchObject({ version: 3, value: 3000, statement: "3,000 workers left the city." });
  const history = await call<{ revisions: { action: string; version: number; changes: { field: string; before: unknown; after: unknown }[] }[] }>(
    "GET",
    `/api/v1/claims/${claimId}/history`,
  );
  expect(history.body.revisions.map((revision) => [revision.action, revision.version])).toEqual([
    ["create", 1],
    ["update", 2],
    ["restore", 3],
  ]);
  expect(history.body.revisions[1]!.changes).toEqual(expect.arrayContaining([{ field: "value", before: 3000, after: 2900 }]));
});

test("the list takes the claims page's filters and walks every page by cursor", async () => {
  const { topic } = await newReportWithClaim();
  await newReportWithClaim();
  const slug = (await call<{ slug: string }>("GET", `/api/v1/topics/${topic.id}`)).body.slug;
  const filtered = await call<{ claims: Claim[] }>("GET", `/api/v1/claims?topic=${slug}`);
  expect(filtered.body.claims).toHaveLength(1);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { claims: Claim[]; nextCursor: string | null } } = await call("GET", `/api/v1/claims?size=2${cursor ? `&after=${cursor}` : ""}`);
    seen.push(...page.body.claims.map((claim) => claim.id));
    cursor = page.body.nextCursor;
  } while (cursor);
  const all = await call<{ claims: Claim[] }>("GET", "/api/v1/claims?size=200");
  expect(seen).toEqual(all.body.claims.map((claim) => claim.id));
  expect((await call<ErrorBody>("GET", "/api/v1/claims?modality=someday")).status).toBe(400);
});
