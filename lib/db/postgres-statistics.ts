// PostgreSQL's counterpart of SQLite's `PRAGMA optimize`: ANALYZE the tables whose planner
// statistics are missing or stale. Autovacuum would get there eventually, but not between a
// bulk load and the first page: at 600,000 claims the claims list took 1,137 ms before ANALYZE
// and 132 ms after, the source page 1,470 ms and 163 ms (issue 14).

/** The slice of a Prisma client this needs, so that both generated clients fit. */
type RawClient = {
  $queryRawUnsafe: <T = unknown>(query: string, ...values: unknown[]) => Promise<T>;
  $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number>;
};

/**
 * Tables never analysed, or changed by more than autovacuum's own threshold since (50 rows +
 * 10% of the table), in the connection's schema. The names come from the catalog, not a user.
 */
const staleTablesSql = `
  SELECT relname AS "table"
  FROM pg_stat_user_tables
  WHERE schemaname = current_schema()
    AND (COALESCE(last_analyze, last_autoanalyze) IS NULL OR n_mod_since_analyze > 50 + 0.1 * n_live_tup)`;

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** ANALYZEs what is stale and says which tables that was (none when every table is fresh). */
export async function analyzeStaleTables(client: RawClient): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ table: string }[]>(staleTablesSql);
  const tables = rows.map((row) => row.table).sort();
  if (tables.length) await client.$executeRawUnsafe(`ANALYZE ${tables.map(quoted).join(", ")}`);
  return tables;
}
