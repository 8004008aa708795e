// Export and import (lib/data/transfer): whole databases moved between engines keep every record as
// it was; a bad file writes nothing and names every bad record. The cross-engine round trips
// need TEST_POSTGRES_URL and run in the SQLite pass only (they use both engines either way).
import { inject, test, expect } from "vitest";
import { db } from "../../db/client";
import type { DatabaseConfig } from "../../db/config";
import { testEngine } from "../../testing/test-databases";
import { bulkLoad } from "../bulk/bulk-load";
import { exportEverything, writeEverything } from "./export";
import type { TransferDocument } from "./format";
import { importEverything, validateTransferDocument } from "./import";
import { readDocument } from "./read-document";
import { system } from "../actor";
import { searchEverything } from "../search";
import { fillLikeADesk, migratedDatabase, tableCounts, withConnection } from "./transfer-sample";

const runId = inject("testRunId");
const bothEngines = Boolean(process.env.TEST_POSTGRES_URL) && testEngine() === "sqlite";
const nothing = { sources: 0, aliases: 0, reports: 0, topics: 0, claims: 0, hops: 0, revisions: 0, users: 0, sessions: 0 };

/** What a file holds: the document after JSON.stringify and JSON.parse. */
const asFile = (document: TransferDocument): unknown => JSON.parse(JSON.stringify(document));
/** The export time is the one field two exports of the same data may not share. */
const withoutTime = ({ exportedAt: _exportedAt, ...rest }: TransferDocument) => JSON.stringify(rest);

async function sampleExport(engine: DatabaseConfig["engine"]) {
  const config = await migratedDatabase(runId, engine);
  return withConnection(config, async (connection) => {
    await fillLikeADesk(connection);
    return { document: await exportEverything(system, connection), counts: await tableCounts(connection) };
  });
}

async function roundTrip(from: DatabaseConfig["engine"], to: DatabaseConfig["engine"]) {
  const { document: first, counts } = await sampleExport(from);
  const target = await migratedDatabase(runId, to);
  const second = await withConnection(target, async (connection) => {
    const imported = await importEverything(system, connection, asFile(first));
    expect(imported).toMatchObject({ claims: counts.claims, revisions: counts.revisions, users: counts.users });
    // Sessions are not moved: everyone signs in again on the new database.
    expect(await tableCounts(connection)).toEqual({ ...counts, sessions: 0 });
    return exportEverything(system, connection);
  });
  expect(first.claims.some((claim) => claim.deletedAt !== null)).toBe(true);
  expect(first.revisions.some((revision) => revision.action === "update" && revision.authorId !== null)).toBe(true);
  expect(validateTransferDocument(asFile(first)).issues).toEqual([]);
  // Deep equality first, for a readable difference; then the exact text, key order included.
  expect(JSON.parse(withoutTime(second))).toEqual(JSON.parse(withoutTime(first)));
  expect(withoutTime(second)).toBe(withoutTime(first));
}

test.runIf(bothEngines)("SQLite → PostgreSQL → export again gives the same JSON", async () => {
  await roundTrip("sqlite", "postgresql");
});

test.runIf(bothEngines)("PostgreSQL → SQLite → export again gives the same JSON", async () => {
  await roundTrip("postgresql", "sqlite");
});

test("a bad file writes nothing and names every bad record", async () => {
  const { document } = await sampleExport(testEngine());
  type Loose = Record<string, unknown>;
  const bad = asFile(document) as { claims: (Loose & { hops: Loose[] })[]; sources: Loose[]; revisions: Loose[]; users: Loose[] };
  const quantity = bad.claims.findIndex((claim) => claim.kind === "quantity");
  bad.claims[quantity]!.anchorExact = "words that are not in the report";
  bad.claims[1]!.reportId = "no-such-report";
  bad.claims[2]!.hops[0]!.role = "ghostwriter";
  bad.sources[0]!.kind = "oracle";
  bad.sources[1]!.nickname = "unknown field";
  bad.revisions[0]!.createdAt = "yesterday";
  delete bad.users[0]!.email;

  bad.revisions[1]!.authorId = "no-such-user";

  const refused = importEverything(system, db(), bad);
  await expect(refused).rejects.toMatchObject({ code: "validation_failed" });
  const issues: { path: string; message: string }[] = await refused.then(
    () => [],
    (error: { issues: { path: string; message: string }[] }) => error.issues,
  );
  expect(issues.map((issue) => issue.path).sort()).toEqual(
    [
      `claims[${quantity}].anchorExact`,
      "claims[1].reportId",
      "claims[2].hops[0].role",
      "revisions[0].createdAt",
      "revisions[1].authorId",
      "sources[0].kind",
      "sources[1]",
      "users[0].email",
    ].sort(),
  );
  expect(issues).toEqual(
    expect.arrayContaining([
      { path: `claims[${quantity}].anchorExact`, message: expect.stringContaining("not at") },
      { path: "claims[1].reportId", message: 'No report with id "no-such-report" in this file' },
      { path: "revisions[1].authorId", message: 'No user with id "no-such-user" in this file' },
      { path: "sources[1]", message: expect.stringContaining("nickname") },
    ]),
  );
  expect(await tableCounts(db())).toEqual(nothing);
});

