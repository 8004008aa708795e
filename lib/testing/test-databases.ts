// Fresh databases for tests: a migrated template is made once per run, and every test
// file gets its own copy (a copied SQLite file, or a PostgreSQL database created from
// the template). TEST_DATABASE_ENGINE picks the engine; PostgreSQL needs TEST_POSTGRES_URL.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type DatabaseConfig, databaseConfig } from "../db/config";

export type TestEngine = DatabaseConfig["engine"];

export function testEngine(): TestEngine {
  const engine = process.env.TEST_DATABASE_ENGINE ?? "sqlite";
  if (engine !== "sqlite" && engine !== "postgresql") {
    throw new Error(`TEST_DATABASE_ENGINE must be "sqlite" or "postgresql", not "${engine}"`);
  }
  return engine;
}

export function postgresServerUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) {
    throw new Error(
      "TEST_POSTGRES_URL is not set, so the database tests cannot run on PostgreSQL.\n" +
        "npm test starts a throwaway server itself; to run one layer, wrap it the same way:\n" +
        "  node scripts/test-postgres.mjs npx vitest run --project database\n" +
        "or set TEST_POSTGRES_URL to a server where tests may create and drop databases.",
    );
  }
  return url;
}

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresServerUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onPostgresServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const runFolder = (runId: string) => join(tmpdir(), `claim-tracker-tests-${runId}`);
export const sqliteTemplate = (runId: string) => join(runFolder(runId), "template.db");
// TEST_DATABASE_PREFIX (default "ct_test") names a run's PostgreSQL databases, so that people
// sharing one server can tell theirs apart; the run id keeps runs apart anyway.
const databasePrefix = () => {
  const prefix = process.env.TEST_DATABASE_PREFIX ?? "ct_test";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error("TEST_DATABASE_PREFIX: lower-case letters, digits and _ only");
  return prefix;
};
export const postgresTemplate = (runId: string) => `${databasePrefix()}_${runId}_template`;

let copies = 0;

/** A fresh, migrated database for one test file, from the run's template. */
export async function freshTestDatabase(runId: string): Promise<DatabaseConfig> {
  copies += 1;
  const name = `w${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}_${copies}`;
  if (testEngine() === "sqlite") {
    const file = join(runFolder(runId), `${name}.db`);
    copyFileSync(sqliteTemplate(runId), file);
    return databaseConfig(`file:${file}`);
  }
  const database = `${databasePrefix()}_${runId}_${name}`;
  await onPostgresServer((client) => client.query(`CREATE DATABASE "${database}" TEMPLATE "${postgresTemplate(runId)}"`));
  return databaseConfig(postgresUrlFor(database));
}

/** A database with nothing in it, not even the migrations table. */
export async function emptyTestDatabase(runId: string): Promise<DatabaseConfig> {
  copies += 1;
  const name = `empty_w${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}_${copies}`;
  if (testEngine() === "sqlite") return databaseConfig(`file:${join(runFolder(runId), `${name}.db`)}`);
  const database = `${databasePrefix()}_${runId}_${name}`;
  await onPostgresServer((client) => client.query(`CREATE DATABASE "${database}"`));
  return databaseConfig(postgresUrlFor(database));
}

export function makeRunFolder(runId: string) {
  mkdirSync(runFolder(runId), { recursive: true });
}

export function removeRunFolder(runId: string) {
  rmSync(runFolder(runId), { recursive: true, force: true });
}

export async function dropRunDatabases(runId: string) {
  await onPostgresServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${databasePrefix()}_${runId}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
