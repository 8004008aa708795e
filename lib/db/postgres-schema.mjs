// The PostgreSQL schema derived from prisma/schema.prisma (only the provider and the client's
// output differ). Plain JavaScript, because `npm install` runs scripts/generate-clients.mjs with node.

/** @param {string} sqliteSchema @returns {string} */
export function derivePostgresSchema(sqliteSchema) {
  const derived = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgresql"');
  if (derived === sqliteSchema || !derived.includes('"postgresql"') || !derived.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the provider/output lines this script rewrites");
  }
  return `// GENERATED from prisma/schema.prisma by scripts/generate-clients.mjs. Do not edit.\n${derived}`;
}
