import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an analyst opens the NIS from the sources and sees both its figures and Yonhap as relay @phone", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
  const agencies = page.getByRole("table", { name: /intelligence service/ });
  const nisRow = agencies.getByRole("row").filter({ hasText: "National Intelligence Service" });
  await expect(nisRow.getByRole("link", { name: "3 claims as originator" })).toBeVisible();
  await expectNoSeriousViolations(page);

  await nisRow.getByRole("link", { name: "National Intelligence Service" }).click();
  await expect(page.getByRole("heading", { name: "National Intelligence Service", level: 1 })).toBeVisible();
  await expect(page.getByText("Seoul’s spy agency")).toBeVisible();
  await expect(page.getByRole("link", { name: "Government of South Korea" })).toBeVisible();

  const originated = page.getByRole("table", { name: /Claims it originated/ });
  await expect(originated.getByRole("row").filter({ hasText: "North Korea plans to deploy 12,000 troops" })).toContainText("Yonhap News Agency");
  await expect(originated).toContainText("1,500 troops");

  const figures = page.getByRole("table", { name: "Figures for North Korean troops sent to Russia, oldest first" });
  await expect(figures.getByRole("link", { name: "12,000 troops" })).toHaveCount(2);
  await expect(figures.getByRole("link", { name: "1,500 troops" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Chart of the figures for North Korean troops/ })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the sources list filters by kind, and says so when nothing matches", async ({ page }) => {
  await page.goto("/sources");
  await page.getByLabel("Kind").selectOption({ label: "news agency" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=news_agency/);
  await expect(page.getByRole("link", { name: "Yonhap News Agency" })).toBeVisible();
  await expect(page.getByRole("link", { name: "National Intelligence Service" })).toHaveCount(0);

  // Other specs add sources to the shared server (the extractor proposes NGOs, agencies…): a
  // think tank in South Korea is a combination none of them makes.
  await page.goto("/sources?kind=think_tank&country=KR");
  await expect(page.getByText("No source matches these filters.")).toBeVisible();
  await page.goto("/sources?kind=spy");
  await expect(page.getByRole("alert").filter({ hasText: "This filter cannot be applied" })).toContainText("Choose a kind");
});

test("the sources list pages by key with Next and Previous, from the keyboard, keeping its filters", async ({ page }) => {
  await page.goto("/sources?country=KR&size=2");
  const pager = page.getByRole("navigation", { name: "Sources pages" });
  const rows = page.locator("table.source-table tbody tr");
  const names = () => page.locator("table.source-table tbody tr td:first-child").allInnerTexts();
  await expect(rows).toHaveCount(2);
  const firstPage = await names();
  await expect(pager.getByText("← Previous")).toHaveAttribute("aria-disabled", "true");

  const next = pager.getByRole("link", { name: "Next →" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/after=/);
  await expect(page).toHaveURL(/country=KR/);
  await expect(page).toHaveURL(/size=2/);
  await expect.poll(names).not.toEqual(firstPage);
  const secondPage = await names();
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
  // The filter holds on every page: each row's country is KR.
  for (const country of await page.locator("table.source-table tbody tr td:nth-child(2)").allInnerTexts()) expect(country).toBe("KR");
  await expect(page.getByLabel("Country")).toHaveValue("KR");

  const previous = pager.getByRole("link", { name: "← Previous" });
  await previous.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/before=/);
  await expect.poll(names).toEqual(firstPage);
  await expect(pager.getByText("← Previous")).toHaveAttribute("aria-disabled", "true");
  await expectNoSeriousViolations(page);

  await page.goto("/sources?after=not-a-page");
  await expect(page.getByRole("alert").filter({ hasText: "This filter cannot be applied" })).toContainText("page link is broken");
});

test("a missing source answers 404", async ({ page }) => {
  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
