// Sources, topics and reports: each change checks who asks and which version it starts
// from, and leaves a revision in the same write.
import { expect, test } from "vitest";
import { db } from "../../db/client";
import { reportSubmissionSchema } from "../../schemas/report-submission";
import { sourceCreateSchema } from "../../schemas/source";
import type { Actor } from "../actor";
import { createReport, deleteReport, restoreReport, updateReport } from "./reports";
import { createSource, deleteSource, restoreSource, updateSource } from "./sources";
import { createTopic, deleteTopic, updateTopic } from "./topics";

const editor: Actor = { kind: "user", userId: "editor-1", role: "editor", via: "session" };
const viewer: Actor = { kind: "user", userId: "viewer-1", role: "viewer", via: "session" };
const admin: Actor = { kind: "user", userId: "admin-1", role: "admin", via: "token" };

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const revisions = (entityId: string) => db().read.revision.findMany({ where: { entityId }, orderBy: { version: "asc" } });
let names = 0;
const source = (fields: Record<string, unknown> = {}) =>
  createSource(editor, sourceCreateSchema.parse({ name: `Example Agency ${++names}`, kind: "government", ...fields }));

test("a source's name is always an alias; renaming keeps the aliases, which are replaced only when sent", async () => {
  const created = await source({ aliases: ["the agency", "The  Agency"] });
  expect(created.aliases.sort()).toEqual([created.name, "the agency"].sort());
  const renamed = await updateSource(editor, created.id, 1, { name: "Renamed Agency" });
  expect(renamed.aliases.sort()).toEqual(["Renamed Agency", created.name, "the agency"].sort());
  const replaced = await updateSource(editor, created.id, 2, { aliases: ["RA"] });
  expect(replaced.aliases.sort()).toEqual(["RA", "Renamed Agency"]);
  expect((await revisions(created.id)).map((revision) => [revision.action, revision.version, revision.authorId])).toEqual([
    ["create", 1, "editor-1"],
    ["update", 2, "editor-1"],
    ["update", 3, "editor-1"],
  ]);
});

test("a parent loop, a stale version and a viewer are all refused, and nothing is written", async () => {
  const parent = await source();
  const child = await source({ parentId: parent.id });
  expect(await caught(updateSource(editor, parent.id, 1, { parentId: child.id }))).toMatchObject({ code: "validation_failed" });
  expect(await caught(updateSource(editor, child.id, 7, { name: "Stale" }))).toMatchObject({
    code: "version_conflict",
    details: { current: { id: child.id, version: 1 } },
  });
  expect(await caught(updateSource(viewer, child.id, 1, { name: "Viewer" }))).toMatchObject({ code: "forbidden" });
  expect(await caught(updateSource(editor, child.id, 1, {}))).toMatchObject({ code: "validation_failed" });
  expect((await db().read.source.findUniqueOrThrow({ where: { id: child.id } })).version).toBe(1);
  expect(await revisions(child.id)).toHaveLength(1);
});

test("a parent in use is not deleted; a deleted source comes back only through an administrator", async () => {
  const parent = await source();
  await source({ parentId: parent.id });
  expect(await caught(deleteSource(editor, parent.id, 1))).toMatchObject({ code: "conflict" });
  const lone = await source();
  await deleteSource(editor, lone.id, 1);
  expect(await caught(restoreSource(editor, lone.id, 2))).toMatchObject({ code: "forbidden" });
  expect(await caught(restoreSource(admin, lone.id, 1))).toMatchObject({ code: "version_conflict" });
  expect(await restoreSource(admin, lone.id, 2)).toMatchObject({ version: 3, deletedAt: null });
  expect(await caught(restoreSource(admin, lone.id, 3))).toMatchObject({ code: "conflict" });
});

test("topics take a free slug from their title, change by version, and are soft-deleted", async () => {
  const first = await createTopic(editor, { title: "Troops sent", description: null, measure: null, unit: "troops" });
  const second = await createTopic(editor, { title: "Troops sent", description: null, measure: null, unit: "troops" });
  expect(second.slug).toBe(`${first.slug}-2`);
  expect(await caught(updateTopic(editor, second.id, 1, { slug: first.slug }))).toMatchObject({ code: "duplicate" });
  await updateTopic(editor, second.id, 1, { unit: "soldiers" });
  const deleted = await deleteTopic(editor, second.id, 2);
  expect(deleted.deletedAt).not.toBeNull();
  expect(await db().read.topic.count({ where: { id: second.id } })).toBe(1);
});

test("a report's metadata changes by version; its text and hash never do; restoring takes an administrator", async () => {
  const text = `INVENTED. Something happened (${++names}).`;
  const { report } = await createReport(editor, reportSubmissionSchema.parse({ report: { title: "Invented", text }, claims: [] }));
  const changed = await updateReport(editor, report.id, 1, { title: "Invented, retitled", publishedAt: new Date("2026-11-02T00:00:00Z") });
  expect(changed).toMatchObject({ title: "Invented, retitled", version: 2, text, contentHash: report.contentHash });
  expect(await caught(updateReport(editor, report.id, 2, { outletId: "no-such-source" }))).toMatchObject({ code: "validation_failed" });
  await deleteReport(editor, report.id, 2);
  expect(await caught(restoreReport(editor, report.id, 3))).toMatchObject({ code: "forbidden" });
  expect(await restoreReport(admin, report.id, 3)).toMatchObject({ version: 4, deletedAt: null });
});
