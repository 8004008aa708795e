// Multi-row INSERT statements for bulk loads (docs/decisions/0021-bulk-loads.md): one statement
// carries as many rows as the engine's bound-parameter limit allows, instead of Prisma's
// createMany, whose per-row work in the client cost more than the database's (671 claims/s).
// Values go through the same driver adapter as Prisma's own writes, so dates and JSON are stored
// exactly as Prisma stores them (SQLite: ISO text with "+00:00"; PostgreSQL: timestamp(3), jsonb).
import { randomBytes } from "node:crypto";
import type { Transaction } from "../../db/client";
import type { DatabaseConfig } from "../../db/config";
import type { Prisma } from "../../db/generated/sqlite/client";

/** The tables a bulk load writes, with the row each takes (Prisma's createMany input). */
export type BulkRows = {
  User: Prisma.UserCreateManyInput;
  Source: Prisma.SourceCreateManyInput;
  SourceAlias: Prisma.SourceAliasCreateManyInput;
  Topic: Prisma.TopicCreateManyInput;
  Report: Prisma.ReportCreateManyInput;
  Claim: Prisma.ClaimCreateManyInput;
  AttributionHop: Prisma.AttributionHopCreateManyInput;
  Revision: Prisma.RevisionCreateManyInput;
};
export type BulkTable = keyof BulkRows;

// The schema's @default(now()) and @updatedAt columns: Prisma fills them in the client, and the
// database's own default (SQLite's CURRENT_TIMESTAMP) would store another text format.
const timestampColumns: Record<BulkTable, string[]> = {
  User: ["createdAt", "updatedAt"],
  Source: ["createdAt", "updatedAt"],
  SourceAlias: [],
  Topic: ["createdAt", "updatedAt"],
  Report: ["retrievedAt", "createdAt", "updatedAt"],
  Claim: ["createdAt", "updatedAt"],
  AttributionHop: [],
  Revision: ["createdAt"],
};
const jsonColumns = new Set(["before", "after"]);

// Ids in the tracker's form (25 lower-case letters and digits starting with "c", as cuid's), and
// increasing like cuid's: the time, a counter, then randomness. Rows written in id order go to
// the end of each id index instead of to random pages of it (a bulk load's ids also sort together).
let lastMillis = 0;
let counter = 0;
export function newId(): string {
  const millis = Date.now();
  counter = millis === lastMillis ? counter + 1 : 0;
  lastMillis = millis;
  return `c${millis.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

// SQLITE_MAX_VARIABLE_NUMBER of the better-sqlite3 build (PRAGMA compile_options says 32766);
// PostgreSQL's wire protocol counts parameters in 16 bits. A little under each, and a row cap so
// that one statement's text stays a few megabytes at most.
const parameterLimit: Record<DatabaseConfig["engine"], number> = { sqlite: 32_000, postgresql: 65_000 };
const rowsPerStatement = 5_000;

const quote = (name: string) => `"${name}"`;

function storedValue(column: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  // Json columns: the text of the value, as Prisma writes it; SQL NULL stays NULL.
  if (jsonColumns.has(column)) return JSON.stringify(value);
  return value;
}

/**
 * Inserts `rows` into `table` in statements of as many rows as the parameter limit allows.
 * Columns are those any row gives a value; a row without one gets NULL, so give every column
 * whose schema default matters (ids, version and the timestamps are filled here when no row
 * has them). Returns the rows as written (with their ids), for revisions and the search index.
 */
export async function insertRows<T extends BulkTable>(
  tx: Transaction,
  engine: DatabaseConfig["engine"],
  table: T,
  rows: BulkRows[T][],
  now = new Date(),
): Promise<(BulkRows[T] & { id: string })[]> {
  if (!rows.length) return [];
  const complete = rows.map((row) => {
    const filled: Record<string, unknown> = { ...row };
    filled.id ??= newId();
    for (const column of timestampColumns[table]) filled[column] ??= now;
    return filled;
  });
  const columns = [...new Set(complete.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined)))];
  const perStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor(parameterLimit[engine] / columns.length)));
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
  for (let start = 0; start < complete.length; start += perStatement) {
    const batch = complete.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const row of batch) {
      const placeholders: string[] = [];
      for (const column of columns) {
        values.push(storedValue(column, row[column]));
        placeholders.push(engine === "sqlite" ? "?" : `$${values.length}`);
      }
      tuples.push(`(${placeholders.join(", ")})`);
    }
    await tx.$executeRawUnsafe(head + tuples.join(", "), ...values);
  }
  return complete as unknown as (BulkRows[T] & { id: string })[];
}
