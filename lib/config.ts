// Every environment variable the app reads, in one place, checked by zod: a mistyped value
// stops the app with a message naming the variable, instead of being silently ignored.
// The README's configuration table lists the same variables; keep the two together.
// Variables that only tests, benchmarks and one-off scripts read stay in those scripts.
import { z } from "zod";

const flag = z
  .enum(["0", "1"], { error: 'must be "0" or "1"' })
  .default("0")
  .transform((value) => value === "1");
const wholeNumber = (fallback: number, minimum: number) => z.coerce.number().int().min(minimum).default(fallback);

export const configSchema = z.object({
  /** postgres:// or postgresql:// URL, or file:PATH for SQLite; unset: SQLite at data/claim-tracker.db (lib/db/config.ts). */
  DATABASE_URL: z.string().optional(),
  /** The port `npm start` serves on. */
  PORT: wholeNumber(3000, 1).pipe(z.number().max(65_535)),
  /** The address the server listens on; 127.0.0.1 keeps it off the network unless asked. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** How many proxies stand in front of the app; their X-Forwarded-* headers are trusted only then. 0: none, the socket address counts. */
  TRUST_PROXY: wholeNumber(0, 0),
  /** 1: anonymous visitors may read (never write). */
  PUBLIC_READ: flag,
  /** Requests a minute allowed to one API token. */
  API_TOKEN_REQUESTS_PER_MINUTE: wholeNumber(6_000, 1),
  /** 1: every SQL statement is logged (at debug level) with its duration. */
  DB_LOG_QUERIES: flag,
  /** The least severe log line written: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** FOR TESTS ONLY: 1 lets "fetch a report by URL" reach 127.0.0.1, so the end-to-end tests can serve their own page. Never set it in production: it opens the server to requests against itself. */
  INGEST_ALLOW_LOOPBACK: flag,
  /** The extraction pool's thread file; `npm start` points it at its compiled copy (.start/extract-worker.mjs). Unset: lib/workers/extract-worker.mjs, which loads the TypeScript sources through tsx (tests). */
  EXTRACT_WORKER_FILE: z.string().min(1).optional(),
  /** Where `next build` writes and `next start` reads the build; tests give each run its own. */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

export type AppConfig = z.output<typeof configSchema>;

/** Unset and empty mean the same: the default. */
function withoutEmpty(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
}

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = configSchema.safeParse(withoutEmpty(env));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`The environment is not valid:\n  ${problems.join("\n  ")}`);
}

/**
 * The configuration now. Read afresh on each call (a few microseconds) rather than once, so a
 * test that sets PUBLIC_READ for one case sees it.
 */
export function config(): AppConfig {
  return readConfig();
}
