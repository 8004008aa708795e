// Bulk INSERT statements (docs/decisions/0021-bulk-loads.md): a batch of rows travels as ONE
// bound parameter, a JSON array, which the database unpacks itself (SQLite's json_each,
// PostgreSQL's json_populate_recordset). Prisma's createMany and multi-row VALUES both pay the
// client's per-value work (argument typing and conversion, 671 claims/s with createMany); one
// parameter a statement leaves that work to the database's C code and no parameter limit applies.
// Values are stored exactly as Prisma stores them: dates as ISO text with "+00:00" on SQLite and
// timestamp(3) on PostgreSQL (the row type converts), JSON columns as their text / jsonb.
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

// A statement's JSON stays a few megabytes: report texts can be long.
const rowsPerStatement = 5_000;
const charactersPerStatement = 8_000_000;

const quote = (name: string) => `"${name}"`;

function storedValue(engine: DatabaseConfig["engine"], column: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  // Json columns hold the value's text on SQLite and the value itself in PostgreSQL's jsonb.
  if (jsonColumns.has(column)) return engine === "sqlite" ? JSON.stringify(value) : value;
  // Prisma's SQLite adapter writes dates as ISO 8601 with "+00:00"; PostgreSQL reads the "Z" form into timestamp(3) as UTC.
  if (value instanceof Date) return engine === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  return value;
}

function statementFor(engine: DatabaseConfig["engine"], table: BulkTable, columns: string[]): string {
  const names = columns.map(quote).join(", ");
  // SQLite: each row an array, its values read by position. PostgreSQL: each row an object
  // whose keys are the columns, typed by the table's own row type (enums, timestamps, jsonb).
  return engine === "sqlite"
    ? `INSERT INTO ${quote(table)} (${names}) SELECT ${columns.map((_, index) => `"value" ->> ${index}`).join(", ")} FROM json_each(?)`
    : `INSERT INTO ${quote(table)} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`;
}

/** A row as the JSON object json_populate_recordset reads, written as text without an object per row. */
function postgresEncoder(columns: string[]): (row: Record<string, unknown>) => string {
  const keys = columns.map((column, index) => `${index ? "," : "{"}${JSON.stringify(column)}:`);
  return (row) => {
    let text = "";
    for (let index = 0; index < columns.length; index += 1) {
      const column = columns[index]!;
      text += keys[index] + JSON.stringify(storedValue("postgresql", column, row[column]));
    }
    return `${text}}`;
  };
}

/** Where a bulk load writes: the transaction, and on SQLite the writer's own connection it runs on. */
export type BulkTarget = { tx: Transaction; engine: DatabaseConfig["engine"]; sqlite?: BetterSqlite3.Database };

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
  const { tx, engine } = target;
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
  const sql = statementFor(engine, table, columns);
  const encode =
    engine === "sqlite"
      ? (row: Record<string, unknown>) => JSON.stringify(columns.map((column) => storedValue(engine, column, row[column])))
      : postgresEncoder(columns);
  let batch: string[] = [];
  let characters = 0;
  const flush = async () => {
    if (!batch.length) return;
    await tx.$executeRawUnsafe(sql, `[${batch.join(",")}]`);
    batch = [];
    characters = 0;
  };
  for (const row of complete) {
    const encoded = encode(row);
    batch.push(encoded);
    characters += encoded.length;
    if (batch.length >= rowsPerStatement || characters >= charactersPerStatement) await flush();
  }
  await flush();
  return complete as unknown as (BulkRows[T] & { id: string })[];
}
