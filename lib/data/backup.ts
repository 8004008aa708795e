// Online backups of the SQLite database: a consistent copy taken while the app keeps writing.
//
// SQLite's backup API, on a connection of our own, copies the database as of one committed
// state, WAL included (a plain file copy of a WAL database can miss committed pages still in
// the -wal file, or catch a checkpoint half done). A write by another connection between two
// steps of a backup makes SQLite start the copy again, so under steady writes a backup taken in
// small steps might never finish; we copy every page in one step instead. In WAL mode that step
// is a read: the app's writer is never blocked by it.
//
// The copy is written next to its destination under a temporary name, checked (integrity,
// foreign keys, row counts), made a self-contained single file, and only then renamed into
// place, so a file at the destination is always a whole, verified backup.
import { chmodSync, existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import type { DatabaseConfig } from "../db/config";
import { AppError } from "../errors";
import { type Actor, assertCanAdminister } from "./actor";

/** The tables an analyst would miss, in the order a report lists them. */
const countedTables = ["Source", "SourceAlias", "Report", "Topic", "Claim", "AttributionHop", "Revision", "User", "ApiToken", "Session"] as const;

export type BackupSummary = {
  file: string;
  bytes: number;
  pages: number;
  seconds: number;
  rows: Record<(typeof countedTables)[number], number>;
  migrations: number;
};

const busyTimeoutMs = 10_000;

export async function backupSqlite(actor: Actor, config: DatabaseConfig, destination: string): Promise<BackupSummary> {
  assertCanAdminister(actor);
  if (config.engine !== "sqlite") {
    throw new AppError(
      "bad_request",
      "npm run backup copies SQLite databases only. For PostgreSQL use its own tool, e.g. " +
        "`pg_dump --format=custom --file=FILE DATABASE_URL` (restore with pg_restore), " +
        "or `npm run export -- FILE` for a JSON export that either engine can import.",
    );
  }
  if (!existsSync(config.file)) throw new AppError("not_found", `There is no database at ${config.file}`);
  if (existsSync(destination)) throw new AppError("conflict", `${destination} already exists; choose another name or remove it first`);

  const partial = `${destination}.partial`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(partial + suffix, { force: true });
  const started = Date.now();
  const source = new Database(config.file, { fileMustExist: true, timeout: busyTimeoutMs });
  let pages = 0;
  try {
    await source.backup(partial, {
      // Every remaining page in the next step (see the top of this file). Not `totalPages`: the
      // database may have grown since it was counted, and a step that leaves pages behind
      // would let the next write restart the copy.
      progress: ({ totalPages }) => {
        pages = totalPages;
        return 0x7fffffff;
      },
    });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  try {
    const summary = verifyCopy(partial);
    // Like the database, the copy holds password hashes: its owner's alone.
    chmodSync(partial, 0o600);
    renameSync(partial, destination);
    return { file: destination, pages, seconds: (Date.now() - started) / 1000, ...summary };
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(partial + suffix, { force: true });
    throw error;
  }
}

/** Opens the copy on its own and refuses it unless SQLite finds it whole and consistent. */
function verifyCopy(file: string): Omit<BackupSummary, "file" | "pages" | "seconds"> {
  const copy = new Database(file, { fileMustExist: true });
  try {
    // The copy inherits WAL mode; a backup is easier to move as one file with no -wal beside it.
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
      throw new Error(`The copy failed SQLite's integrity check: ${integrity.map((row) => row.integrity_check).join("; ")}`);
    }
    const orphans = copy.pragma("foreign_key_check") as unknown[];
    if (orphans.length) throw new Error(`The copy has ${orphans.length} rows whose foreign keys point nowhere`);
    const rows = Object.fromEntries(
      countedTables.map((table) => [table, (copy.prepare(`SELECT count(*) AS "count" FROM "${table}"`).get() as { count: number }).count]),
    ) as BackupSummary["rows"];
    const migrations = (copy.prepare(`SELECT count(*) AS "count" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`).get() as { count: number }).count;
    const bytes = (copy.prepare("SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()").get() as { bytes: number }).bytes;
    return { rows, migrations, bytes };
  } finally {
    copy.close();
  }
}
