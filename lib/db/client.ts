// The database clients: SQLite (default, a file under data/) or PostgreSQL, chosen by
// DATABASE_URL at run time, so one build serves both.
//
// Reads and writes are separated. On SQLite there are two connections: a reader, and a
// writer used only through `writeTransaction`, which runs every write through one queue
// (see write-queue.ts for the hazard this avoids). In WAL mode the reader never sees a
// write before it commits. On PostgreSQL both are one pooled client.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type { Prisma } from "./generated/sqlite/client";
import { config } from "../config";
import { log } from "../log";
import { type DatabaseConfig, databaseConfig, ensureSqliteFolder } from "./config";
import { analyzeStaleTables } from "./postgres-statistics";
import { createWriteQueue, type WriteQueue } from "./write-queue";

/** Both generated clients have the same model API; the SQLite one's types name it. */
export type Database = SqliteClient;
export type Transaction = Prisma.TransactionClient;

/** How long a write transaction may run before it is rolled back; long jobs (an import) ask for more. */
export type WriteOptions = { timeoutMs?: number };
const defaultWriteTimeoutMs = 30_000;

export type Connection = {
  config: DatabaseConfig;
  read: Database;
  writeTransaction: <T>(work: (tx: Transaction) => Promise<T>, options?: WriteOptions) => Promise<T>;
  /**
   * SQLite only: the writer's own better-sqlite3 connection, for bulk loads (lib/data/bulk) to
   * run prepared statements inside the transaction `writeTransaction` opened on it. Valid only
   * inside `writeTransaction`'s work, which holds the write queue. Undefined on PostgreSQL.
   */
  sqliteWriter?: () => BetterSqlite3.Database;
  /** Refreshes the query planner's statistics where they are missing or stale: `PRAGMA optimize` on SQLite, `ANALYZE` on PostgreSQL. */
  optimize: () => Promise<void>;
  disconnect: () => Promise<void>;
};

const busyTimeoutMs = 10_000;
const optimizeEveryMs = 3_600_000;

/**
 * DB_LOG_QUERIES=1 logs every SQL statement and its duration (lib/log.ts): how a slow page is
 * traced to its query (docs/benchmarks.md).
 */
function withQueryLog<T extends Database>(client: T, name: string): T {
  if (!config().DB_LOG_QUERIES) return client;
  const sql = log.child({ component: "sql", connection: name });
  (client as unknown as { $on: (event: "query", listener: (e: Prisma.QueryEvent) => void) => void }).$on("query", (event) => {
    sql.info({ ms: event.duration, query: event.query.replace(/\s+/g, " ") }, "query");
  });
  return client;
}
const queryLog = () => (config().DB_LOG_QUERIES ? { log: [{ emit: "event" as const, level: "query" as const }] } : {});

