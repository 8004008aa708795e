// npm run screenshots -- [BASE_URL]: full-page screenshots of the main pages at 1280 px
// and 390 px wide, into screenshots/ (git-ignored), to look at before a change lands.
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
mkdirSync("screenshots", { recursive: true });

async function firstLink(page: import("@playwright/test").Page, path: string, pattern: string) {
  await page.goto(base + path);
  return page.locator(`a[href^="${pattern}"]`).first().getAttribute("href");
}

try {
  const probe = await browser.newPage();
  const pages: Record<string, string> = {
    topics: "/",
    reports: "/reports",
    claims: "/claims",
    sources: "/sources",
    source: "/sources/national-intelligence-service",
    map: "/map",
    search: "/search?q=Ussuriysk",
    "sign-in": "/sign-in",
    missing: "/topics/no-such-topic",
  };
  const topic = await firstLink(probe, "/", "/topics/");
  const report = await firstLink(probe, "/reports", "/reports/");
  if (topic) pages.topic = topic;
  if (report) pages.report = report;
  const claim = await firstLink(probe, "/claims", "/claims/");
  if (claim) pages.claim = claim;
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(base + path);
      const file = `screenshots/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
}
