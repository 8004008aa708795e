import { expect, test } from "@playwright/test";

test("an analyst goes from the topics to the comparison of the founding report's figures @phone", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Topics", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "North Korean troops sent to Russia" }).click();

  await expect(page.getByRole("heading", { name: "North Korean troops sent to Russia", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Every figure" });
  const row = (figure: string) => table.getByRole("row").filter({ has: page.getByRole("cell", { name: figure, exact: false }) });

  const planned = row("“12,000 troops”");
  await expect(planned).toContainText("National Intelligence Service");
  await expect(planned).toContainText("Yonhap News Agency (relay)");
  await expect(planned).toContainText("planned");

  const preparing = row("“about 10,000 soldiers”");
  await expect(preparing).toContainText("10,000");
  await expect(preparing).toContainText("Ukrainian intelligence");
  await expect(preparing).toContainText("Volodymyr Zelensky (speaker)");
  await expect(preparing).toContainText("being prepared");

  const arrived = row("“1,500 North Korean troops”");
  await expect(arrived).toContainText("1,500");
  await expect(arrived).toContainText("National Intelligence Service");
  await expect(arrived).toContainText("arrived");

  await expect(page.getByLabel("The answer in one sentence")).toContainText(/^No conflict/);
  await expect(page.locator(".explanations li.conflict")).toHaveCount(0);
  await expect(page.locator(".explanations li").filter({ hasText: "1,500" }).filter({ hasText: "12,000" }).first()).toContainText(/plan|arrived/);
});

test("the founding report's text is shown with its claims' words marked", async ({ page }) => {
  await page.goto("/reports");
  await page.getByRole("link", { name: /North Korea sends troops to aid Russia/ }).click();
  const text = page.getByRole("article", { name: "Report text" });
  await expect(text).toContainText("In a striking development, North Korea has pledged");
  await expect(text.locator("mark", { hasText: "12,000 troops" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Claims in this report" }).getByRole("listitem")).toHaveCount(12);
});

test("a missing topic answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/topics/no-such-topic");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the topics" })).toBeVisible();
});
