// Which database the app runs on, from DATABASE_URL. One build serves both engines.
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { config } from "../config";

export type DatabaseConfig = { engine: "sqlite"; url: string; file: string } | { engine: "postgresql"; url: string };

export const defaultSqliteFile = resolve(/*turbopackIgnore: true*/ process.cwd(), "data/claim-tracker.db");

export function databaseConfig(databaseUrl: string | undefined = config().DATABASE_URL): DatabaseConfig {
  const url = databaseUrl?.trim();
  if (!url) return sqliteConfig(defaultSqliteFile);
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: "postgresql", url };
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    return sqliteConfig(isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path));
  }
  throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL, or file:PATH for SQLite; got "${url.split(":")[0]}:…"`);
}

function sqliteConfig(file: string): DatabaseConfig {
  return { engine: "sqlite", url: `file:${file}`, file };
}

/** SQLite creates the file, not its folder. */
export function ensureSqliteFolder(config: DatabaseConfig) {
  if (config.engine === "sqlite") mkdirSync(dirname(config.file), { recursive: true });
}
