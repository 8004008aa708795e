// Sources, topics and reports over real HTTP: an editor's round for each, the rules that
// keep records consistent (aliases, parents, in-use sources, the immutable report text),
// ETags, and a cross-origin write refused.
import { expect, test } from "vitest";
import { adminSession, call, editorToken, type ErrorBody, newReportWithClaim, newSource, newTopic, unique } from "../claims/_testing/api-client";

type Source = { id: string; slug: string; name: string; aliases: string[]; parentId: string | null; version: number; deletedAt: string | null };

test("an editor creates a source with aliases, renames it, deletes it; an administrator restores it", async () => {
  const name = `Seoul Intelligence ${unique()}`;
  const created = await call<Source>("POST", "/api/v1/sources", {
    as: editorToken,
    body: { name, kind: "intelligence_service", country: "KR", aliases: ["Seoul's spy agency"] },
  });
  expect(created.status).toBe(201);
  expect(created.body.aliases.sort()).toEqual([name, "Seoul's spy agency"].sort());
  const renamed = await call<Source>("PATCH", `/api/v1/sources/${created.body.id}`, {
    as: editorToken,
    body: { name: `${name} (NIS)`, aliases: ["NIS"], version: 1 },
  });
  expect(renamed.body).toMatchObject({ version: 2, name: `${name} (NIS)` });
  expect(renamed.body.aliases.sort()).toEqual([`${name} (NIS)`, "NIS"].sort());
  const deleted = await call<Source>("DELETE", `/api/v1/sources/${created.body.id}`, {
    as: editorToken,
    headers: { "if-match": renamed.headers.get("etag")! },
  });
  expect(deleted.status).toBe(200);
  expect((await call("GET", `/api/v1/sources/${created.body.id}`)).status).toBe(404);
  const restored = await call<Source>("POST", `/api/v1/sources/${created.body.id}/restore`, { as: await adminSession(), body: { version: 3 } });
  expect(restored.body).toMatchObject({ version: 4, deletedAt: null });
});

test("a source cannot be its own ancestor, nor be deleted while a claim's chain names it", async () => {
  const parent = await newSource();
  const child = await newSource({ parentId: parent.id });
  const loop = await call<ErrorBody>("PATCH", `/api/v1/sources/${parent.id}`, { as: editorToken, body: { parentId: child.id, version: 1 } });
  expect(loop.status).toBe(400);
  expect(loop.body.error.issues?.[0]?.path).toBe("parentId");
  const { ministry } = await newReportWithClaim();
  const inUse = await call<ErrorBody>("DELETE", `/api/v1/sources/${ministry.id}?version=1`, { as: editorToken });
  expect(inUse.status).toBe(409);
  expect(inUse.body.error.message).toMatch(/claim/);
});

test("a taken slug is a 409 duplicate; the list pages by cursor without repeats", async () => {
  const first = await newSource();
  const taken = await call<ErrorBody>("POST", "/api/v1/sources", {
    as: editorToken,
    body: { name: "Another", kind: "other", slug: (first as unknown as Source).slug },
  });
  expect(taken.status).toBe(409);
  expect(taken.body.error.code).toBe("duplicate");
  const ids: string[] = [];
  for (let cursor: string | null = "", pages = 0; cursor !== null && pages < 100; pages += 1) {
    const page: { body: { sources: Source[]; nextCursor: string | null } } = await call("GET", `/api/v1/sources?size=3${cursor ? `&cursor=${cursor}` : ""}`);
    ids.push(...page.body.sources.map((source) => source.id));
    cursor = page.body.nextCursor;
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain(first.id);
});

test("topics: create, change with If-Match, refuse deleting one that files claims", async () => {
  const topic = await newTopic({ measure: "Workers who left" });
  const read = await call("GET", `/api/v1/topics/${topic.id}`);
  expect((await call("GET", `/api/v1/topics/${topic.id}`, { headers: { "if-none-match": read.headers.get("etag")! } })).status).toBe(304);
  const changed = await call<{ unit: string; version: number }>("PATCH", `/api/v1/topics/${topic.id}`, {
    as: editorToken,
    body: { unit: "workers" },
    headers: { "if-match": read.headers.get("etag")! },
  });
  expect(changed.body).toMatchObject({ unit: "workers", version: 2 });
  const { topic: filing } = await newReportWithClaim();
  expect((await call<ErrorBody>("DELETE", `/api/v1/topics/${filing.id}?version=1`, { as: editorToken })).status).toBe(409);
});

test("a report's metadata changes, its text cannot, and the same text twice is a duplicate", async () => {
  const { report, text } = await newReportWithClaim();
  const changed = await call<{ title: string; author: string; version: number; text: string }>("PATCH", `/api/v1/reports/${report.id}`, {
    as: editorToken,
    body: { title: "Workers leave the city (invented)", author: "A. Reporter", version: 1 },
  });
  expect(changed.body).toMatchObject({ title: "Workers leave the city (invented)", author: "A. Reporter", version: 2, text });
  const textChange = await call<ErrorBody>("PATCH", `/api/v1/reports/${report.id}`, { as: editorToken, body: { text: "Rewritten.", version: 2 } });
  expect(textChange.status).toBe(400);
  const again = await call<ErrorBody>("POST", "/api/v1/reports", { as: editorToken, body: { report: { title: "Again", text }, claims: [] } });
  expect(again.status).toBe(409);
  expect(again.body.error.code).toBe("duplicate");
  const list = await call<{ reports: Record<string, unknown>[] }>("GET", "/api/v1/reports?size=200");
  expect(list.body.reports.find((listed) => listed.id === report.id)).not.toHaveProperty("text");
});

test("a cross-origin write from a browser is refused with 403, even with an editor's token", async () => {
  const answer = await call<ErrorBody>("POST", "/api/v1/topics", {
    as: editorToken,
    body: { title: "From elsewhere" },
    headers: { origin: "https://evil.example" },
  });
  expect(answer.status).toBe(403);
  expect(answer.body.error.code).toBe("forbidden");
});

test("the OpenAPI document describes every resource from the schemas", async () => {
  const answer = await call<{
    openapi: string;
    paths: Record<string, unknown>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  }>("GET", "/api/v1/openapi.json");
  expect(answer.body.openapi).toBe("3.1.0");
  for (const path of [
    "/api/v1/sources/{id}",
    "/api/v1/reports/{id}/restore",
    "/api/v1/claims/{id}/restore-version",
    "/api/v1/extract",
    "/api/v1/export",
    "/api/v1/session",
    "/api/v1/topics/choices",
    "/api/v1/sources/choices",
  ]) {
    expect(Object.keys(answer.body.paths)).toContain(path);
  }
  expect(Object.keys(answer.body.components.schemas.ClaimUpdate?.properties ?? {})).toEqual(expect.arrayContaining(["anchor", "chain", "version"]));
});
