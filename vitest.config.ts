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
          include: ["lib/domain/**/*.test.ts", "lib/extract/**/*.test.ts", "lib/demo/**/*.test.ts", "lib/schemas/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "database",
          include: ["lib/data/**/*.test.ts", "lib/db/**/*.test.ts", "app/**/*.test.ts"],
          globalSetup: ["lib/testing/database-global-setup.ts"],
          setupFiles: ["lib/testing/database-per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
