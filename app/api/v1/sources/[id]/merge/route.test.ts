// Merging two sources over real HTTP: the claims of both end up on the survivor, the merged
// one answers as deleted with mergedIntoId, undo brings back exactly what moved, and the
// refusals: stale version 409, viewer 403, into itself 400, into a deleted source 400.
import { expect, test } from "vitest";
import { adminSession, call, editorToken, type ErrorBody, newReportWithClaim, newSource, viewerToken } from "../../../claims/_testing/api-client";

type Source = { id: string; name: string; aliases: string[]; version: number; deletedAt: string | null; mergedIntoId: string | null };
type Claim = { chain: { sourceId: string }[] };
type History = { revisions: { id: string; after: { merge?: unknown } | null }[] };

test("a merge moves the duplicate's claims and aliases to the survivor, and undo moves them back", async () => {
  const { ministry, claimId } = await newReportWithClaim();
  const ministryName = String(ministry.name);
  const survivor = await newSource({ aliases: ["Ministry of Labour"] });
  const merged = await call<Source>("POST", `/api/v1/sources/${ministry.id}/merge`, { as: editorToken, body: { into: survivor.id, version: 1 } });
  expect(merged.status).toBe(200);
  expect(merged.body.aliases).toEqual(expect.arrayContaining([ministryName, "Ministry of Labour"]));
  expect((await call<Claim>("GET", `/api/v1/claims/${claimId}`)).body.chain[0]?.sourceId).toBe(survivor.id);
  expect((await call("GET", `/api/v1/sources/${ministry.id}`)).status).toBe(404);
  const asAdmin = await call<Source>("GET", `/api/v1/sources/${ministry.id}`, { as: await adminSession() });
  expect(asAdmin.body).toMatchObject({ mergedIntoId: survivor.id });
  expect(asAdmin.body.deletedAt).not.toBeNull();

  const history = await call<History>("GET", `/api/v1/sources/${survivor.id}/history`);
  const mergeRevision = history.body.revisions.find((revision) => revision.after?.merge);
  const undone = await call<Source>("POST", `/api/v1/sources/${survivor.id}/undo-merge`, {
    as: editorToken,
    body: { revisionId: mergeRevision!.id, version: merged.body.version },
  });
  expect(undone.status).toBe(200);
  expect(undone.body.aliases).not.toContain(ministryName);
  expect((await call<Claim>("GET", `/api/v1/claims/${claimId}`)).body.chain[0]?.sourceId).toBe(ministry.id);
  expect((await call<Source>("GET", `/api/v1/sources/${ministry.id}`)).body).toMatchObject({ deletedAt: null, mergedIntoId: null });
});

test("a merge from a stale version is 409 and changes nothing", async () => {
  const [duplicate, survivor] = await Promise.all([newSource(), newSource()]);
  await call("PATCH", `/api/v1/sources/${duplicate.id}`, { as: editorToken, body: { country: "KR", version: 1 } });
  const stale = await call<ErrorBody>("POST", `/api/v1/sources/${duplicate.id}/merge`, { as: editorToken, body: { into: survivor.id, version: 1 } });
  expect(stale.status).toBe(409);
  expect(stale.body.error.code).toBe("version_conflict");
  expect((await call<Source>("GET", `/api/v1/sources/${duplicate.id}`)).body).toMatchObject({ deletedAt: null, version: 2 });
});

test("a viewer may not merge (403); a source cannot be merged into itself or into a deleted source (400)", async () => {
  const [duplicate, survivor, gone] = await Promise.all([newSource(), newSource(), newSource()]);
  const viewer = await call<ErrorBody>("POST", `/api/v1/sources/${duplicate.id}/merge`, { as: viewerToken, body: { into: survivor.id, version: 1 } });
  expect(viewer.status).toBe(403);
  const itself = await call<ErrorBody>("POST", `/api/v1/sources/${duplicate.id}/merge`, { as: editorToken, body: { into: duplicate.id, version: 1 } });
  expect(itself.status).toBe(400);
  expect(itself.body.error.issues?.[0]?.path).toBe("into");
  await call("DELETE", `/api/v1/sources/${gone.id}?version=1`, { as: editorToken });
  const intoDeleted = await call<ErrorBody>("POST", `/api/v1/sources/${duplicate.id}/merge`, { as: editorToken, body: { into: gone.id, version: 1 } });
  expect(intoDeleted.status).toBe(400);
  expect((await call<Source>("GET", `/api/v1/sources/${duplicate.id}`)).body).toMatchObject({ deletedAt: null, version: 1 });
});
