import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Pure code: no database, no network beyond loopback test servers.
          include: [
            "lib/*.test.ts",
            "lib/{domain,extract,demo,schemas,ingest,import,charts,http,review,places,workers,testing}/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          // The sign-in routes' test signs in against a database.
          exclude: ["lib/http/session-routes.test.ts", "**/node_modules/**"],
          // The first extraction test of a file loads the offline gazetteer (a few seconds on a
          // loaded 2-core machine); the default 5 s made that a flaky timeout, not a finding.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "database",
          include: ["lib/{data,db,auth}/**/*.test.ts", "lib/http/session-routes.test.ts"],
          globalSetup: ["lib/testing/database-global-setup.ts"],
          setupFiles: ["lib/testing/database-per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Route handlers over real HTTP against the production build (run `next build` first).
          name: "api",
          include: ["app/**/*.test.ts"],
          globalSetup: ["lib/testing/api-server-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
