// Bulk loads (lib/data/bulk, ADR 0021): rows written many to a statement, the search index filled
// once at the end on SQLite; all or nothing; ordinary writes around a load still indexed by the triggers.
import { expect, inject, test } from "vitest";
import { db } from "../../db/client";
import { sourceCreateSchema } from "../../schemas/source";
import { system } from "../actor";
import { createSource } from "../mutations/sources";
import { searchEverything } from "../search";
import { migratedDatabase, withConnection } from "../transfer/transfer-sample";
import { type BulkOptions, bulkLoad } from "./bulk-load";
import { newId } from "./insert-rows";

const now = new Date("2026-11-29T12:34:56.789Z");
/** The alias as the page shows it: without the private-use marks around the matching words. */
const plain = (text: string | null) => text?.replace(/[\uE000\uE001]/g, "") ?? null;

/** A source, its alias, a report and `claims` claims (one hop each) with the given word, and every record's revision. */
async function loadSample(word: string, claims: number) {
  const connection = db();
  const report = { id: newId(), title: `Bulk ${word} report`, text: `The ${word} text: 1,200 troops crossed.`, contentHash: newId() };
  const source = { id: newId(), slug: `bulk-${word.toLowerCase()}`, name: `${word} Agency`, kind: "news_agency" as const };
  const claimRows = Array.from({ length: claims }, (_, index) => ({
    id: newId(),
    reportId: report.id,
    kind: "quantity" as const,
    statement: `${word} claim ${index}: 1,200 troops crossed`,
    anchorExact: "1,200 troops",
    anchorStart: report.text.indexOf("1,200"),
    anchorEnd: report.text.indexOf("1,200") + 12,
    value: 1200 + index,
    qualifier: "approx" as const,
    claimedAt: now,
  }));
  return connection.writeTransaction((tx) =>
    bulkLoad(
      tx,
      connection,
      async (load) => {
        await load.insert("Source", [source]);
        await load.insert("SourceAlias", [{ sourceId: source.id, alias: `${word} wire`, normalized: `${word.toLowerCase()} wire` }]);
        await load.insert("Report", [report]);
        const written = await load.insert("Claim", claimRows);
        await load.insert(
          "AttributionHop",
          written.map((claim) => ({ claimId: claim.id, position: 0, sourceId: source.id, role: "originator" as const })),
        );
        const created = [
          { entityType: "source", entityId: source.id },
          { entityType: "report", entityId: report.id },
          ...written.map((claim) => ({ entityType: "claim", entityId: claim.id })),
        ];
        await load.insert(
          "Revision",
          created.map((record) => ({ ...record, action: "create" as const, version: 1, after: { id: record.entityId }, authorId: null })),
        );
        return { source, report, claims: written };
      },
      now,
    ),
  );
}

test("bulk-loaded claims, reports and sources are found by search, each with its create revision, as Prisma reads them", async () => {
  // More claims than one statement carries (5,000 rows).
  const { source, report, claims } = await loadSample("Quoxamander", 5_200);
  const results = await searchEverything(system, "Quoxamander", { limit: 50 });
  expect(results.claims).toHaveLength(50);
  expect(results.reports.map((hit) => hit.id)).toEqual([report.id]);
  expect(results.sources.map((hit) => hit.slug)).toEqual([source.slug]);
  expect((await searchEverything(system, "Quoxamander wire")).sources.map((hit) => plain(hit.matchedAlias))).toEqual(["Quoxamander wire"]);

  const read = db().read;
  expect(await read.claim.count({ where: { reportId: report.id } })).toBe(5_200);
  // Every record of the load has its create revision, stamped with the load's time.
  const revised = await read.revision.findMany({ where: { createdAt: now, action: "create" }, select: { entityId: true } });
  expect(new Set(revised.map((revision) => revision.entityId))).toEqual(new Set([source.id, report.id, ...claims.map((claim) => claim.id)]));
  const last = await read.claim.findUniqueOrThrow({ where: { id: claims[5_199]!.id }, include: { hops: true } });
  expect(last).toMatchObject({ value: 6_399, qualifier: "approx", modality: "unknown", version: 1, claimedAt: now, createdAt: now, updatedAt: now });
  expect(last.hops).toEqual([expect.objectContaining({ sourceId: source.id, role: "originator" })]);
  const revision = await read.revision.findFirstOrThrow({ where: { entityId: report.id } });
  expect(revision.after).toEqual({ id: report.id });
});

