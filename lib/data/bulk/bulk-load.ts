// A bulk load: many records written inside one write transaction (on SQLite through the write
// queue, ADR 0003), with the search index filled once at the end instead of by a trigger per row.
// Used by the spreadsheet import, the synthetic fill and the transfer import. ADR 0021.
//
// SQLite: while the one row of "search_bulk_load" exists, the search insert triggers do nothing
// (migration *_search_bulk_load). The load adds that row, writes its records, then gives each new
// claim, report and source its search_document row and FTS row with one INSERT … SELECT per kind,
// and removes the row. It all happens inside the caller's transaction: a failure rolls back the
// records, the index rows and the flag together. PostgreSQL indexes expressions of the rows
// themselves (ADR 0008), so nothing is needed there.
import type { Connection, Transaction } from "../../db/client";
import { type BulkRows, type BulkTable, type BulkTarget, insertRows } from "./insert-rows";

export type BulkLoad = {
  /** Inserts the rows (multi-row statements); returns them as written, ids included. */
  insert: <T extends BulkTable>(table: T, rows: BulkRows[T][]) => Promise<(BulkRows[T] & { id: string })[]>;
};

const searchKinds = { Claim: "claim", Report: "report", Source: "source" } as const;
type SearchedTable = keyof typeof searchKinds;
const isSearched = (table: BulkTable): table is SearchedTable => table in searchKinds;

// One JSON array of ids per statement: a single bound parameter, whatever the number of ids.
const idsPerStatement = 50_000;
const bulkCacheKibibytes = 65_536;

/** Runs `work` as a bulk load inside the transaction `tx`; the search index is complete when it returns. */
export async function bulkLoad<T>(
  tx: Transaction,
  connection: Pick<Connection, "config" | "sqliteWriter">,
  work: (load: BulkLoad) => Promise<T>,
  now = new Date(),
  options: BulkOptions = {},
): Promise<T> {
  const engine = connection.config.engine;
  // SQLite may rebuild the indexes of small tables too (see BulkOptions.rebuildBelowRows); PostgreSQL only of empty ones.
  const below = engine === "sqlite" ? Math.max(1, Math.floor(options.rebuildBelowRows ?? 1)) : 1;
  const rebuild = options.indexesAfter ? await dropIndexesOfSmallTables(tx, engine, below) : [];
  if (engine === "postgresql") {
    const target: BulkTarget = { tx, engine, postgresTypes: new Map() };
    const result = await work({ insert: (table, rows) => insertRows(target, table, rows, now) });
    await recreateIndexes(tx, engine, rebuild);
    return result;
  }
  // The writer's connection, on which writeTransaction has begun `tx`: statements run there are part of it.
  const target: BulkTarget = { tx, engine, sqlite: connection.sqliteWriter?.() };
  // Index pages of a large table no longer fit SQLite's default 2 MB page cache: every
  // out-of-order index insert would reread its page from the file. 64 MB for the writer: with
  // 256 MB the import's resident memory grew with the database (774 MB at 200,000 claims, 494 MB now).
  target.sqlite?.pragma(`cache_size = -${bulkCacheKibibytes}`);

  const added: Record<SearchedTable, string[]> = { Claim: [], Report: [], Source: [] };
  const aliasedSources = new Set<string>();
  const lastDocument = await tx.$queryRawUnsafe<{ last: number | bigint | null }[]>(`SELECT max("docid") AS "last" FROM "search_document"`);
  const after = Number(lastDocument[0]?.last ?? 0);
  await tx.$executeRawUnsafe(`INSERT INTO "search_bulk_load" ("loading") VALUES (1)`);
  const result = await work({
    insert: async (table, rows) => {
      const written = await insertRows(target, table, rows, now);
      // One push per id: spreading 200,000 ids into push() overflows the stack.
      if (isSearched(table)) for (const row of written) added[table].push(row.id);
      if (table === "SourceAlias") for (const row of written as unknown as BulkRows["SourceAlias"][]) aliasedSources.add(row.sourceId);
      return written;
    },
  });
  await recreateIndexes(tx, engine, rebuild);
  for (const table of Object.keys(searchKinds) as SearchedTable[]) await addSearchDocuments(tx, searchKinds[table], added[table]);
  await fillSearchIndex(tx, after);
  // Aliases added to sources that existed before the load: their line of aliases is rewritten.
  const newSources = new Set(added.Source);
  await refreshAliases(
    tx,
    [...aliasedSources].filter((id) => !newSources.has(id)),
  );
  await tx.$executeRawUnsafe(`DELETE FROM "search_bulk_load"`);
  return result;
}

export type BulkOptions = {
  /**
   * Drop the plain (non-unique) indexes of every bulk table that is empty when the load starts,
   * and build them again at its end, in the same transaction: one sorted build instead of an
   * out-of-order insert per row and index. Unique indexes stay, so duplicates are still refused
   * (and still found fast). For loads into an empty database: the transfer import, the fill.
   */
  indexesAfter?: boolean;
  /**
   * With `indexesAfter`, on SQLite: also rebuild the plain indexes of a table that holds fewer
   * than this many rows when the load starts (give the number of rows the load adds: one sorted
   * build over at most twice the load costs less than an out-of-order insert per row and index;
   * 17% less CPU for a 50,000-row spreadsheet into a desk of demo data). Nothing waits for it:
   * readers keep their snapshot, indexes included (WAL), and the write queue holds other writers.
   * PostgreSQL keeps to empty tables: its DROP INDEX locks the table's readers out until the commit.
   */
  rebuildBelowRows?: number;
};

