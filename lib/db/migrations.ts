// Standard Prisma migration folders, applied and written by the WebAssembly schema engine.
// Each engine has its own folder because the SQL differs (docs/decisions/0002).
//
// New migrations are the engine's diff between two datamodels: the schema as the
// committed migrations leave it (prisma/migrations/schema.migrated.prisma, kept by
// `npm run db:migration`) and prisma/schema.prisma. Diffing against a replay of the
// migrations would need the engine to describe a live database, which it cannot do
// through the pg adapter (it cannot read PostgreSQL's "char" catalog columns).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { DiffTarget, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { derivePostgresSchema } from "./postgres-schema.mjs";
import type { DatabaseConfig } from "./config";
import { ensureSqliteFolder } from "./config";
import { withSchemaEngine } from "./schema-engine";

export type Engine = DatabaseConfig["engine"];

const projectRoot = resolve(import.meta.dirname, "../..");
const filters: SchemaFilter = { externalTables: [], externalEnums: [] };
const schemaPath = join(projectRoot, "prisma/schema.prisma");
export const migratedSchemaPath = join(projectRoot, "prisma/migrations/schema.migrated.prisma");
const migrationFolders: Record<Engine, string> = {
  sqlite: join(projectRoot, "prisma/migrations/sqlite"),
  postgresql: join(projectRoot, "prisma/migrations/postgresql"),
};

/** The datamodel for one engine: the provider line is the only difference. */
export function datamodelFor(engine: Engine, sqliteDatamodel: string) {
  return engine === "sqlite" ? sqliteDatamodel : derivePostgresSchema(sqliteDatamodel);
}

export function currentDatamodel(engine: Engine) {
  return { path: schemaPath, content: datamodelFor(engine, readFileSync(schemaPath, "utf8")) };
}

export function listMigrations(engine: Engine): MigrationList {
  const baseDir = migrationFolders[engine];
  const lockPath = join(baseDir, "migration_lock.toml");
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
    shadowDbInitScript: "",
  };
}

/** Applies every migration the database has not seen; applying twice applies nothing. */
export async function applyPendingMigrations(config: DatabaseConfig): Promise<string[]> {
  ensureSqliteFolder(config);
  try {
    return await withSchemaEngine(config, currentDatamodel(config.engine), async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: listMigrations(config.engine),
        filters,
      });
      return appliedMigrationNames;
    });
  } catch (error) {
    // The engine takes SQLite's exclusive lock, which it cannot get while another
    // connection has the file open; the adapter reports SQLITE_BUSY as "SocketTimeout".
    if (config.engine === "sqlite" && String(error).includes("SocketTimeout")) {
      throw new Error(`Cannot migrate ${config.file}: another process has it open (is the app running?). Stop it and try again.`, { cause: error });
    }
    throw error;
  }
}

/** The SQL that takes a database from one datamodel (or from nothing) to another. */
export async function diffDatamodels(
  config: DatabaseConfig,
  from: { path: string; content: string } | null,
  to: { path: string; content: string },
): Promise<string> {
  return withSchemaEngine(config, to, async (engine) => {
    const fromTarget: DiffTarget = from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" };
    const result = await engine.diff({
      from: fromTarget,
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters,
    });
    return meaningfulSql(result.stdout ?? "");
  });
}

// The engine answers "-- This is an empty migration." when there is nothing to do.
function meaningfulSql(sql: string) {
  const statements = sql.split("\n").filter((line) => line.trim() && !line.trim().startsWith("--"));
  return statements.length ? sql : "";
}

/**
 * Writes one migration folder per engine with what prisma/schema.prisma adds to the
 * migrated schema, then records the schema as migrated. Returns the folders written.
 */
export async function writeNewMigration(name: string, configs: Record<Engine, DatabaseConfig>, now = new Date()): Promise<string[]> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration names are snake_case words: got "${name}"`);
  const migrated = existsSync(migratedSchemaPath) ? readFileSync(migratedSchemaPath, "utf8") : null;
  const current = readFileSync(schemaPath, "utf8");
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const written: string[] = [];
  for (const engine of ["sqlite", "postgresql"] as const) {
    const from = migrated === null ? null : { path: migratedSchemaPath, content: datamodelFor(engine, migrated) };
    const sql = await diffDatamodels(configs[engine], from, currentDatamodel(engine));
    if (!sql) continue;
    const baseDir = migrationFolders[engine];
    const folder = join(baseDir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
    const lockPath = join(baseDir, "migration_lock.toml");
    if (!existsSync(lockPath)) {
      writeFileSync(lockPath, `# Written by npm run db:migration; keep it in version control.\nprovider = "${engine}"\n`);
    }
    written.push(relative(projectRoot, folder));
  }
  if (written.length) writeFileSync(migratedSchemaPath, current);
  return written;
}