test("a file from another format version is refused before anything else is checked", async () => {
  const result = validateTransferDocument({ format: "claim-tracker-export", formatVersion: 3, exportedAt: new Date().toISOString() });
  expect(result.issues).toContainEqual({ path: "formatVersion", message: "This version of the tracker reads export format version 2 only" });
});

test("imported claims are found by search, and a second import into the filled database is refused", async () => {
  const { document } = await sampleExport(testEngine());
  await importEverything(system, db(), asFile(document));
  const { claims } = await searchEverything(system, "Ussuriysk");
  const ussuriysk = document.claims.find((claim) => claim.placeName === "Ussuriysk");
  expect(claims.map((claim) => claim.id)).toContain(ussuriysk?.id);
  const before = await tableCounts(db());
  await expect(importEverything(system, db(), asFile(document))).rejects.toMatchObject({
    code: "conflict",
    message: expect.stringContaining("not empty"),
  });
  expect(await tableCounts(db())).toEqual(before);
});

test("the streamed export is the document's JSON text, across pages of records", async () => {
  const config = await migratedDatabase(runId, testEngine());
  await withConnection(config, async (connection) => {
    await fillLikeADesk(connection);
    // More topics than three pages of the reader (500 a page), to cross page boundaries.
    const topics = Array.from({ length: 1_100 }, (_, index) => ({ slug: `streamed-topic-${index}`, title: `Streamed topic ${index}` }));
    await connection.writeTransaction((tx) => bulkLoad(tx, connection, (load) => load.insert("Topic", topics)));
    const now = new Date("2026-11-29T18:00:00.000Z");
    const pieces: string[] = [];
    const counts = await writeEverything(
      system,
      connection,
      async (text) => {
        pieces.push(text);
      },
      now,
    );
    const document = await exportEverything(system, connection, now);
    expect(counts).toMatchObject({ topics: document.topics.length, claims: document.claims.length, revisions: document.revisions.length });
    expect(document.topics.length).toBeGreaterThan(1_100);
    expect(pieces.join("")).toBe(JSON.stringify(document));
  });
});

test("only administrators may export or import", async () => {
  const editor = { kind: "user", userId: "someone", role: "editor", via: "session" } as const;
  await expect(exportEverything(editor, db())).rejects.toMatchObject({ code: "forbidden" });
  await expect(importEverything(editor, db(), {})).rejects.toMatchObject({ code: "forbidden" });
});

/** A text as a stream of small chunks, to cut records, strings, escapes and numbers anywhere. */
async function* inChunks(text: string, size: number) {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

test("an export read from its text a few characters at a time imports the same records as the parsed document", async () => {
  const { document } = await sampleExport(testEngine());
  const text = JSON.stringify(document);
  const events = [];
  for await (const event of readDocument(inChunks(text, 7))) events.push(event);
  expect(events.filter((event) => event.kind === "record")).toHaveLength(
    document.sources.length + document.reports.length + document.topics.length + document.claims.length + document.revisions.length + document.users.length,
  );
  const target = await migratedDatabase(runId, testEngine());
  const again = await withConnection(target, async (connection) => {
    await importEverything(system, connection, readDocument(inChunks(text, 4_093)));
    return exportEverything(system, connection);
  });
  expect(withoutTime(again)).toBe(withoutTime(document));
  // A file cut short is refused, and names where it ends.
  const cut = await migratedDatabase(runId, testEngine());
  await withConnection(cut, async (connection) => {
    await expect(importEverything(system, connection, readDocument(inChunks(text.slice(0, text.length / 2), 1_000)))).rejects.toThrow(SyntaxError);
    expect(await tableCounts(connection)).toEqual(nothing);
  });
});