test("a bulk load that fails part-way writes nothing, and later ordinary writes are still indexed", async () => {
  const read = db().read;
  const before = { claims: await read.claim.count(), reports: await read.report.count(), revisions: await read.revision.count() };
  const connection = db();
  await expect(
    connection.writeTransaction((tx) =>
      bulkLoad(tx, connection, async (load) => {
        await load.insert("Report", [{ title: "Vexorian report", text: "Vexorian words", contentHash: newId() }]);
        throw new Error("the file broke off");
      }),
    ),
  ).rejects.toThrow("the file broke off");
  expect({ claims: await read.claim.count(), reports: await read.report.count(), revisions: await read.revision.count() }).toEqual(before);
  expect((await searchEverything(system, "Vexorian")).reports).toEqual([]);

  // The switch that silences the triggers during a load was rolled back with it.
  await createSource(system, sourceCreateSchema.parse({ name: "Brindlewick Monitor", kind: "ngo" }));
  expect((await searchEverything(system, "Brindlewick")).sources.map((hit) => hit.name)).toEqual(["Brindlewick Monitor"]);
});

test("a write queued while a bulk load runs is indexed by its trigger, and aliases added to an existing source are searchable", async () => {
  const connection = db();
  let release = () => {};
  const paused = new Promise<void>((resolve) => {
    release = resolve;
  });
  const existing = await createSource(system, sourceCreateSchema.parse({ name: "Pellucid Observatory", kind: "ngo" }));
  const loading = connection.writeTransaction((tx) =>
    bulkLoad(tx, connection, async (load) => {
      await load.insert("SourceAlias", [{ sourceId: existing.id, alias: "Glimmerfen watchers", normalized: "glimmerfen watchers" }]);
      await paused;
    }),
  );
  const ordinary = createSource(system, sourceCreateSchema.parse({ name: "Thistledown Courier", kind: "news_agency" }));
  release();
  await Promise.all([loading, ordinary]);
  expect((await searchEverything(system, "Thistledown")).sources.map((hit) => hit.name)).toEqual(["Thistledown Courier"]);
  expect((await searchEverything(system, "Glimmerfen")).sources.map((hit) => [hit.name, plain(hit.matchedAlias)])).toEqual([
    ["Pellucid Observatory", "Glimmerfen watchers"],
  ]);
});

