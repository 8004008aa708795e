// npm run export -- FILE
// Writes every record of the database named by DATABASE_URL (sources with their aliases,
// reports, topics, claims with their chains, revisions, and users with their password hashes;
// never sessions or API tokens) to FILE as one JSON document. `npm run import -- FILE` reads it
// into an empty database of either engine. Format and choices: docs/decisions/0011.
import { existsSync, writeFileSync } from "node:fs";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { system } from "../lib/data/actor";
import { exportEverything } from "../lib/data/transfer/export";
import { countsOf } from "../lib/data/transfer/import";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("Usage: npm run export -- FILE   (DATABASE_URL names the database to export)");
  process.exit(2);
}
// An export is often the only copy of something: never write over a file by accident.
if (existsSync(file)) {
  console.error(`${file} already exists; choose another name or remove it first.`);
  process.exit(1);
}

const connection = connect(databaseConfig());
try {
  const started = Date.now();
  const document = await exportEverything(system, connection);
  // The file holds users' password hashes: readable by its owner only.
  writeFileSync(file, `${JSON.stringify(document)}\n`, { mode: 0o600, flag: "wx" });
  const counts = Object.entries(countsOf(document)).map(([table, count]) => `${count} ${table}`);
  console.log(`Exported ${counts.join(", ")} to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log("The file holds password hashes: keep it as safe as the database itself.");
} finally {
  await connection.disconnect();
}
