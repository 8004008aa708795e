import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

const figureTable = (page: Page) => page.getByRole("table", { name: "Every figure" });
const figureRows = (page: Page) =>
  figureTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

test("an analyst reads the chart and why 12,000 planned and 1,500 arrived differ @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "North Korean troops sent to Russia" }).click();
  await expect(page.getByRole("heading", { name: "North Korean troops sent to Russia", level: 1 })).toBeVisible();

  const chart = page.getByRole("figure", { name: "Figures on one axis" });
  await expect(chart).toBeVisible();
  // The chart's text alternative: its caption, and each mark's label.
  await expect(chart).toContainText("5 figures from 3 independent origins, from 1,500 to 12,000 troops");
  await expect(chart.getByRole("img", { name: "Figures on one value axis, one row per independent origin" })).toBeVisible();
  await expect(chart.locator("svg title", { hasText: "up to 12,000 (possible, Unnamed sources)" }).first()).toBeAttached();
  await expect(page.getByRole("figure", { name: "Figures over time" })).toContainText("5 figures claimed on 18 Oct 2024");

  const summary = page.getByRole("list", { name: "Summary" });
  await expect(summary).toContainText("1,500–12,000");
  await expect(summary).toContainText("×8");
  await expect(summary).toContainText("3 vs 1");

  // The pairs are grouped by reason and closed until asked: open the modality group.
  const modality = page.locator("details.pair-group").filter({ has: page.locator("summary", { hasText: "Different modality" }) });
  await modality.locator("summary").click();
  const plannedVsArrived = modality.getByRole("listitem").filter({
    hasText: "12,000 (planned, National Intelligence Service via Yonhap News Agency) and 1,500 (arrived / happened, National Intelligence Service)",
  });
  await expect(plannedVsArrived).toBeVisible();
  await expect(plannedVsArrived.locator(".tag.reason").first()).toHaveText("modality");
  await expect(plannedVsArrived).toContainText("count different things: a plan versus what has already arrived or happened");
  await expect(page.getByLabel("The answer in one sentence")).toContainText(/^No conflict/);
  await expectNoSeriousViolations(page);
});

test("filtering by modality “arrived” leaves the 1,500 only, in the chart, table and summary @phone", async ({ page }) => {
  await page.goto("/topics/north-korean-troops-sent-to-russia");
  await page.getByText("Filter figures").click();
  await page.getByRole("group", { name: "Modality" }).getByLabel("arrived / happened").check();
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/modality=completed/);
  await expect(figureRows(page)).toHaveCount(1);
  await expect(figureRows(page).first()).toContainText("1,500");
  await expect(page.getByRole("list", { name: "Summary" })).toContainText("1 of 5");
  await expect(page.getByRole("figure", { name: "Figures on one axis" })).toContainText("1 figure from 1 independent origin");
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute(
    "href",
    "/api/v1/export?topic=north-korean-troops-sent-to-russia&format=csv&modality=completed",
  );
  await expect(page.getByRole("group", { name: "Modality" }).getByLabel("arrived / happened")).toBeChecked();

  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(figureRows(page)).toHaveCount(5);
});

test("a filter that matches nothing says so, and a bad one in the URL is named and ignored", async ({ page }) => {
  await page.goto("/topics/north-korean-troops-sent-to-russia?kind=think_tank");
  await expect(page.getByText("No figure matches these filters.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Every figure" })).toHaveCount(0);

  await page.goto("/topics/north-korean-troops-sent-to-russia?modality=arrived&from=18-10-2024");
  const alert = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(alert).toContainText("modality");
  await expect(alert).toContainText("YYYY-MM-DD");
  await expect(figureRows(page)).toHaveCount(5);
});

test("an analyst sorts the figures by value, both ways", async ({ page }) => {
  await page.goto("/topics/north-korean-troops-sent-to-russia");
  const valueHeader = figureTable(page).getByRole("columnheader", { name: "Figure" });
  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/sort=value&dir=asc/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "ascending");
  const firstCells = () => figureRows(page).locator("td:first-child");
  await expect(firstCells().first()).toContainText("1,500");
  await expect(firstCells().last()).toContainText("12,000");

  await valueHeader.getByRole("link").click();
  await expect(page).toHaveURL(/sort=value&dir=desc/);
  await expect(valueHeader).toHaveAttribute("aria-sort", "descending");
  await expect(firstCells().first()).toContainText("12,000");
  await expect(firstCells().last()).toContainText("1,500");
});

test("the figure table pages by keyboard in its sorted order, and the claim page links back to its figure's row", async ({ page }) => {
  await page.goto("/topics/north-korean-troops-sent-to-russia?sort=value&dir=asc&size=2");
  const table = page.getByRole("table", { name: "Figures" });
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  const pager = page.getByRole("navigation", { name: "Pages of figures" }).first();
  const seen: string[] = [];
  const readPage = async (count: number) => {
    await expect(rows).toHaveCount(count);
    seen.push(...(await rows.locator("td:first-child").allInnerTexts()));
  };
  await readPage(2);
  await expect(pager.getByText("← Previous")).toHaveAttribute("aria-disabled", "true");
  // Next, from the keyboard: the order, the page size and every count over all figures stay.
  for (const count of [2, 1]) {
    await pager.getByRole("link", { name: "Next →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=value&dir=asc&size=2&after=/);
    await readPage(count);
    await expect(page.getByRole("list", { name: "Summary" })).toContainText(/5\s*figures/);
  }
  await expect(pager.getByText("Next →")).toHaveAttribute("aria-disabled", "true");
  const numbers = seen.map((text) => Number(/([\d,]+)/.exec(text)![1]!.replaceAll(",", "")));
  expect(numbers).toHaveLength(5);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(numbers[0]).toBe(1_500);
  expect(numbers.at(-1)).toBe(12_000);

  await pager.getByRole("link", { name: "← Previous" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/before=/);
  await expect(rows).toHaveCount(2);

  // From a claim page, the topic link leads to its figure's row.
  const rowId = await rows.first().getAttribute("id");
  const claimId = rowId!.replace(/^figure-/, "");
  await page.goto(`/claims/${claimId}`);
  await page.getByRole("link", { name: "North Korean troops sent to Russia" }).first().click();
  await expect(page).toHaveURL(new RegExp(`figure=${claimId}#figure-${claimId}$`));
  await expect(page.locator(`#figure-${claimId}`)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a topic chart's drawing is served on its own for the page's filters, as large topics fetch it (ADR 0024)", async ({ request }) => {
  const base = "/topics/north-korean-troops-sent-to-russia/chart";
  const values = await request.get(`${base}/values`);
  expect(values.status()).toBe(200);
  expect(values.headers()["cache-control"]).toContain("private");
  const drawing = await values.text();
  expect(drawing).toMatch(/^<svg[\s>]/);
  expect(drawing).toContain("<title>up to 12,000 (possible, Unnamed sources)</title>");
  // The page's filters narrow the drawing as they narrow the page.
  const arrived = await (await request.get(`${base}/values?modality=completed`)).text();
  expect(arrived).toContain("<title>1,500 (arrived / happened, National Intelligence Service)</title>");
  expect(arrived).not.toContain("12,000");
  expect(await (await request.get(`${base}/time`)).text()).toContain("claimed 18 Oct 2024</title>");
  expect((await request.get(`${base}/pie`)).status()).toBe(404);
  expect((await request.get("/topics/no-such-topic/chart/time")).status()).toBe(404);
});