/** Every column of a row as the database holds it, type included (SQLite's quote(), PostgreSQL's to_jsonb), ids left out. */
async function storedRow(table: string, id: string, renamed: Record<string, string>): Promise<Record<string, unknown>> {
  const connection = db();
  const columns = (
    connection.config.engine === "sqlite"
      ? await connection.read.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}')`)
      : await connection.read.$queryRawUnsafe<{ name: string }[]>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}' AND table_schema = current_schema()`,
        )
  ).map((column) => column.name);
  const expressions = columns.map((name) =>
    connection.config.engine === "sqlite" ? `quote("${name}") AS "${name}"` : `to_jsonb("${name}")::text || ':' || pg_typeof("${name}")::text AS "${name}"`,
  );
  const [row] = await connection.read.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${expressions.join(", ")} FROM "${table}" WHERE "id" = '${id}'`);
  const stored: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row ?? {})) {
    // PostgreSQL's generated search_vector is the database's own work either way; search is checked below.
    if (name === "id" || name.startsWith("search_")) continue;
    let text = String(value);
    for (const [from, to] of Object.entries(renamed)) text = text.replaceAll(from, to);
    stored[name] = text;
  }
  return stored;
}

test("a bulk-loaded record is stored exactly as Prisma's own create stores it: types, dates, enums, JSON, search index", async () => {
  const connection = db();
  const when = new Date("2025-03-04T05:06:07.089Z");
  const records = (tag: string) => {
    const text = `The ${tag} report: about 1,250.5 troops crossed near Kherson.`;
    return {
      source: {
        id: newId(),
        slug: `equal-${tag}`,
        name: `Equal ${tag} Agency`,
        kind: "government" as const,
        country: "UA",
        reliability: "B" as const,
        createdAt: when,
        updatedAt: when,
      },
      report: {
        id: newId(),
        title: `Equal ${tag}`,
        text,
        contentHash: `hash-${tag}`,
        publishedAt: when,
        retrievedAt: when,
        language: "en",
        createdAt: when,
        updatedAt: when,
      },
      claim: (reportId: string, topicId: string | null) => ({
        id: newId(),
        reportId,
        topicId,
        kind: "quantity" as const,
        statement: `Equal ${tag}: about 1,250.5 troops`,
        anchorExact: "1,250.5 troops",
        anchorPrefix: "about ",
        anchorSuffix: " crossed",
        anchorStart: text.indexOf("1,250.5"),
        anchorEnd: text.indexOf("1,250.5") + 14,
        value: 1250.5,
        lower: 1000,
        qualifier: "approx" as const,
        unit: "troops",
        measure: "deployed" as const,
        scopePlace: "Kherson",
        scopeLevel: "city" as const,
        scopeWithin: '["Ukraine"]',
        modality: "completed" as const,
        stance: "asserts" as const,
        placeName: "Kherson",
        latitude: 46.6354,
        longitude: 32.6169,
        claimedAt: when,
        credibility: 3,
        // What an array literal must escape or could misread: quotes, backslashes, commas, braces, a NULL word.
        notes: 'ünïcode — and "quotes", a back\\slash, {braces}, NULL',
        createdAt: when,
        updatedAt: when,
      }),
    };
  };
  const ordinary = records("ordinary");
  const bulk = records("bulkload");
  const revision = (entityId: string) => ({
    entityType: "claim",
    entityId,
    action: "create" as const,
    version: 1,
    after: { b: [1, 2.5, null], a: 'x "y" \\ {z}' },
    authorId: null,
    createdAt: when,
  });

  const ordinaryClaim = ordinary.claim(ordinary.report.id, null);
  const ordinaryRevision = { id: newId(), ...revision(ordinaryClaim.id) };
  await connection.writeTransaction(async (tx) => {
    await tx.source.create({ data: ordinary.source });
    await tx.report.create({ data: ordinary.report });
    await tx.claim.create({ data: ordinaryClaim });
    await tx.attributionHop.create({
      data: { id: `${ordinaryClaim.id}-hop`, claimId: ordinaryClaim.id, position: 0, sourceId: ordinary.source.id, role: "originator", verb: "said" },
    });
    await tx.revision.create({ data: ordinaryRevision });
  });
  const bulkClaim = bulk.claim(bulk.report.id, null);
  const bulkRevision = { id: newId(), ...revision(bulkClaim.id) };
  await connection.writeTransaction((tx) =>
    bulkLoad(tx, connection, async (load) => {
      await load.insert("Source", [bulk.source]);
      await load.insert("Report", [bulk.report]);
      await load.insert("Claim", [bulkClaim]);
      await load.insert("AttributionHop", [
        { id: `${bulkClaim.id}-hop`, claimId: bulkClaim.id, position: 0, sourceId: bulk.source.id, role: "originator", verb: "said" },
      ]);
      await load.insert("Revision", [bulkRevision]);
    }),
  );
  const renamed = { [bulk.source.id]: ordinary.source.id, [bulk.report.id]: ordinary.report.id, [bulkClaim.id]: ordinaryClaim.id, bulkload: "ordinary" };
  expect(await storedRow("Source", bulk.source.id, renamed)).toEqual(await storedRow("Source", ordinary.source.id, {}));
  expect(await storedRow("Report", bulk.report.id, renamed)).toEqual(await storedRow("Report", ordinary.report.id, {}));
  expect(await storedRow("Claim", bulkClaim.id, renamed)).toEqual(await storedRow("Claim", ordinaryClaim.id, {}));
  expect(await storedRow("AttributionHop", `${bulkClaim.id}-hop`, renamed)).toEqual(await storedRow("AttributionHop", `${ordinaryClaim.id}-hop`, {}));
  expect(await storedRow("Revision", bulkRevision.id, renamed)).toEqual(await storedRow("Revision", ordinaryRevision.id, {}));
  // Both are found by search the same way (the triggers for one, the load's own index for the other).
  const found = await searchEverything(system, "Kherson");
  expect(found.claims.map((claim) => claim.id).sort()).toEqual([bulkClaim.id, ordinaryClaim.id].sort());
  expect((await searchEverything(system, "Equal")).sources.map((source) => source.slug).sort()).toEqual(["equal-bulkload", "equal-ordinary"]);
});

test("a load into empty tables with indexesAfter leaves the same indexes and foreign keys as the migrations made, and a failed one drops none", async () => {
  const config = await migratedDatabase(inject("testRunId"), db().config.engine);
  await withConnection(config, async (connection) => {
    const indexes = () =>
      connection.config.engine === "sqlite"
        ? connection.read.$queryRawUnsafe<{ name: string; sql: string }[]>(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' ORDER BY "name"`)
        : connection.read.$queryRawUnsafe<{ name: string; sql: string }[]>(
            `SELECT indexname AS "name", indexdef AS "sql" FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`,
          );
    // PostgreSQL's foreign keys are dropped during the load and added back at its end (SQLite's stay).
    const foreignKeys = () =>
      connection.config.engine === "sqlite"
        ? connection.read.$queryRawUnsafe<unknown[]>(
            `SELECT m."name" AS "table", f.* FROM sqlite_master m, pragma_foreign_key_list(m."name") f WHERE m."type" = 'table' ORDER BY 1, 2, 3`,
          )
        : connection.read.$queryRawUnsafe<unknown[]>(
            `SELECT conrelid::regclass::text AS "table", conname AS "name", pg_get_constraintdef(oid) AS "definition"
             FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2`,
          );
    const migrated = await indexes();
    const migratedKeys = await foreignKeys();
    expect(migratedKeys.length).toBeGreaterThan(5);
    expect(migrated.some((index) => index.name === "Claim_reportId_idx")).toBe(true);
    const report = { id: newId(), title: "Indexed report", text: "Indexed words", contentHash: newId() };
    await expect(
      connection.writeTransaction((tx) =>
        bulkLoad(
          tx,
          connection,
          async (load) => {
            await load.insert("Report", [report]);
            throw new Error("stopped half-way");
          },
          now,
          { indexesAfter: true },
        ),
      ),
    ).rejects.toThrow("stopped half-way");
    expect(await indexes()).toEqual(migrated);
    expect(await foreignKeys()).toEqual(migratedKeys);
    // A claim whose report does not exist: refused when its key is checked (per row on SQLite, at the end on PostgreSQL).
    await expect(
      connection.writeTransaction((tx) =>
        bulkLoad(
          tx,
          connection,
          (load) =>
            load.insert("Claim", [
              { reportId: newId(), kind: "event" as const, statement: "Orphan claim", anchorExact: "Orphan", anchorStart: 0, anchorEnd: 6 },
            ]),
          now,
          { indexesAfter: true },
        ),
      ),
    ).rejects.toThrow();
    expect(await connection.read.claim.count()).toBe(0);
    expect(await foreignKeys()).toEqual(migratedKeys);
    await connection.writeTransaction((tx) =>
      bulkLoad(
        tx,
        connection,
        async (load) => {
          await load.insert("Report", [report]);
          await load.insert("Claim", [
            { reportId: report.id, kind: "event" as const, statement: "Indexed claim", anchorExact: "Indexed", anchorStart: 0, anchorEnd: 7 },
          ]);
        },
        now,
        { indexesAfter: true },
      ),
    );
    expect(await indexes()).toEqual(migrated);
    expect(await foreignKeys()).toEqual(migratedKeys);
    expect(await connection.read.claim.count({ where: { reportId: report.id } })).toBe(1);
  });
});

