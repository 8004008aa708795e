// The search index is made by a hand-written migration (docs/decisions/0008): records that
// exist before it must become searchable, and on SQLite its triggers must outlive every later
// migration (Prisma redefines a SQLite table by dropping it, which drops its triggers too).
import Database from "better-sqlite3";
import { afterEach, expect, inject, test } from "vitest";
import { connect } from "../db/client";
import { databaseConfig } from "../db/config";
import { applyPendingMigrations, currentDatamodel, listMigrations } from "../db/migrations";
import { withSchemaEngine } from "../db/schema-engine";
import { matchEnd, matchStart } from "../domain/search-query";
import { emptyTestDatabase, testEngine } from "../testing/test-databases";
import { system } from "./actor";
import { searchEverything } from "./search";
import { seedDemoData } from "./seed";

const engine = testEngine();
// The index itself, and the migrations that change its objects later: on PostgreSQL the stored
// search_vector columns that replaced its claim and report expressions, on SQLite the bulk load's
// switch in the insert triggers (ADR 0021) and the prefix indexes that remade the FTS5 tables.
const searchMigration = /_search_(index|vector|bulk_load|prefix)$/;
const fileDatabaseUrl = process.env.DATABASE_URL;

afterEach(() => {
  process.env.DATABASE_URL = fileDatabaseUrl;
});

test("records made before the search index existed are found once it does", async () => {
  const config = await emptyTestDatabase(inject("testRunId"));
  const every = listMigrations(engine);
  const withoutSearch = { ...every, migrationDirectories: every.migrationDirectories.filter((folder) => !searchMigration.test(folder.path)) };
  await withSchemaEngine(config, currentDatamodel(engine), (schemaEngine) =>
    schemaEngine.applyMigrations({ migrationsList: withoutSearch, filters: { externalTables: [], externalEnums: [] } }),
  );
  const seeding = connect(config);
  await seedDemoData(seeding);
  await seeding.disconnect();

  const applied = await applyPendingMigrations(config);
  expect(applied).toEqual(every.migrationDirectories.map((folder) => folder.path).filter((name) => searchMigration.test(name)));
  expect(applied[0]).toMatch(/_search_index$/);

  process.env.DATABASE_URL = config.url;
  const results = await searchEverything(system, "Ussuriysk");
  expect(results.claims[0]?.statement).toContain(`near ${matchStart}Ussuriysk${matchEnd}`);
  expect(results.reports).toHaveLength(1);
  // Prefixes find the claim in the remade tables.
  for (const prefix of ["Ussu*", "Ussuri*"]) expect((await searchEverything(system, prefix)).claims[0]?.statement).toContain("Ussuriysk");
  expect((await searchEverything(system, "spy agency")).sources.map((source) => source.slug)).toEqual(["national-intelligence-service"]);
});

const searchTriggers = ["Claim", "Report", "Source", "SourceAlias"].flatMap((table) =>
  ["insert", "update", "delete"].map((event) => `${table}: search_${table === "SourceAlias" ? "source_alias" : table.toLowerCase()}_after_${event}`),
);

test.runIf(engine === "sqlite")("every search trigger is still there after all the migrations", () => {
  const config = databaseConfig(fileDatabaseUrl);
  if (config.engine !== "sqlite") throw new Error("expected a SQLite test database");
  const database = new Database(config.file, { readonly: true });
  try {
    const triggers = database.prepare("SELECT tbl_name || ': ' || name AS trigger FROM sqlite_master WHERE type = 'trigger' ORDER BY 1").pluck().all();
    expect(triggers, "a migration dropped search triggers: recreate them (see the search_index migration)").toEqual(expect.arrayContaining(searchTriggers));
  } finally {
    database.close();
  }
});

test.runIf(engine === "sqlite")("the full-text tables have prefix indexes", () => {
  const config = databaseConfig(fileDatabaseUrl);
  if (config.engine !== "sqlite") throw new Error("expected a SQLite test database");
  const database = new Database(config.file, { readonly: true });
  try {
    for (const table of ["search_claim", "search_report", "search_source"]) {
      const sql = database.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(table) as string;
      expect(sql, table).toContain("prefix = '2 3 4 5 6'");
    }
  } finally {
    database.close();
  }
});
