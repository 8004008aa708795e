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

test("a missing source answers 404", async ({ page }) => {
  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
