// npm run db:migration -- NAME
// Writes prisma/migrations/{sqlite,postgresql}/<timestamp>_NAME/migration.sql with what
// prisma/schema.prisma adds to the schema the committed migrations produce.
// The engine needs a database connection to exist, not to hold anything: a throwaway
// SQLite file serves for SQLite; PostgreSQL uses DATABASE_URL or the local test server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseConfig } from "../lib/db/config";
import { writeNewMigration } from "../lib/db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- NAME   (NAME in snake_case, e.g. add_claim_tags)");
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), "claim-tracker-migration-"));
try {
  const postgresUrl = process.env.DATABASE_URL?.startsWith("postgres")
    ? process.env.DATABASE_URL
    : (process.env.TEST_POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/postgres");
  const written = await writeNewMigration(name, {
    sqlite: databaseConfig(`file:${join(scratch, "scratch.db")}`),
    postgresql: databaseConfig(postgresUrl),
  });
  console.log(written.length ? `Wrote:\n  ${written.join("\n  ")}` : "The migrations already produce the schema: nothing to write.");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
