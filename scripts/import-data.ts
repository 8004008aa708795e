// npm run import -- FILE
// Reads an export (npm run export) into the database named by DATABASE_URL, which must be
// empty: its migrations are applied first (a new PostgreSQL database needs nothing else), then
// the file is read a record at a time, each batch checked and written in one transaction,
// keeping ids, versions and timestamps; if any record is bad, each is listed with its path and
// the transaction rolls back, so nothing is written. Memory holds a batch, not the file (ADR 0021).
import { createReadStream, existsSync } from "node:fs";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { applyPendingMigrations } from "../lib/db/migrations";
import { system } from "../lib/data/actor";
import { AppError } from "../lib/errors";
import { importEverything } from "../lib/data/transfer/import";
import { readDocument } from "../lib/data/transfer/read-document";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run import -- FILE   (DATABASE_URL names the empty database to fill)");
  process.exit(2);
}

if (!existsSync(file)) {
  console.error(`${file} does not exist.`);
  process.exit(1);
}

let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 50);
const config = databaseConfig();
const applied = await applyPendingMigrations(config);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
const connection = connect(config);
try {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const counts = await importEverything(system, connection, readDocument(createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const summary = Object.entries(counts).map(([table, count]) => `${count} ${table}`);
  console.log(`Imported ${summary.join(", ")} in ${seconds.toFixed(1)} s (checks, bulk load, statistics).`);
  console.log(
    `${Math.round(counts.claims / seconds).toLocaleString("en-US")} claims/s on ${config.engine} (process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; ` +
      `peak memory ${Math.round((process.resourceUsage().maxRSS * 1024) / 1e6)} MB resident, ${Math.round(peakHeap / 1e6)} MB JavaScript heap).`,
  );
} catch (error) {
  if (error instanceof SyntaxError) {
    console.error(`Cannot read ${file} as an export: ${error.message}. Nothing was imported.`);
    process.exitCode = 1;
  } else if (!(error instanceof AppError)) throw error;
  else {
    console.error(error.message);
    for (const issue of error.issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
    process.exitCode = 1;
  }
} finally {
  clearInterval(sampler);
  await connection.disconnect();
}
