import { defineConfig, devices } from "@playwright/test";
import { findChromium, howToGetChromium } from "./scripts/find-chromium.mjs";

// CHROMIUM_PATH, else the system's Chromium (Playwright cannot download its own browser on our
// machines), else Playwright's own when installed; with none, say how to get one.
const chromiumPath = await findChromium();
if (!chromiumPath) throw new Error(howToGetChromium);
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  // A whole analyst's scenario, its accessibility check included, on a shared 2-core machine
  // that other work may load: a ceiling against hangs, not a speed check (speed lives in
  // the benchmarks). 30 s was exceeded by a two-editor scenario's axe check at load ~20.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } }, testIgnore: /new-report-from-scratch/ },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } }, grep: /@phone/, testIgnore: /new-report-from-scratch/ },
    // A second server whose database has the demo sources but not the founding report,
    // so that a test can add the founding report by hand.
    {
      name: "from-scratch",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, baseURL: `http://127.0.0.1:${port + 1}` },
      testMatch: /new-report-from-scratch/,
    },
  ],
  // The server prepares its own fresh database (scripts/e2e-server.ts) before serving:
  // Playwright starts webServer before globalSetup, so the database cannot wait for that.
  webServer: [
    {
      command: `node_modules/.bin/tsx scripts/e2e-server.ts`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { E2E_PORT: String(port) },
      stdout: "pipe",
    },
    {
      command: `node_modules/.bin/tsx scripts/e2e-server.ts`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { E2E_PORT: String(port + 1), E2E_FOUNDING_REPORT: "0" },
    },
  ],
});
