import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const ussuriyskClaim = "North Korean soldiers are stationed at a military base near Ussuriysk, north of Vladivostok.";

function headerSearch(page: Page) {
  return page.getByRole("search", { name: "Search the tracker" }).getByRole("searchbox", { name: "Search claims, reports and sources" });
}

async function expectNoSeriousAccessibilityViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("an analyst searches “Ussuriysk” from the header and opens the location claim @phone", async ({ page }) => {
  await page.goto("/");
  await headerSearch(page).fill("Ussuriysk");
  await headerSearch(page).press("Enter");

  await expect(page).toHaveURL(/\/search\?q=Ussuriysk$/);
  await expect(page.getByRole("heading", { name: "Results for “Ussuriysk”", level: 1 })).toBeVisible();
  await expect(headerSearch(page)).toHaveValue("Ussuriysk");

  const claims = page.getByRole("region", { name: /^Claims/ });
  const best = claims.getByRole("listitem").first();
  await expect(best.getByRole("link", { name: ussuriyskClaim })).toHaveAttribute("href", /^\/claims\/\w+$/);
  await expect(best.locator("mark", { hasText: "Ussuriysk" }).first()).toBeVisible();
  await expect(best).toContainText("In North Korea");

  const reports = page.getByRole("region", { name: /^Reports/ });
  await expect(reports.getByRole("heading", { name: "Reports (1)" })).toBeVisible();
  await expect(reports.locator("mark", { hasText: "Ussuriysk" }).first()).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await best.getByRole("link", { name: ussuriyskClaim }).click();
  await expect(page).toHaveURL(/\/claims\/\w+$/);
  await expect(page.getByRole("heading", { name: ussuriyskClaim, level: 1 })).toBeVisible();
});

test("a source is found by one of its other names, and the page says which", async ({ page }) => {
  await page.goto("/search?q=spy+agency");
  const sources = page.getByRole("region", { name: /^Sources/ });
  const nis = sources.getByRole("listitem").filter({ has: page.getByRole("link", { name: "National Intelligence Service" }) });
  await expect(nis).toContainText("intelligence service");
  await expect(nis).toContainText("Also called “Seoul’s spy agency”");
  await expect(nis.locator("mark")).toHaveText(["spy", "agency"]);
  await expect(nis.getByRole("link", { name: "National Intelligence Service" })).toHaveAttribute("href", "/sources/national-intelligence-service");
});

test("search syntax and markup typed into the box are only words, shown as typed", async ({ page }) => {
  await page.goto("/");
  await headerSearch(page).fill(`<b>"Ussuriysk</b> OR -*`);
  await page.getByRole("search", { name: "Search the tracker" }).getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('Results for “<b>"Ussuriysk</b> OR -*”');
  await expect(page.getByRole("status")).toContainText("Check the spelling");
  await expect(page.locator("main b")).toHaveCount(0);
});

test("an empty search explains what to type, and a search with no match suggests checking the spelling", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  await expect(page.getByText("Type a word or two in the search box")).toBeVisible();

  await page.goto("/search?q=Ussurisk");
  await expect(page.getByRole("status")).toHaveText(/Nothing matches “Ussurisk”\. Check the spelling/);
  await expectNoSeriousAccessibilityViolations(page);
});
