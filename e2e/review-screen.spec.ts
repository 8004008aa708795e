// The review screen made fast: count, topic and Save stay in view; a figure is ticked into a
// topic only when it counts the topic's unit; selected words with a figure fill the figure;
// and the report page shows figures with their qualifiers.
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";
import { searchSettled } from "./fixtures/combobox";

// Invented words; each test run pastes its own copy, since the same text is never saved twice.
const inventedReport = (tag: string) =>
  `INVENTED TEST REPORT (${tag}). The regional ministry said about 2,000 soldiers had arrived at the border on Monday. ` +
  "Rescuers later recovered about 90 bodies from the rubble, and shelling destroyed 300 buildings, the ministry said.";

async function review(page: Page, text: string) {
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Report text").fill(text);
  await page.getByRole("button", { name: "Propose claims" }).click();
  await expect(page.getByRole("region", { name: "Review progress and save" }).getByRole("status")).toHaveText("4 accepted of 4", { timeout: 20_000 });
}

// A card by its quoted words (its statement may be a whole sentence holding other figures).
const card = (page: Page, words: string) => page.getByRole("listitem", { name: /^Claim \d+ ·/ }).filter({ hasText: `“${words}”` });

// Extraction and saving on a shared two-core machine are slow; the steps are few.
test.describe.configure({ timeout: 90_000 });

test("@phone count, topic and Save stay in view, and only figures of the topic's unit are ticked into it", async ({ page }, testInfo) => {
  await review(page, inventedReport(`${testInfo.project.name} bar`));
  const bar = page.getByRole("region", { name: "Review progress and save" });
  const topic = bar.getByRole("combobox", { name: "File figures and places under the topic" });
  await topic.fill("troops sent");
  await bar.getByRole("option", { name: "North Korean troops sent to Russia" }).click();
  await expect(topic).toHaveValue("North Korean troops sent to Russia");
  await expect(card(page, "about 2,000 soldiers").getByLabel("In the topic")).toBeChecked();
  await expect(card(page, "300 buildings").getByLabel("In the topic")).not.toBeChecked();
  await expect(card(page, "about 90 bodies").getByLabel("In the topic")).not.toBeChecked();
  // Where the soldiers arrived is proposed too, as a place.
  await expect(page.getByRole("listitem", { name: /^Claim \d+ · location/ })).toContainText("border");
  await expect(page.getByText(/Keys: j next claim, k previous, a accept, r reject, \/ search/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`review-top-${testInfo.project.name}.png`) });

  // Far down the page the bar is still on screen.
  await card(page, "300 buildings")
    .getByRole("textbox", { name: /^Statement/ })
    .scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(bar.getByRole("button", { name: "Save the report and 4 claims" })).toBeInViewport();
  await expect(bar.getByRole("status")).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath(`review-bottom-${testInfo.project.name}.png`) });
});

test("words selected in the text that hold a figure become a quantity claim with value, qualifier and unit", async ({ page }, testInfo) => {
  await review(page, inventedReport(`${testInfo.project.name} selection`));
  const words = "about 90 bodies";
  // The extractor proposes these words itself; reject its card, then add them by hand.
  await card(page, words).getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("region", { name: "Review progress and save" }).getByRole("status")).toHaveText("3 accepted of 4");
  await page.getByLabel("Report text under review").evaluate((region, wanted) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  }, words);
  await page.getByLabel("Report text under review").dispatchEvent("mouseup");
  await page.getByRole("button", { name: "Add a claim from the selected words" }).click();

  const added = card(page, words).filter({ hasText: "added by you" });
  await expect(added.getByRole("heading")).toHaveText(/quantity · added by you/);
  await expect(added.getByLabel("Value")).toHaveValue("90");
  await expect(added.getByLabel("Qualifier")).toHaveValue("approx");
  await expect(added.getByLabel("Unit")).toHaveValue("bodies");
  await expect(page.getByRole("region", { name: "Review progress and save" }).getByRole("status")).toHaveText("4 accepted of 5");
});

test("a hop's source and the outlet are found by typing part of a known name and chosen with the keyboard; a name not chosen is a new source", async ({
  page,
}, testInfo) => {
  await review(page, inventedReport(`${testInfo.project.name} pickers`));
  // The page holds no list of every known source: only what the pickers asked for.
  expect(await page.locator("option", { hasText: "National Intelligence Service" }).count()).toBe(0);
  const soldiers = card(page, "about 2,000 soldiers");
  const source = soldiers.getByRole("combobox", { name: "Source" }).first();
  // The engine's name for a source it does not know stays as typed: a new source, whose kind is asked.
  await expect(source).toHaveValue(/ministry/i);
  await expect(soldiers.getByLabel("Kind of the new source").first()).toBeVisible();

  // A known source no other test counts the claims of (sources.spec counts the NIS's).
  await source.fill("government of ukr");
  await expect(soldiers.getByRole("option", { name: "Government of Ukraine" })).toBeVisible();
  await searchSettled(source);
  await source.press("ArrowDown");
  await expect(source).toHaveAttribute("aria-activedescendant", /option-0$/);
  await source.press("Enter");
  await expect(source).toHaveValue("Government of Ukraine");
  await expect(soldiers.getByLabel("Kind of the new source")).toHaveCount(0);

  const outlet = page.getByRole("combobox", { name: "Outlet" });
  await outlet.fill("yonhap");
  await page.getByRole("option", { name: "Yonhap News Agency" }).click();
  await expect(outlet).toHaveValue("Yonhap News Agency");
  await soldiers.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath(`review-pickers-${testInfo.project.name}.png`) });

  await page.getByLabel("Title").fill(`Pickers (invented ${testInfo.project.name})`);
  await page.getByRole("button", { name: /Save the report and \d+ claims?/ }).click();
  // The saved report's page, not /reports/new still saving.
  await expect(page).toHaveURL(/\/reports\/(?!new$)[^/]+$/, { timeout: 40_000 });
  await expect(page.getByRole("main")).toContainText("Yonhap News Agency · Published");
  const saved = page.getByRole("complementary", { name: "Claims in this report" }).getByRole("listitem").filter({ hasText: "quantity · about 2,000 troops" });
  await expect(saved).toContainText("Government of Ukraine");
});

test("the report page shows figures with their qualifiers, and editors find Add a report in the navigation", async ({ page }) => {
  await page.goto("/reports");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Add a report" })).toHaveCount(0);
  await signInAs(page, e2eUsers.editor, "/reports");
  await page
    .getByRole("link", { name: /North Korea sends troops/ })
    .first()
    .click();
  const list = page.getByRole("complementary", { name: "Claims in this report" });
  await expect(list.getByText("about 10,000 troops", { exact: true })).toBeVisible();
  await expect(list.getByText("up to 12,000 troops", { exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Add a report" }).click();
  await expect(page.getByRole("heading", { name: "Add a report", level: 1 })).toBeVisible();
});
