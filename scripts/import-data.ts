// npm run import -- FILE
// Reads an export (npm run export) into the database named by DATABASE_URL, which must be
// empty: its migrations are applied first (a new PostgreSQL database needs nothing else), then
// every record is checked, and only if all are good is everything written, in one transaction,
// keeping ids, versions and timestamps. Each bad record is listed with its path.
import { readFileSync } from "node:fs";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { applyPendingMigrations } from "../lib/db/migrations";
import { system } from "../lib/data/actor";
import { AppError } from "../lib/errors";
import { importEverything } from "../lib/data/transfer/import";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run import -- FILE   (DATABASE_URL names the empty database to fill)");
  process.exit(2);
}

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  process.exit(1);
}

const config = databaseConfig();
const applied = await applyPendingMigrations(config);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
const connection = connect(config);
try {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const counts = await importEverything(system, connection, input);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const summary = Object.entries(counts).map(([table, count]) => `${count} ${table}`);
  console.log(`Imported ${summary.join(", ")} in ${seconds.toFixed(1)} s (checks, bulk load, statistics).`);
  console.log(
    `${Math.round(counts.claims / seconds).toLocaleString("en-US")} claims/s on ${config.engine} (process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; ` +
      `peak memory ${Math.round((process.resourceUsage().maxRSS * 1024) / 1e6)} MB resident: the document is read whole).`,
  );
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  for (const issue of error.issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
  process.exitCode = 1;
} finally {
  await connection.disconnect();
}
