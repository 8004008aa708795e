// Prisma 7 reads this file for CLI commands. Only `prisma generate` is run here
// (see scripts/generate-clients.mjs); migrations go through the WebAssembly
// schema engine in lib/db/migrations.ts because the native one cannot be downloaded.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
});
