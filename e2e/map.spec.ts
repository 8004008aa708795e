import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the map shows Ussuriysk, north of Vladivostok, and the occupied territories, with a table of places @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
  await expect(page.getByRole("heading", { name: "Map", level: 1 })).toBeVisible();

  const map = page.getByRole("img", { name: /Map of the claims’ places/ }).filter({ visible: true });
  await expect(map).toBeVisible();
  // What the map shows, in words: its places, with the relation and the reference place.
  await expect(map).toHaveAccessibleName(/Ussuriysk \(near; north of Vladivostok, reference: Vladivostok\)/);
  await expect(map.locator(".map-place title", { hasText: "Ussuriysk" })).toBeAttached();
  await expect(map.locator(".map-reference text", { hasText: "Vladivostok" })).toBeVisible();

  const places = page.getByRole("table", { name: /Places/ });
  const ussuriysk = places.getByRole("row").filter({ hasText: "Ussuriysk" });
  await expect(ussuriysk).toContainText("“near; north of Vladivostok”");
  await expect(ussuriysk).toContainText("Reference: Vladivostok");
  await expect(ussuriysk).toContainText("Reports from Russia’s Far East via BBC Russian");
  await expect(ussuriysk.getByRole("link", { name: /stationed at a military base near Ussuriysk/ })).toHaveAttribute("href", /^\/claims\//);
  await expect(places.getByRole("row").filter({ hasText: "Russian-occupied territories of Ukraine" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("an analyst zooms to Ussuriysk, then sees the whole world @phone", async ({ page }) => {
  await page.goto("/map");
  await page.getByRole("link", { name: "Zoom in to Ussuriysk" }).click();
  await expect(page).toHaveURL(/\/map\?view=/);
  await expect(page.getByRole("navigation", { name: "Map extent" })).toContainText("Ussuriysk, close up");
  const map = page.getByRole("img", { name: /Map of the claims’ places/ }).filter({ visible: true });
  await expect(map).toHaveAccessibleName(/Close up on Ussuriysk/);
  await expect(map.locator(".map-place")).toHaveCount(1);
  await expect(map.locator(".map-place title")).toContainText("Ussuriysk");
  await expectNoSeriousViolations(page);

  await page.getByRole("link", { name: "Whole world" }).click();
  await expect(page).toHaveURL(/view=world/);
  await expect(page.getByRole("img", { name: /Map of the claims’ places/ }).filter({ visible: true })).toHaveAccessibleName(/The whole world/);
});

test("a view the map cannot read is named, and every place is shown", async ({ page }) => {
  await page.goto("/map?view=%3Cscript%3E");
  await expect(page.getByRole("alert").filter({ hasText: "Showing every place instead" })).toContainText("Expected places, world or a claim's id");
  await expect(page.getByRole("table", { name: /Places/ }).getByRole("row")).toHaveCount(3);
});
