// npm run export -- FILE
// Writes every record of the database named by DATABASE_URL (sources with their aliases,
// reports, topics, claims with their chains, revisions, and users with their password hashes;
// never sessions or API tokens) to FILE as one JSON document. `npm run import -- FILE` reads it
// into an empty database of either engine. Format and choices: docs/decisions/0011. The file is
// written a page of records at a time, so memory stays flat in the database's size (ADR 0021);
// the peak memory is printed to show it.
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { system } from "../lib/data/actor";
import { writeEverything } from "../lib/data/transfer/export";

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

let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 50);
const connection = connect(databaseConfig());
// The file holds users' password hashes: readable by its owner only.
const out = createWriteStream(file, { mode: 0o600, flags: "wx" });
try {
  const started = Date.now();
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const counts = await writeEverything(system, connection, write);
  out.end("\n");
  await once(out, "finish");
  const summary = Object.entries(counts).map(([list, count]) => `${count} ${list}`);
  const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
  console.log(`Exported ${summary.join(", ")} to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(
    `Peak memory: ${megabytes(process.resourceUsage().maxRSS * 1024)} resident, ${megabytes(Math.max(peakHeap, process.memoryUsage().heapUsed))} JavaScript heap.`,
  );
  console.log("The file holds password hashes: keep it as safe as the database itself.");
} finally {
  clearInterval(sampler);
  out.end();
  await connection.disconnect();
}
