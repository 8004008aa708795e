// Generates the Prisma clients for SQLite and PostgreSQL.
//
// Why this script and not `prisma generate`:
// - The provider in a Prisma schema is a literal, so PostgreSQL needs its own schema
//   file; it is derived here from prisma/schema.prisma so the two cannot drift.
// - Every `prisma` CLI command first tries to download a native schema engine, which
//   machines without internet cannot do. `generate` never uses that engine, so we point
//   PRISMA_SCHEMA_ENGINE_BINARY at an executable that exists (docs/decisions/0002).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { derivePostgresSchema } from "../lib/db/postgres-schema.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchemaPath = join(root, "prisma/schema.prisma");
const postgresSchemaPath = join(root, "prisma/postgresql/schema.prisma");

function generate(schemaPath) {
  execFileSync(join(root, "node_modules/.bin/prisma"), ["generate", "--schema", schemaPath], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, derivePostgresSchema(readFileSync(sqliteSchemaPath, "utf8")));
  generate(sqliteSchemaPath);
  generate(postgresSchemaPath);
  console.log("Prisma clients generated for SQLite and PostgreSQL.");
}
