// A database's schema read from its own catalog (tables, columns, indexes, foreign keys,
// enums), in a form where two databases built differently can be compared for equality.
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "../db/config";

export type Catalog = Record<string, unknown>;

// Full-text search objects are hand-written in the migrations (docs/decisions/0008) and do not
// exist in a database built from prisma/schema.prisma. They are all named search_* (FTS5 tables
// and their shadow tables, the search_document table, PostgreSQL's indexes and stored search_vector columns), and
// that prefix is what leaves them out of the comparison. Name nothing else search_*.
const searchPrefix = "search_";

export async function readCatalog(config: DatabaseConfig): Promise<Catalog> {
  return config.engine === "sqlite" ? readSqliteCatalog(config.file) : readPostgresCatalog(config.url);
}

function readSqliteCatalog(file: string): Catalog {
  const database = new Database(file, { readonly: true });
  try {
    const tables = database
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' AND substr(name, 1, length(?)) <> ? ORDER BY name",
      )
      .all(searchPrefix, searchPrefix) as { name: string }[];
    const catalog: Catalog = {};
    for (const { name } of tables) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      catalog[name] = {
        columns: database.prepare(`PRAGMA table_info(${quoted})`).all(),
        // A table's constraints have no meaningful order (a column added later lists its key first).
        foreignKeys: (database.prepare(`PRAGMA foreign_key_list(${quoted})`).all().map(withoutIds) as { from: string }[]).sort((a, b) =>
          a.from.localeCompare(b.from),
        ),
        indexes: (database.prepare(`PRAGMA index_list(${quoted})`).all() as { name: string; unique: number }[])
          .map((index) => ({
            name: index.name,
            unique: index.unique,
            columns: (database.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((column) => column.name),
          }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    }
    return catalog;
  } finally {
    database.close();
  }
}

function withoutIds(row: unknown) {
  const { id: _id, seq: _seq, ...rest } = row as Record<string, unknown>;
  return rest;
}

async function readPostgresCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows;
    return {
      // The stored search_vector columns are left out, and the others numbered without them:
      // a column Prisma adds after them sits one place later than in a database built from the schema.
      columns: await query(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
          row_number() OVER (PARTITION BY table_name ORDER BY ordinal_position) AS ordinal_position
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND NOT starts_with(column_name, $1)
        ORDER BY table_name, ordinal_position`,
        [searchPrefix],
      ),
      indexes: await query(
        `SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND NOT starts_with(indexname, $1) ORDER BY tablename, indexname`,
        [searchPrefix],
      ),
      constraints: await query(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
      enums: await query(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`),
    };
  } finally {
    await client.end();
  }
}

/** Runs a SQL script (several statements) on a database. */
export async function runScript(config: DatabaseConfig, sql: string) {
  if (config.engine === "sqlite") {
    const database = new Database(config.file);
    try {
      database.exec(sql);
    } finally {
      database.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
