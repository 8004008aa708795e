// Bulk INSERT statements (docs/decisions/0021-bulk-loads.md). Prisma's createMany pays the
// client's per-value work (argument typing and conversion, 671 claims/s); here a batch is a few
// statements whatever its size. SQLite: rows bound to prepared multi-row INSERTs on the writer's
// own connection. PostgreSQL: one statement per batch, each column one parameter holding an
// array literal, unnested by the database (`INSERT … SELECT * FROM unnest($1::text::"T"[], …)`).
// Values are stored exactly as Prisma stores them: dates as ISO text with "+00:00" on SQLite and
// timestamp(3) on PostgreSQL (the array cast converts), JSON columns as their text / jsonb.
import { randomBytes } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
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
// increasing like cuid's: the time, a counter, then this process's random tag. Rows written in id
// order go to the end of each id index instead of to random pages of it. The tag is drawn once:
// a random draw per id was 6% of a bulk load's CPU time. Time never steps back here, so a clock
// set back cannot repeat an id.
const processTag = randomBytes(6).toString("hex");
let lastMillis = 0;
let counter = 0;
export function newId(): string {
  const millis = Math.max(Date.now(), lastMillis);
  counter = millis === lastMillis ? counter + 1 : 0;
  lastMillis = millis;
  return `c${millis.toString(36).padStart(8, "0")}${counter.toString(36).padStart(5, "0").slice(-5)}${processTag.slice(0, 11)}`;
}

// A PostgreSQL statement's arrays stay a few megabytes: report texts can be long.
const rowsPerStatement = 10_000;
const charactersPerStatement = 8_000_000;

const quote = (name: string) => `"${name}"`;

/** A value as an element of a PostgreSQL array literal: NULL, or a double-quoted text with `"` and `\\` escaped. */
function arrayElement(column: string, value: unknown): string {
  if (value === undefined || value === null) return "NULL";
  // Json columns: the value's JSON text, read by the jsonb[] cast. Dates: ISO 8601, read into timestamp(3) as UTC.
  const text = jsonColumns.has(column) ? JSON.stringify(value) : value instanceof Date ? value.toISOString() : String(value);
  return `"${/["\\]/.test(text) ? text.replace(/["\\]/g, "\\$&") : text}"`;
}

/** Each column's array type in PostgreSQL (`"ClaimKind"[]`, `timestamp(3) without time zone[]`, `jsonb[]`), from the catalogue. */
async function postgresArrayTypes(tx: Transaction, table: BulkTable): Promise<Map<string, string>> {
  const rows = await tx.$queryRawUnsafe<{ column: string; type: string }[]>(
    `SELECT a.attname AS "column", format_type(t.typarray, a.atttypmod) AS "type"
     FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = to_regclass(quote_ident($1)) AND a.attnum > 0 AND NOT a.attisdropped`,
    table,
  );
  return new Map(rows.map((row) => [row.column, row.type]));
}

/**
 * PostgreSQL: one statement per batch, each column ONE text parameter holding an array literal,
 * cast to the column's array type and unnested: `INSERT … SELECT * FROM unnest($1::text::"T"[], …)`.
 * The database parses one array per column instead of a JSON object (its keys included) per row,
 * and no foreign-key or row-type work happens in the client.
 */
