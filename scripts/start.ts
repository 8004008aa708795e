// npm start — builds the app when the build is missing or older than the code, brings the
// database up to date (migrations, demo data when empty), then serves on PORT (3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { databaseConfig } from "../lib/db/config";
import { describeSetup, prepareDatabase } from "../lib/data/database-setup";

const root = resolve(import.meta.dirname, "..");
const nextBin = join(root, "node_modules/.bin/next");

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stats.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = ["app", "lib", "public", "next.config.ts", "package-lock.json"]
    .map((path) => join(root, path))
    .filter((path) => existsSync(path) && !path.endsWith("lib/db/generated"));
  return statSync(buildId).mtimeMs >= Math.max(...sources.map(newestChange));
}

if (!buildIsCurrent()) {
  console.log("Building the app (first start, or the code changed)…");
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const config = databaseConfig();
const outcome = await prepareDatabase(config);
for (const line of describeSetup(config, outcome)) console.log(line);

// scripts/serve.ts rather than `next start`: it resolves the client's address from the socket
// (TRUST_PROXY) and listens on HOST, 127.0.0.1 unless told otherwise. Both run compiled
// (.start/serve.mjs and the extraction thread .start/extract-worker.mjs, written by
// scripts/compile-start.mjs beside this file's own compiled copy): no tsx at run time.
const compiled = join(root, ".start");
const server = spawn(process.execPath, [join(compiled, "serve.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, EXTRACT_WORKER_FILE: join(compiled, "extract-worker.mjs") },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
