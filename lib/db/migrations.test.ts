import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";
import { readCatalog, runScript } from "../testing/schema-catalog";
import { emptyTestDatabase, testEngine } from "../testing/test-databases";
import { databaseConfig } from "./config";
import { applyPendingMigrations, currentDatamodel, datamodelFor, diffDatamodels, listMigrations, migratedSchemaPath } from "./migrations";

const engine = testEngine();

test(`the committed ${engine} migrations build exactly the schema in prisma/schema.prisma`, async () => {
  // This file's database was built by applying the committed migrations.
  const migrated = databaseConfig();
  // A second one is built straight from the schema, by the engine's full script.
  const fromSchema = await emptyDatabase();
  await runScript(fromSchema, await diffDatamodels(fromSchema, null, currentDatamodel(engine)));

  expect(await readCatalog(migrated)).toEqual(await readCatalog(fromSchema));
});

test("no migration is pending: the schema as migrated is the schema", async () => {
  const config = databaseConfig();
  const migratedSchema = readFileSync(migratedSchemaPath, "utf8");
  const pending = await diffDatamodels(config, { path: migratedSchemaPath, content: datamodelFor(engine, migratedSchema) }, currentDatamodel(engine));
  expect(pending, "prisma/schema.prisma changed: run `npm run db:migration -- NAME`").toBe("");
});

test("applying the migrations again applies nothing", async () => {
  expect(await applyPendingMigrations(databaseConfig())).toEqual([]);
});

test("a new database gets every migration, in order", async () => {
  const config = await emptyDatabase();
  const names = listMigrations(engine).migrationDirectories.map((directory) => directory.path);
  expect(names.length).toBeGreaterThan(0);
  expect(await applyPendingMigrations(config)).toEqual(names);
});

function emptyDatabase() {
  return emptyTestDatabase(inject("testRunId"));
}

test.each([["sqlite"], ["postgresql"]] as const)("each engine has its own committed migrations (%s)", (name) => {
  const lock = readFileSync(join(listMigrations(name).baseDir, "migration_lock.toml"), "utf8");
  expect(lock).toContain(`provider = "${name}"`);
});
