// npm run db:migrate — applies the migrations this database has not seen (idempotent).
import { databaseConfig } from "../lib/db/config";
import { applyPendingMigrations } from "../lib/db/migrations";

const config = databaseConfig();
const applied = await applyPendingMigrations(config);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : `Nothing to apply: the ${config.engine} database is up to date.`);