async function insertPostgres(target: BulkTarget, table: BulkTable, columns: string[], rows: Record<string, unknown>[]) {
  const types = target.postgresTypes ?? new Map<BulkTable, Map<string, string>>();
  target.postgresTypes = types;
  const arrayTypes = types.get(table) ?? (await postgresArrayTypes(target.tx, table));
  types.set(table, arrayTypes);
  const casts = columns.map((column, index) => {
    const type = arrayTypes.get(column);
    if (!type) throw new Error(`No column "${column}" in "${table}"`);
    return `$${index + 1}::text::${type}`;
  });
  const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`;
  let elements: string[][] = columns.map(() => []);
  let count = 0;
  let characters = 0;
  const flush = async () => {
    if (!count) return;
    await target.tx.$executeRawUnsafe(sql, ...elements.map((list) => `{${list.join(",")}}`));
    elements = columns.map(() => []);
    count = 0;
    characters = 0;
  };
  for (const row of rows) {
    for (let c = 0; c < columns.length; c += 1) {
      const element = arrayElement(columns[c]!, row[columns[c]!]);
      elements[c]!.push(element);
      characters += element.length;
    }
    count += 1;
    if (count >= rowsPerStatement || characters >= charactersPerStatement) await flush();
  }
  await flush();
}

/** Where a bulk load writes: the transaction, and on SQLite the writer's own connection it runs on. */
export type BulkTarget = {
  tx: Transaction;
  engine: DatabaseConfig["engine"];
  sqlite?: BetterSqlite3.Database;
  /** PostgreSQL: each table's column array types, read once per load. */
  postgresTypes?: Map<BulkTable, Map<string, string>>;
};

// SQLite: rows bound straight to a prepared multi-row INSERT on the writer's connection (the
// transaction Prisma opened there), a few dozen rows a statement under SQLite's 32,766
// parameters. No JSON text to build and parse, no per-statement work in Prisma.
const sqliteParameters = 8_000;
const sqliteRowsPerStatement = 200;

/** The columns any row gives a value, in first-seen order. */
function columnsOf(rows: Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key in row) if (row[key] !== undefined) seen.add(key);
  return [...seen];
}

function insertSqlite(database: BetterSqlite3.Database, table: BulkTable, columns: string[], rows: Record<string, unknown>[]) {
  const perStatement = Math.max(1, Math.min(sqliteRowsPerStatement, Math.floor(sqliteParameters / columns.length)));
  const names = columns.map(quote).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statementOf = (count: number) =>
    database.prepare(`INSERT INTO ${quote(table)} (${names}) VALUES ${Array.from({ length: count }, () => tuple).join(", ")}`);
  const full = statementOf(perStatement);
  const width = columns.length;
  const values: unknown[] = new Array(perStatement * width);
  const json = columns.map((column) => jsonColumns.has(column));
  for (let first = 0; first < rows.length; first += perStatement) {
    const count = Math.min(perStatement, rows.length - first);
    if (count < perStatement) values.length = count * width;
    for (let r = 0; r < count; r += 1) {
      const row = rows[first + r]!;
      const base = r * width;
      for (let c = 0; c < width; c += 1) {
        const value = row[columns[c]!];
        values[base + c] =
          value === undefined || value === null
            ? null
            : json[c]
              ? JSON.stringify(value)
              : value instanceof Date
                ? value.toISOString().replace("Z", "+00:00")
                : typeof value === "boolean"
                  ? Number(value)
                  : value;
      }
    }
    (count === perStatement ? full : statementOf(count)).run(values);
  }
}

/**
 * Inserts `rows` into `table`, many rows a statement. Columns are those any row gives a value;
 * a row without one gets NULL, so give every column whose schema default matters (ids and the
 * timestamps are filled here, in the rows themselves, when missing). Returns the same rows,
 * now with their ids, for revisions and the search index.
 */
export async function insertRows<T extends BulkTable>(
  target: BulkTarget,
  table: T,
  rows: BulkRows[T][],
  now = new Date(),
): Promise<(BulkRows[T] & { id: string })[]> {
  if (!rows.length) return [];
  const { engine } = target;
  const complete = rows as unknown as Record<string, unknown>[];
  const stamped = timestampColumns[table];
  for (const row of complete) {
    row.id ??= newId();
    for (const column of stamped) row[column] ??= now;
  }
  const columns = columnsOf(complete);
  if (target.sqlite) {
    insertSqlite(target.sqlite, table, columns, complete);
    return complete as unknown as (BulkRows[T] & { id: string })[];
  }
  if (engine === "sqlite") throw new Error("A SQLite bulk load needs the writer's connection (Connection.sqliteWriter)");
  await insertPostgres(target, table, columns, complete);
  return complete as unknown as (BulkRows[T] & { id: string })[];
}
