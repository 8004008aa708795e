// npm run bench:import
// The spreadsheet import's speed (issue 13: 50,000 rows in under 30 s on SQLite). Writes a CSV
// of SYNTHETIC claims (BENCH_ROWS, 50,000; 100 rows per report, 400 sources named in turn)
// into a temporary folder, migrates a fresh SQLite database there (demo data included, so
// some names match existing sources), then times reading + dry run, and the save, printing rows/s
// and the process's CPU time (the machine may be shared). BENCH_DATABASE_URL=postgresql://…/DB
// runs it on an empty PostgreSQL database instead (create it first, drop it after).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { system } from "../lib/data/actor";
import { planClaimImport } from "../lib/data/claim-import";
import { saveClaimImport } from "../lib/data/claim-import-save";
import { prepareDatabase } from "../lib/data/database-setup";
import { databaseConfig } from "../lib/db/config";
import { db, disconnectDb } from "../lib/db/client";
import { readSheet } from "../lib/import/read-sheet";

const rowCount = Number(process.env.BENCH_ROWS ?? 50_000);
const budgetMs = 30_000;
const units = ["troops", "people killed", "displaced", "protesters", "detainees"];
const qualifiers = ["exact", "about", "at least", "up to", "more than"];

function syntheticCsv(rows: number): string {
  const header = ["Statement", "Value", "Qualifier", "Unit", "Modality", "Originator", "Relays", "Date", "Place", "Report URL", "Quote words"];
  const lines: string[][] = [];
  for (let i = 0; i < rows; i += 1) {
    const value = 100 + ((i * 7919) % 90_000);
    const unit = units[i % units.length]!;
    lines.push([
      `SYNTHETIC claim ${i + 1}: ${value.toLocaleString("en")} ${unit} in Synthetic Province ${i % 50}`,
      String(value),
      qualifiers[i % qualifiers.length]!,
      unit,
      i % 2 ? "completed" : "underway",
      `Synthetic Source ${i % 400}`,
      i % 3 ? `Synthetic Wire ${i % 20}` : "",
      `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      `Synthetic Province ${i % 50}`,
      `https://synthetic.example/report-${Math.floor(i / 100)}`,
      `SYNTHETIC ${value.toLocaleString("en")} ${unit} (row ${i + 1})`,
    ]);
  }
  return Papa.unparse([header, ...lines]);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const folder = mkdtempSync(join(tmpdir(), "bench-import-"));
  try {
    const file = join(folder, "synthetic-claims.csv");
    writeFileSync(file, syntheticCsv(rowCount));
    const config = databaseConfig(process.env.BENCH_DATABASE_URL ?? `file:${join(folder, "bench.db")}`);
    await prepareDatabase(config, { seed: true, withFoundingReport: false });
    process.env.DATABASE_URL = config.url;
    const where = config.engine === "sqlite" ? `fresh SQLite database in ${folder}` : "PostgreSQL database BENCH_DATABASE_URL";
    console.log(`${rowCount} SYNTHETIC rows, ${(statSync(file).size / 1e6).toFixed(1)} MB CSV, ${where}`);

    let started = performance.now();
    const sheet = await readSheet("synthetic-claims.csv", readFileSync(file));
    const plan = await planClaimImport(system, "synthetic-claims.csv", sheet);
    const dryRunMs = performance.now() - started;
    console.log(
      `dry run (read + check + match): ${seconds(dryRunMs)}; ${plan.rows.length} rows, ${plan.reports.length} reports, ${plan.newSources.length} new sources, ${plan.errorCount} errors`,
    );

    started = performance.now();
    const cpuStarted = process.cpuUsage();
    const saved = await saveClaimImport(system, plan);
    const saveMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    console.log(
      `save (one transaction): ${seconds(saveMs)}, ${Math.round(saved.claims / (saveMs / 1000)).toLocaleString("en-US")} rows/s ` +
        `(process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s); ${saved.claims} claims, ${saved.reports} reports, ${saved.sources} sources, ${saved.revisions} revisions`,
    );
    const total = dryRunMs + saveMs;
    console.log(
      `total ${seconds(total)}, ${Math.round(rowCount / (total / 1000)).toLocaleString("en-US")} rows/s on ${config.engine} — ${total < budgetMs ? "within" : "OVER"} the ${seconds(budgetMs)} budget`,
    );
    console.log(`claims in the database: ${await db().read.claim.count()}`);
    if (total >= budgetMs) process.exitCode = 1;
  } finally {
    await disconnectDb();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
