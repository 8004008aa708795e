// The database clients: SQLite (default, a file under data/) or PostgreSQL, chosen by
// DATABASE_URL at run time, so one build serves both.
//
// Reads and writes are separated. On SQLite there are two connections: a reader, and a
// writer used only through `writeTransaction`, which runs every write through one queue
// (see write-queue.ts for the hazard this avoids). In WAL mode the reader never sees a
// write before it commits. On PostgreSQL both are one pooled client.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type { Prisma } from "./generated/sqlite/client";
import { type DatabaseConfig, databaseConfig, ensureSqliteFolder } from "./config";
import { createWriteQueue, type WriteQueue } from "./write-queue";

/** Both generated clients have the same model API; the SQLite one's types name it. */
export type Database = SqliteClient;
export type Transaction = Prisma.TransactionClient;

export type Connection = {
  config: DatabaseConfig;
  read: Database;
  writeTransaction: <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;
  disconnect: () => Promise<void>;
};

const busyTimeoutMs = 10_000;

function connectSqlite(config: Extract<DatabaseConfig, { engine: "sqlite" }>): Connection {
  ensureSqliteFolder(config);
  const writer = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: config.url, timeout: busyTimeoutMs }) });
  const read = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: config.url, timeout: busyTimeoutMs }) });
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
  return {
    config,
    read,
    writeTransaction: (work) =>
      queue(async () => {
        await prepareWriter();
        return writer.$transaction(work, { timeout: 30_000, maxWait: 30_000 });
      }),
    disconnect: async () => {
      await Promise.all([writer.$disconnect(), read.$disconnect()]);
    },
  };
}

function connectPostgres(config: Extract<DatabaseConfig, { engine: "postgresql" }>): Connection {
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }) }) as unknown as Database;
  return {
    config,
    read: client,
    writeTransaction: (work) => client.$transaction(work, { timeout: 30_000, maxWait: 30_000 }),
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
