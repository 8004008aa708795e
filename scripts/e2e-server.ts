// The server for the end-to-end tests: a fresh database of its own (SQLite file, or a
// PostgreSQL database on TEST_POSTGRES_URL when TEST_DATABASE_ENGINE=postgresql),
// migrated and seeded, then the production build served on E2E_PORT. Needs `next build`.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { seedE2eUsers } from "../e2e/fixtures/users";
import { describeSetup, prepareDatabase } from "../lib/data/database-setup";
import { databaseConfig } from "../lib/db/config";
import { onPostgresServer, postgresUrlFor, testEngine } from "../lib/testing/test-databases";

const root = resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(join(root, distDir, "BUILD_ID"))) {
  console.error("No build: run `npm run build` before the end-to-end tests (npm test does).");
  process.exit(1);
}

const engine = testEngine();
const database = `ct_e2e_${process.pid}`;
let url: string;
if (engine === "sqlite") {
  const folder = join(root, "e2e/.output");
  mkdirSync(folder, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(join(folder, `e2e-${process.env.E2E_PORT ?? "3100"}.db${suffix}`), { force: true });
  url = `file:${join(folder, `e2e-${process.env.E2E_PORT ?? "3100"}.db`)}`;
} else {
  await onPostgresServer((client) => client.query(`CREATE DATABASE "${database}"`));
  url = postgresUrlFor(database);
}

const config = databaseConfig(url);
// E2E_FOUNDING_REPORT=0: demo sources and topic only, for the test that adds the report by hand.
const withFoundingReport = process.env.E2E_FOUNDING_REPORT !== "0";
for (const line of describeSetup(config, await prepareDatabase(config, { seed: true, withFoundingReport }))) console.log(line);
await seedE2eUsers(config);

// scripts/serve.ts, as `npm start` serves: the client's address comes from the socket.
const server = spawn(join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
  cwd: root,
  stdio: "inherit",
  // Anonymous visitors may read in the end-to-end tests unless a spec's server says otherwise;
  // writing always needs a signed-in editor.
  // INGEST_ALLOW_LOOPBACK lets the "add a report by URL" test fetch from its local test
  // server; nowhere else is it set, so the app never fetches loopback addresses.
  env: {
    PUBLIC_READ: "1",
    INGEST_ALLOW_LOOPBACK: "1",
    LOG_LEVEL: "warn",
    ...process.env,
    DATABASE_URL: url,
    PORT: process.env.E2E_PORT ?? "3100",
    HOST: "127.0.0.1",
  },
});

async function stop(signal: NodeJS.Signals) {
  server.kill(signal);
  await new Promise((resolve) => server.once("exit", resolve));
  if (engine === "postgresql") {
    await onPostgresServer((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
server.on("exit", (code) => {
  if (code !== null && code !== 0) process.exit(code);
});
