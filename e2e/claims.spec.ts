import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { readCsvExport } from "../lib/domain/claim-export";
import { searchSettled } from "./fixtures/combobox";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

const claimsTable = (page: Page) => page.getByRole("table", { name: /claims/i });

test("an analyst filters the claims by modality, shares the URL, and goes back @phone", async ({ page, context }) => {
  // Other specs add reports to the shared server's database: count within the demo topic.
  await page.goto("/claims?topic=north-korean-troops-sent-to-russia");
  await expect(page.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  await expect(claimsTable(page).getByRole("row")).toHaveCount(10);
  await expectNoSeriousViolations(page);

  await page.getByLabel("Modality").selectOption({ label: "planned" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/modality=planned/);
  await expect(page.getByRole("heading", { name: "Matching claims" })).toBeVisible();
  await expect(claimsTable(page).getByRole("row")).toHaveCount(3);
  const shared = page.url();

  const fresh = await context.newPage();
  await fresh.goto(shared);
  await expect(fresh.getByLabel("Modality")).toHaveValue("planned");
  await expect(claimsTable(fresh).getByRole("row")).toHaveCount(3);
  await expect(claimsTable(fresh)).toContainText("North Korea plans to deploy 12,000 troops");
  await fresh.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/modality=planned/);
  await expect(claimsTable(page).getByRole("row")).toHaveCount(10);
});

test("an analyst picks the topic and the source by typing part of their names, with the keyboard @phone", async ({ page }) => {
  await page.goto("/claims");
  const topic = page.getByRole("combobox", { name: "Topic", exact: true });
  await topic.fill("troops sent");
  await expect(page.getByRole("option", { name: "North Korean troops sent to Russia" })).toBeVisible();
  await searchSettled(topic);
  await topic.press("ArrowDown");
  await topic.press("Enter");
  await expect(topic).toHaveValue("North Korean troops sent to Russia");
  const source = page.getByRole("combobox", { name: "Source", exact: true });
  await source.fill("national intell");
  await page.getByRole("option", { name: "National Intelligence Service" }).click();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/topic=north-korean-troops-sent-to-russia/);
  await expect(page).toHaveURL(/source=national-intelligence-service/);
  await expect(page.getByRole("heading", { name: "Matching claims" })).toBeVisible();
  // The chosen names are shown again on the filtered page, and the page carries no list of every topic or source.
  await expect(page.getByRole("combobox", { name: "Topic", exact: true })).toHaveValue("North Korean troops sent to Russia");
  await expect(page.getByRole("combobox", { name: "Source", exact: true })).toHaveValue("National Intelligence Service");
  await expect(page.getByRole("option", { name: "Yonhap News Agency" })).toHaveCount(0);
  await expect(claimsTable(page)).toContainText("National Intelligence Service");

  // Emptying a box and applying drops that filter.
  await page.getByRole("combobox", { name: "Source", exact: true }).fill("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).not.toHaveURL(/source=national/);
  await expect(page).toHaveURL(/topic=north-korean-troops-sent-to-russia/);
  await expect(claimsTable(page).getByRole("row")).toHaveCount(10);
});

test("the claims list pages by key with Next and Previous", async ({ page }) => {
  await page.goto("/claims?size=5&sort=value-desc");
  const rows = claimsTable(page).getByRole("row");
  const firstRow = rows.nth(1);
  const pager = page.getByRole("navigation", { name: "Claims pages" });
  await expect(firstRow).toContainText("up to 12,000 troops");
  const firstPage = await rows.allInnerTexts();

  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect(firstRow).not.toContainText("up to 12,000 troops");
  await expect(rows).toHaveCount(6);
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is what a reader sees, not the DOM property
  const secondFirst = await firstRow.getByRole("link").first().innerText();

  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(rows).toHaveCount(3);
  await expect(pager.getByRole("link", { name: "Next →" })).toHaveCount(0);

  await pager.getByRole("link", { name: "← Previous" }).click();
  await expect(rows).toHaveCount(6);
  await expect(firstRow.getByRole("link").first()).toHaveText(secondFirst);
  await pager.getByRole("link", { name: "← Previous" }).click();
  await expect(firstRow).toContainText("up to 12,000 troops");
  expect(await rows.allInnerTexts()).toEqual(firstPage);
  await expect(pager.getByRole("link", { name: "← Previous" })).toHaveCount(0);
});

test("a bad filter is explained, not a crash", async ({ page }) => {
  await page.goto("/claims?modality=sometime&from=yesterday");
  const problem = page.getByRole("alert").filter({ hasText: "These filters cannot be applied" });
  await expect(problem).toContainText("Choose a modality");
  await expect(problem).toContainText("YYYY-MM-DD");
  await page.goto("/claims?topic=no-such-topic");
  await expect(problem).toContainText('There is no topic "no-such-topic"');
});

test("an analyst opens a claim and sees its chain, its words and its comparisons", async ({ page }) => {
  await page.goto("/claims?source=yonhap-news-agency&role=relay");
  await claimsTable(page)
    .getByRole("link", { name: /North Korea plans to deploy 12,000 troops/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /North Korea plans to deploy 12,000 troops/ })).toBeVisible();

  const chain = page.getByRole("list", { name: /Attribution chain/ });
  const hops = chain.getByRole("listitem");
  await expect(hops).toHaveCount(3);
  await expect(hops.nth(0)).toContainText("originator");
  await expect(hops.nth(0)).toContainText("National Intelligence Service");
  await expect(hops.nth(1)).toContainText("relay");
  await expect(hops.nth(1)).toContainText("Yonhap News Agency");
  await expect(hops.nth(2)).toContainText("North Korea sends troops to aid Russia");

  await expect(page.locator(".anchor-context mark")).toHaveText("12,000 troops");
  await expect(page.getByRole("link", { name: "Read it in the report" })).toHaveAttribute("href", /#claim-/);
  const comparisons = page.getByRole("list", { name: /Compared with the other figures/ });
  await expect(comparisons.getByRole("listitem").filter({ hasText: "1,500" })).toContainText(/plan|arrived/);
  await expect(comparisons.getByRole("listitem")).toHaveCount(4);
  await expect(page.locator("#compare-counts")).toHaveText(/^4 other figures: .*(agree|differ)/);
  await expect(page.getByRole("list", { name: "Revisions, newest first" })).toContainText("create · version 1");
  await expect(page.getByRole("list", { name: "Revisions, newest first" })).toContainText("by system");
  await expectNoSeriousViolations(page);

  const response = await page.goto("/claims/no-such-claim");
  expect(response?.status()).toBe(404);
});

test("a claim's and a report's links in the table navigate without reloading the page, and still open a report at its claim", async ({ page }) => {
  await page.goto("/claims?source=yonhap-news-agency&role=relay");
  // A value on the window survives a client-side navigation and is lost by a full page load.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await claimsTable(page)
    .getByRole("link", { name: /North Korea plans to deploy 12,000 troops/ })
    .click();
  await expect(page).toHaveURL(/\/claims\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /North Korea plans to deploy 12,000 troops/ })).toBeVisible();
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await page.goBack();
  await claimsTable(page).getByRole("link", { name: "North Korea sends troops to aid Russia" }).first().click();
  await expect(page).toHaveURL(/\/reports\/[^/?#]+#claim-/);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test("an analyst exports the filtered claims as CSV and reads it back", async ({ page }) => {
  await page.goto("/claims?topic=north-korean-troops-sent-to-russia&kind=quantity");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^claims-north-korean-troops-sent-to-russia-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readCsvExport(await readFile((await download.path())!, "utf8"));
  expect(rows).toHaveLength(5);
  const planned = rows.find((row) => row.anchor_exact === "12,000 troops");
  expect(planned).toMatchObject({ value: "12000", modality: "planned", originator: "national-intelligence-service", relays: "yonhap-news-agency" });
  expect(planned?.chain).toBe("national-intelligence-service:originator:citing > yonhap-news-agency:relay:according to");

  const json = await page.request.get("/api/v1/export?format=json&modality=completed&kind=quantity");
  expect(json.headers()["content-disposition"]).toMatch(/attachment; filename="claims-all-.*\.json"/);
  const body = (await json.json()) as { claims: Array<{ value: number; chain: Array<{ sourceSlug: string }> }> };
  expect(body.claims.map((claim) => claim.value)).toEqual([1500]);

  const bad = await page.request.get("/api/v1/export?format=xls");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: "validation_failed", issues: [{ path: "format" }] });
});