test("rebuildBelowRows: SQLite also rebuilds the indexes of a table smaller than the load, PostgreSQL only of empty ones; the indexes and rows end the same", async () => {
  const config = await migratedDatabase(inject("testRunId"), db().config.engine);
  await withConnection(config, async (connection) => {
    const sqlite = connection.config.engine === "sqlite";
    const indexes = () =>
      sqlite
        ? connection.read.$queryRawUnsafe<{ name: string; sql: string }[]>(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' ORDER BY "name"`)
        : connection.read.$queryRawUnsafe<{ name: string; sql: string }[]>(
            `SELECT indexname AS "name", indexdef AS "sql" FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`,
          );
    const migrated = await indexes();
    const reportRow = (word: string) => ({ id: newId(), title: `${word} report`, text: `The ${word} text`, contentHash: newId(), publishedAt: now });
    /** Loads two reports with the options; says whether the report index existed inside the load. */
    const loadTwo = (word: string, options: BulkOptions) =>
      connection.writeTransaction((tx) =>
        bulkLoad(
          tx,
          connection,
          async (load) => {
            const found = sqlite
              ? await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE "type" = 'index' AND "name" = 'Report_publishedAt_idx'`)
              : await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pg_indexes WHERE indexname = 'Report_publishedAt_idx'`);
            await load.insert("Report", [reportRow(`${word} one`), reportRow(`${word} two`)]);
            return found.length === 1;
          },
          now,
          options,
        ),
      );
    // The first load finds the table empty: both engines build its indexes at the end.
    expect(await loadTwo("First", { indexesAfter: true, rebuildBelowRows: 3 })).toBe(false);
    // Two rows, fewer than three: SQLite rebuilds, PostgreSQL keeps the index of a table with rows.
    expect(await loadTwo("Second", { indexesAfter: true, rebuildBelowRows: 3 })).toBe(!sqlite);
    // Four rows, not fewer than three: kept on both.
    expect(await loadTwo("Third", { indexesAfter: true, rebuildBelowRows: 3 })).toBe(true);
    expect(await indexes()).toEqual(migrated);
    expect(await connection.read.report.count({ where: { publishedAt: now } })).toBe(6);
    if (sqlite) expect(await connection.read.$queryRawUnsafe<{ integrity_check: string }[]>(`PRAGMA integrity_check`)).toEqual([{ integrity_check: "ok" }]);
    // The rebuilt index answers: the planner uses it, and it finds every row.
    const byDate = sqlite
      ? await connection.read.$queryRawUnsafe<{ n: number | bigint }[]>(
          `SELECT count(*) AS "n" FROM "Report" INDEXED BY "Report_publishedAt_idx" WHERE "publishedAt" >= '2000'`,
        )
      : await connection.read.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS "n" FROM "Report" WHERE "publishedAt" >= '2000-01-01'`);
    expect(Number(byDate[0]!.n)).toBe(6);
  });
});
