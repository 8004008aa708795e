// npm run backup -- FILE
// A consistent copy of the running app's SQLite database (DATABASE_URL, or data/claim-tracker.db),
// taken online: the app keeps serving and writing while it runs. The copy is checked before it is
// kept. PostgreSQL is refused with the command to use instead. How and why: lib/data/backup.ts.
import { databaseConfig } from "../lib/db/config";
import { system } from "../lib/data/actor";
import { backupSqlite } from "../lib/data/backup";
import { AppError } from "../lib/errors";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run backup -- FILE   (DATABASE_URL names the SQLite database to copy)");
  process.exit(2);
}

try {
  const config = databaseConfig();
  const summary = await backupSqlite(system, config, file);
  console.log(
    `Backed up ${config.engine === "sqlite" ? config.file : ""} to ${summary.file}: ${summary.pages} pages, ${(summary.bytes / 1_048_576).toFixed(1)} MB in ${summary.seconds.toFixed(1)} s.`,
  );
  console.log(`Checked: integrity ok, foreign keys ok, ${summary.migrations} migrations applied.`);
  for (const [table, count] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(15)} ${count}`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
