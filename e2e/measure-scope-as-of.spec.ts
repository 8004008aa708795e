// What each figure counts, where, and as of when (issue 9): the topic page answers first and
// groups its pairs by reason; review cards and the edit form show measure, scope and as-of, and
// what is saved there shows on the claim's page; no two controls of a card overlap.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/invented-claim";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Every pair of visible controls in the card whose boxes intersect, or that spill out of it. */
async function crowdedControls(card: Locator): Promise<string[]> {
  const cardBox = (await card.boundingBox())!;
  const controls = card.locator("input:visible, select:visible, textarea:visible, button:visible");
  const boxes: { name: string; box: Box }[] = [];
  for (let index = 0; index < (await controls.count()); index += 1) {
    const control = controls.nth(index);
    const box = await control.boundingBox();
    if (box)
      boxes.push({
        name: `${index} ${(await control.getAttribute("aria-label")) ?? (await control.evaluate((node) => node.closest("label")?.textContent?.trim().slice(0, 20) ?? node.tagName))}`,
        box,
      });
  }
  const problems: string[] = [];
  boxes.forEach(({ name, box }, index) => {
    if (box.x < cardBox.x - 0.5 || box.x + box.width > cardBox.x + cardBox.width + 0.5) problems.push(`${name} spills out of the card`);
    for (const other of boxes.slice(index + 1)) if (overlap(box, other.box)) problems.push(`${name} overlaps ${other.name}`);
  });
  return problems;
}

/**
 * Fields of a card whose boxes share a row but whose controls do not end on one line: a label
 * that wraps must not push its control below its neighbours'.
 */
async function misalignedRows(card: Locator): Promise<string[]> {
  const controls = card.locator(".card-fields > label > :is(input:not([type=checkbox]), select):visible, .card-fields > .field > label > input:visible");
  const boxes: { name: string; box: Box }[] = [];
  for (let index = 0; index < (await controls.count()); index += 1) {
    const control = controls.nth(index);
    const box = await control.boundingBox();
    if (box) boxes.push({ name: (await control.evaluate((node) => node.closest("label")?.firstChild?.textContent?.trim())) ?? String(index), box });
  }
  const problems: string[] = [];
  boxes.forEach(({ name, box }, index) => {
    for (const other of boxes.slice(index + 1)) {
      const sameRow = box.y < other.box.y + other.box.height && other.box.y < box.y + box.height;
      const bottoms = Math.abs(box.y + box.height - (other.box.y + other.box.height));
      if (sameRow && bottoms > 1.5) problems.push(`${name} and ${other.name} share a row but end ${bottoms.toFixed(1)} px apart`);
    }
  });
  return problems;
}

const facts = (page: Page) => page.locator("dl.facts").first();

test("the demo topic answers first: no conflict, then the chart, then the pairs grouped by reason @phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "North Korean troops sent to Russia" }).click();
  const answer = page.getByLabel("The answer in one sentence");
  await expect(answer).toContainText(/^No conflict/);
  const chart = page.getByRole("figure").first();
  expect((await answer.boundingBox())!.y).toBeLessThan((await chart.boundingBox())!.y);

  // No conflict group; the differences grouped, each with its count, closed until asked.
  await expect(page.getByRole("group").filter({ hasText: /^Conflicts/ })).toHaveCount(0);
  const modality = page.locator("details.pair-group").filter({ has: page.locator("summary", { hasText: /Different modality.*\(\d+\)/ }) });
  await expect(modality).toHaveCount(1);
  await expect(modality.getByRole("listitem").first()).toBeHidden();
  await modality.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(modality.getByRole("listitem").filter({ hasText: "1,500" }).filter({ hasText: "12,000" }).first()).toBeVisible();
});

test("the figure table shows measure, scope and as-of, and fits 1280 px with its last column", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/topics/north-korean-troops-sent-to-russia");
  const table = page.getByRole("table", { name: "Every figure" });
  for (const header of ["Counts · where", "As of", "Claimed"]) await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
  const wrap = page.locator(".table-wrap").filter({ has: table });
  const widths = await wrap.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  const claimed = (await table.getByRole("columnheader", { name: "Claimed" }).boundingBox())!;
  expect(claimed.x + claimed.width).toBeLessThanOrEqual(1280);
  await expect(table.getByRole("row").filter({ hasText: "“1,500 North Korean troops”" })).toContainText("deployed");
});

test("review cards show measure, scope and as-of, with no two controls overlapping at 1280 and 390 px", async ({ page }) => {
  const tag = Math.random().toString(36).slice(2, 8);
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page
    .getByLabel("Report text")
    .fill(`Invented quake report ${tag}. The interior ministry said on 6 February 2026 that at least 214 people were killed in Malatya.`);
  await page.getByLabel(/Published on/).fill("2026-02-06");
  await page.getByRole("button", { name: "Propose claims" }).click();
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /· quantity/ }) })
    .first();
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card.getByLabel("Measure")).toBeVisible();
  // A figure that names no date of its own holds at the report's day.
  await expect(card.getByLabel("As of")).toHaveValue("2026-02-06");
  const scope = card.getByLabel("Scope (area covered)");
  await scope.fill("Qwertyville Zz");
  await scope.blur();
  // The first lookup loads the offline gazetteer: seconds on a loaded machine.
  await expect(card.getByRole("status")).toHaveText("“Qwertyville Zz” was not found in the gazetteer: kept as typed, compared by name only.", {
    timeout: 20_000,
  });
  await scope.fill("Malatya");
  await scope.blur();
  await expect(card.getByRole("status")).toContainText("Malatya: region in");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await crowdedControls(card), `at ${width} px`).toEqual([]);
    expect(await misalignedRows(card), `rows at ${width} px`).toEqual([]);
  }
  await card.getByLabel("Measure").selectOption("killed");
  await expect(card.getByLabel("Measure")).toHaveValue("killed");
});

test("the edit form shows measure, scope and as-of, and what is saved shows on the claim's page", async ({ page, inventedClaim }) => {
  await signInAs(page, e2eUsers.editor, `/claims/${inventedClaim.claimId}/edit`);
  await expect(page.getByLabel("Measure (what it counts)")).toBeVisible();
  await expect(page.getByLabel("Scope (area covered)")).toHaveValue("");
  // The invented report was published on 1 Nov 2026 and its claim states no period.
  await expect(page.getByLabel("As of (refers to, until)")).toHaveValue("2026-11-01");
  await page.getByLabel("Measure (what it counts)").selectOption("displaced");
  // A typed name is looked up on leaving the field, as on a review card.
  const scope = page.getByLabel("Scope (area covered)");
  await scope.fill("Qwertyville Zz");
  await scope.blur();
  await expect(page.getByRole("status").filter({ hasText: "Qwertyville" })).toHaveText(
    "“Qwertyville Zz” was not found in the gazetteer: kept as typed, compared by name only.",
    { timeout: 20_000 },
  );
  await scope.fill("Malatya");
  await scope.blur();
  await expect(page.getByRole("status").filter({ hasText: "Malatya" })).toContainText("Malatya: region in");
  await page.getByLabel("As of (refers to, until)").fill("2026-10-30");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${inventedClaim.claimId}\\?saved=2`));
  await expect(facts(page)).toContainText("displaced");
  await expect(facts(page)).toContainText("Malatya");
  await expect(facts(page)).toContainText("30 Oct 2026");
});