// Parents before children does not matter for indexes; these are the tables a load fills.
const indexedTables = ["Source", "SourceAlias", "Topic", "Report", "Claim", "AttributionHop", "Revision"] as const;

/**
 * Drops the plain indexes of the bulk tables with fewer than `below` rows (1: the empty ones),
 * and on PostgreSQL their foreign keys; returns the statements that make them again, to run at
 * the end of the load.
 */
async function dropIndexesOfSmallTables(tx: Transaction, engine: Connection["config"]["engine"], below: number): Promise<string[]> {
  const definitions: { name: string; sql: string }[] = [];
  const foreignKeys: { table: string; name: string; definition: string }[] = [];
  for (const table of indexedTables) {
    // A row at position `below` (counted from 1) means the table is not small: reads at most that many.
    const rows = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${table}" LIMIT 1 OFFSET ${below - 1}`);
    if (rows.length) continue;
    definitions.push(
      ...(engine === "sqlite"
        ? await tx.$queryRawUnsafe<{ name: string; sql: string }[]>(
            `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = ? AND "sql" IS NOT NULL AND "sql" NOT LIKE 'CREATE UNIQUE%'`,
            table,
          )
        : await tx.$queryRawUnsafe<{ name: string; sql: string }[]>(
            `SELECT i.relname AS "name", pg_get_indexdef(x.indexrelid) AS "sql"
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
             WHERE t.oid = to_regclass(quote_ident($1)) AND NOT x.indisunique`,
            table,
          )),
    );
    // PostgreSQL checks a foreign key with a trigger per inserted row (a look-up in the parent
    // table each): 150,000 hops took longer than their 100,000 claims. Added back at the end, a
    // key is checked once for the whole table, by one join. SQLite's keys cannot be dropped
    // (only by rebuilding the table) and its checks are an index look-up in the same process.
    if (engine === "postgresql") {
      for (const key of await tx.$queryRawUnsafe<{ name: string; definition: string }[]>(
        `SELECT conname AS "name", pg_get_constraintdef(oid) AS "definition"
         FROM pg_constraint WHERE contype = 'f' AND conrelid = to_regclass(quote_ident($1)) ORDER BY conname`,
        table,
      ))
        foreignKeys.push({ table, ...key });
    }
  }
  for (const { name } of definitions) await tx.$executeRawUnsafe(`DROP INDEX "${name}"`);
  for (const { table, name } of foreignKeys) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
  return [
    ...definitions.map((definition) => definition.sql),
    ...foreignKeys.map(({ table, name, definition }) => `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" ${definition}`),
  ];
}

async function recreateIndexes(tx: Transaction, engine: Connection["config"]["engine"], definitions: string[]) {
  if (!definitions.length) return;
  // PostgreSQL sorts an index build in maintenance_work_mem (64 MB by default): more for a GIN index of a million rows.
  if (engine === "postgresql") await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '512MB'`);
  for (const sql of definitions) await tx.$executeRawUnsafe(sql);
}

async function addSearchDocuments(tx: Transaction, kind: string, ids: string[]) {
  for (let start = 0; start < ids.length; start += idsPerStatement) {
    const chunk = JSON.stringify(ids.slice(start, start + idsPerStatement));
    await tx.$executeRawUnsafe(`INSERT INTO "search_document" ("kind", "recordId") SELECT ?, "value" FROM json_each(?)`, kind, chunk);
  }
}

/** The FTS rows of every search_document made after `after`: the same columns as the triggers write. */
async function fillSearchIndex(tx: Transaction, after: number) {
  await tx.$executeRawUnsafe(
    `INSERT INTO "search_claim" (rowid, statement, anchorExact, notes, placeName)
     SELECT d."docid", c."statement", c."anchorExact", c."notes", c."placeName"
     FROM "search_document" d JOIN "Claim" c ON c."id" = d."recordId"
     WHERE d."kind" = 'claim' AND d."docid" > ?`,
    after,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "search_report" (rowid, title, text)
     SELECT d."docid", r."title", r."text"
     FROM "search_document" d JOIN "Report" r ON r."id" = d."recordId"
     WHERE d."kind" = 'report' AND d."docid" > ?`,
    after,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "search_source" (rowid, name, aliases)
     SELECT d."docid", s."name", coalesce((SELECT group_concat(a."alias", char(10)) FROM "SourceAlias" a WHERE a."sourceId" = s."id"), '')
     FROM "search_document" d JOIN "Source" s ON s."id" = d."recordId"
     WHERE d."kind" = 'source' AND d."docid" > ?`,
    after,
  );
}

async function refreshAliases(tx: Transaction, sourceIds: string[]) {
  for (let start = 0; start < sourceIds.length; start += idsPerStatement) {
    await tx.$executeRawUnsafe(
      `UPDATE "search_source"
       SET aliases = coalesce((SELECT group_concat(a."alias", char(10)) FROM "SourceAlias" a
                               JOIN "search_document" d ON d."recordId" = a."sourceId" AND d."kind" = 'source'
                               WHERE d."docid" = "search_source".rowid), '')
       WHERE rowid IN (SELECT d."docid" FROM "search_document" d JOIN json_each(?) j ON d."kind" = 'source' AND d."recordId" = j."value")`,
      JSON.stringify(sourceIds.slice(start, start + idsPerStatement)),
    );
  }
}