function connectSqlite(config: Extract<DatabaseConfig, { engine: "sqlite" }>): Connection {
  ensureSqliteFolder(config);
  // The writer's adapter is kept to reach its better-sqlite3 connection: a bulk load binds its
  // rows to prepared statements there, without Prisma's per-statement work (ADR 0021).
  const writerAdapter = new PrismaBetterSqlite3({ url: config.url, timeout: busyTimeoutMs });
  let rawWriter: BetterSqlite3.Database | undefined;
  const connectWriter = writerAdapter.connect.bind(writerAdapter);
  writerAdapter.connect = async () => {
    const adapter = await connectWriter();
    rawWriter = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    return adapter;
  };
  const writer = withQueryLog(new SqliteClient({ adapter: writerAdapter, ...queryLog() }), "write");
  const read = withQueryLog(new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: config.url, timeout: busyTimeoutMs }), ...queryLog() }), "read");
  const queue: WriteQueue = createWriteQueue();
  // WAL lets the reader read while the writer writes; foreign keys are off by default in
  // SQLite. Set on the first write, so that a connection that only reads holds no lock.
  let writerReady: Promise<void> | undefined;
  const prepareWriter = () =>
    (writerReady ??= (async () => {
      await writer.$queryRawUnsafe("PRAGMA journal_mode = WAL");
      await writer.$executeRawUnsafe("PRAGMA foreign_keys = ON");
      await writer.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    })());
  // SQLite plans queries from statistics that only ANALYZE gathers. Without them it read one
  // topic's figures through the kind index, every quantity claim, instead of the topic index
  // (77 ms instead of 12 ms with 100,000 claims). PRAGMA optimize gathers them where missing or
  // stale, a few rows per index: at start (prepareDatabase), then at most hourly after writes.
  let optimizedAt = Date.now();
  const runOptimize = async (pragma: string) => {
    await prepareWriter();
    await writer.$queryRawUnsafe(pragma);
    optimizedAt = Date.now();
  };
  return {
    config,
    read,
    writeTransaction: (work, options = {}) =>
      queue(async () => {
        await prepareWriter();
        const result = await writer.$transaction(work, { timeout: options.timeoutMs ?? defaultWriteTimeoutMs, maxWait: 30_000 });
        // The write has committed: a failure to refresh statistics must not report it failed.
        if (Date.now() - optimizedAt > optimizeEveryMs)
          await runOptimize("PRAGMA optimize").catch((error) => log.error({ err: error }, "PRAGMA optimize failed"));
        return result;
      }),
    sqliteWriter: () => {
      if (!rawWriter) throw new Error("The SQLite writer is not connected: use sqliteWriter inside writeTransaction");
      return rawWriter;
    },
    optimize: () => queue(() => runOptimize("PRAGMA optimize=0x10002")),
    disconnect: async () => {
      await Promise.all([writer.$disconnect(), read.$disconnect()]);
    },
  };
}

function connectPostgres(config: Extract<DatabaseConfig, { engine: "postgresql" }>): Connection {
  const client = withQueryLog(new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }), ...queryLog() }) as unknown as Database, "pg");
  // As on SQLite: statistics at start (prepareDatabase), after bulk loads (synthetic, import),
  // and at most hourly after writes. Writes do not queue here, so the hourly ANALYZE runs
  // beside the request rather than inside it, and never twice at once.
  let analyzedAt = Date.now();
  let analyzing: Promise<unknown> | null = null;
  const analyze = () =>
    (analyzing ??= analyzeStaleTables(client).finally(() => {
      analyzedAt = Date.now();
      analyzing = null;
    }));
  return {
    config,
    read: client,
    writeTransaction: async (work, options = {}) => {
      const result = await client.$transaction(work, { timeout: options.timeoutMs ?? defaultWriteTimeoutMs, maxWait: 30_000 });
      if (Date.now() - analyzedAt > optimizeEveryMs) void analyze().catch((error) => log.error({ err: error }, "ANALYZE failed"));
      return result;
    },
    optimize: async () => {
      await analyze();
    },
    disconnect: () => client.$disconnect(),
  };
}

export function connect(config: DatabaseConfig = databaseConfig()): Connection {
  return config.engine === "sqlite" ? connectSqlite(config) : connectPostgres(config);
}

// One connection per process, kept on globalThis: Next may load this module more than
// once (route handlers and pages are bundled apart), and a second SQLite writer would
// bypass the first one's queue.
const globalForDb = globalThis as typeof globalThis & { claimTrackerDb?: Connection };

export function db(): Connection {
  const config = databaseConfig();
  if (globalForDb.claimTrackerDb?.config.url !== config.url) {
    // Only tests change DATABASE_URL inside one process (a fresh database per test file).
    void globalForDb.claimTrackerDb?.disconnect();
    globalForDb.claimTrackerDb = connect(config);
  }
  return globalForDb.claimTrackerDb;
}

/** Closes the process's connection, if any (scripts and tests, at their end). */
export async function disconnectDb() {
  const connection = globalForDb.claimTrackerDb;
  globalForDb.claimTrackerDb = undefined;
  await connection?.disconnect();
}
