// The Chromium the end-to-end tests drive, looked for in this order: CHROMIUM_PATH; the system's
// (/usr/bin/chromium, or `chromium` on PATH); Playwright's own when `npx playwright install
// chromium` has fetched it. Used by playwright.config.ts, and by scripts/test-all.sh to stop
// early with the ways to get one. `node scripts/find-chromium.mjs` prints the path or the advice.
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const onPath = (process.env.PATH ?? "").split(delimiter).map((folder) => join(folder, "chromium"));
  const system = ["/usr/bin/chromium", ...onPath].find(isExecutable);
  if (system) return system;
  const { chromium } = await import("playwright-core");
  const own = chromium.executablePath();
  return own && existsSync(own) ? own : undefined;
}

export const howToGetChromium = [
  "No Chromium for the end-to-end tests. Any one of these will do:",
  "  - Debian/Ubuntu: apt-get install chromium   (found at /usr/bin/chromium)",
  "  - Playwright's own build: npx playwright install chromium   (add --with-deps on a bare Linux)",
  "  - a Chrome or Chromium you have: CHROMIUM_PATH=/path/to/chrome npm test",
].join("\n");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findChromium();
  if (found && !existsSync(found)) {
    console.log(`CHROMIUM_PATH=${found} does not exist.\n${howToGetChromium}`);
    process.exit(1);
  }
  console.log(found ?? howToGetChromium);
  process.exit(found ? 0 : 1);
}
