// Brings a database up to date: pending migrations, then the demo data when it is empty.
// Used by `npm start`, `npm run dev`, the end-to-end server and the tests.
import { connect } from "../db/client";
import type { DatabaseConfig } from "../db/config";
import { applyPendingMigrations } from "../db/migrations";
import { seedDemoData } from "./seed";
import { ensureDemoAdmin } from "./accounts/users";

export type SetupOutcome = {
  appliedMigrations: string[];
  seeded: boolean;
  /** The demo admin's password when this start created the account; shown once. */
  adminPassword: string | null;
};

export async function prepareDatabase(
  config: DatabaseConfig,
  options: { seed: boolean; withFoundingReport?: boolean } = { seed: true },
): Promise<SetupOutcome> {
  const appliedMigrations = await applyPendingMigrations(config);
  const connection = connect(config);
  try {
    if (!options.seed) {
      await connection.optimize();
      return { appliedMigrations, seeded: false, adminPassword: null };
    }
    const isEmpty = (await connection.read.report.count()) === 0 && (await connection.read.source.count()) === 0;
    const { seeded } = isEmpty ? await seedDemoData(connection, { withReport: options.withFoundingReport ?? true }) : { seeded: false };
    const adminPassword = await ensureDemoAdmin(connection);
    await connection.optimize();
    return { appliedMigrations, seeded, adminPassword };
  } finally {
    await connection.disconnect();
  }
}

export function describeSetup(config: DatabaseConfig, outcome: SetupOutcome): string[] {
  const where = config.engine === "sqlite" ? `SQLite at ${config.file}` : `PostgreSQL at ${redact(config.url)}`;
  return [
    `Database: ${where}`,
    outcome.appliedMigrations.length ? `Applied migrations: ${outcome.appliedMigrations.join(", ")}` : "Migrations: up to date, nothing applied",
    outcome.seeded ? "Demo data: the founding report and its claims were added" : "Demo data: not needed (the database has data)",
    ...(outcome.adminPassword
      ? [`Demo admin created: admin@example.org  password: ${outcome.adminPassword}  (shown once; keep it, or run npm run user:create)`]
      : []),
  ];
}

function redact(url: string) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
