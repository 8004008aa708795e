// Online backups: taken while writes go on through the app's own write path, the copy holds
// one committed state (every topic with its revision, none half-written) and opens on its own.
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, inject, test } from "vitest";
import { db } from "../db/client";
import { runFolder, testEngine } from "../testing/test-databases";
import { system } from "./actor";
import { backupSqlite } from "./backup";
import { recordRevision } from "./revisions";

const onSqlite = testEngine() === "sqlite";
// Writes go on until the copy is done and a few after; this caps them should the copy hang.
const maxWrites = 5_000;

/** One write as the app makes them: a topic and its revision in one transaction. */
async function writeTopic(index: number) {
  await db().writeTransaction(async (tx) => {
    const topic = await tx.topic.create({ data: { slug: `backup-${String(index).padStart(4, "0")}`, title: `Backup test topic ${index}` } });
    await recordRevision(tx, { entityType: "topic", entityId: topic.id, action: "create", version: 1, before: null, after: topic, authorId: null });
  });
}

test.runIf(onSqlite)("a backup taken during writes holds one consistent state and opens on its own", async () => {
  const destination = join(runFolder(inject("testRunId")), `backup-${process.pid}.db`);
  let written = 0;
  let copied = false;
  let writtenAfterCopy = 0;
  const writer = (async () => {
    for (let index = 0; index < maxWrites && writtenAfterCopy < 10; index += 1) {
      await writeTopic(index);
      written += 1;
      // Requests reach the app's writer from the event loop; a bare loop of writes would be all
      // microtasks and starve the backup's steps (and the timers below) until it ended.
      await new Promise((resolve) => setImmediate(resolve));
      if (copied) writtenAfterCopy += 1;
    }
  })();
  // Start the copy once some writes have landed, so it runs while the rest are still coming.
  while (written < 20) await new Promise((resolve) => setTimeout(resolve, 5));
  const summary = await backupSqlite(system, db().config, destination).finally(() => (copied = true));
  await writer;

  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    const slugs = (copy.prepare(`SELECT slug FROM "Topic" ORDER BY slug`).all() as { slug: string }[]).map((row) => row.slug);
    const revisions = (copy.prepare(`SELECT count(*) AS n FROM "Revision" WHERE "entityType" = 'topic'`).get() as { n: number }).n;
    // The writes land in order, one transaction each: a consistent copy holds a prefix of them,
    // each topic with its revision.
    expect(slugs.length).toBeGreaterThanOrEqual(20);
    expect(slugs.length).toBeLessThan(written);
    expect(slugs).toEqual(Array.from({ length: slugs.length }, (_, index) => `backup-${String(index).padStart(4, "0")}`));
    expect(revisions).toBe(slugs.length);
    expect(summary.rows.Topic).toBe(slugs.length);
  } finally {
    copy.close();
  }
  expect(await db().read.topic.count()).toBe(written);
});

test.runIf(onSqlite)("an existing file is never overwritten", async () => {
  const destination = join(runFolder(inject("testRunId")), `backup-twice-${process.pid}.db`);
  await backupSqlite(system, db().config, destination);
  await expect(backupSqlite(system, db().config, destination)).rejects.toMatchObject({ code: "conflict" });
});

test.runIf(!onSqlite)("on PostgreSQL the backup is refused with the command to use instead", async () => {
  await expect(backupSqlite(system, db().config, "/tmp/never-written.db")).rejects.toMatchObject({
    code: "bad_request",
    message: expect.stringContaining("pg_dump"),
  });
});

test("only administrators may take a backup", async () => {
  const editor = { kind: "user", userId: "someone", role: "editor", via: "session" } as const;
  await expect(backupSqlite(editor, db().config, "/tmp/never-written.db")).rejects.toMatchObject({ code: "forbidden" });
});
