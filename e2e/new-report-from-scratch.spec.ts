// Adding the founding report by pasting it, on a database that has the demo sources and
// topic but not the report: reviewed with the keyboard alone (j/k move, a/r accept and
// reject, Save from the sticky bar) and without typing a single figure, the saved claims
// equal the hand-entered demo claims.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demoClaims } from "../lib/demo/founding-report";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";
import { searchSettled } from "./fixtures/combobox";

type ExportedClaim = {
  kind: string;
  anchor: { exact: string; start: number; end: number };
  value: number | null;
  qualifier: string | null;
  modality: string;
  stance: string;
  chain: { sourceSlug: string; role: string }[];
  topicSlug: string | null;
};

test("an editor pastes the founding report, reviews it with the keyboard alone and saves the demo claims without typing a figure", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Report text").fill(readFileSync("fixtures/seed-article.txt", "utf8"));
  await page.getByLabel(/Published on/).fill("2024-10-18");
  await page.getByRole("button", { name: "Propose claims" }).click();

  const bar = page.getByRole("region", { name: "Review progress and save" });
  const count = bar.getByRole("status");
  await expect(count).toHaveText(`${demoClaims.length} accepted of ${demoClaims.length}`, { timeout: 20_000 });
  await expect(page.getByText("1 line of site furniture left out of the snapshot")).toBeVisible();
  const text = page.getByLabel("Report text under review");
  await expect(text.locator("mark", { hasText: "12,000 troops" })).toBeVisible();
  await page.getByLabel("Title").fill("North Korea sends troops to aid Russia’s war in Ukraine: Seoul");
  await page.getByLabel("Title").press("Escape");

  // j/k move between cards; r rejects the focused card, a accepts it again.
  const cards = page.getByRole("listitem", { name: /^Claim \d+ ·/ });
  await page.keyboard.press("j");
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press("r");
  await expect(count).toHaveText(`${demoClaims.length - 1} accepted of ${demoClaims.length}`);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(cards.nth(2)).toBeFocused();
  await page.keyboard.press("r");
  await expect(count).toHaveText(`${demoClaims.length - 2} accepted of ${demoClaims.length}`);
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press("a");
  for (let step = 0; step < 2; step++) await page.keyboard.press("j");
  await page.keyboard.press("a");
  await expect(count).toHaveText(`${demoClaims.length} accepted of ${demoClaims.length}`);

  // A key typed into a field stays there: "r" in a statement rejects nothing.
  await page.keyboard.press("j");
  const statement = cards.nth(3).getByRole("textbox", { name: /^Statement/ });
  await statement.focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" r");
  await expect(count).toHaveText(`${demoClaims.length} accepted of ${demoClaims.length}`);
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Escape");
  await expect(cards.nth(3)).toBeFocused();

  // "/" goes to the search box; the topic is chosen and the report saved from the bar.
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox")).toBeFocused();
  await page.keyboard.press("Escape");
  // The topic is found by typing part of its title, then chosen with the arrow and Enter keys.
  const topic = bar.getByRole("combobox", { name: "File figures and places under the topic" });
  await topic.focus();
  await page.keyboard.type("troops sent");
  await expect(bar.getByRole("option", { name: "North Korean troops sent to Russia" })).toBeVisible();
  await searchSettled(topic);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(topic).toHaveValue("North Korean troops sent to Russia");
  const save = bar.getByRole("button", { name: `Save the report and ${demoClaims.length} claims` });
  await save.focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/reports\/[^/]+$/, { timeout: 20_000 });
  await expect(page.getByRole("complementary", { name: "Claims in this report" }).getByRole("listitem")).toHaveCount(demoClaims.length);

  const response = await page.request.get("/api/v1/export?format=json");
  expect(response.ok()).toBe(true);
  const { claims } = (await response.json()) as { claims: ExportedClaim[] };
  const saved = claims.map((claim) => ({
    kind: claim.kind,
    anchor: claim.anchor,
    value: claim.value,
    qualifier: claim.qualifier,
    modality: claim.modality,
    stance: claim.stance,
    chain: claim.chain.map((hop) => [hop.sourceSlug, hop.role]),
    // Figures are filed under the topic because they count its unit, troops.
    ...(claim.kind === "quantity" ? { topicSlug: claim.topicSlug } : {}),
  }));
  const expected = [...demoClaims]
    .sort((a, b) => a.anchor.start - b.anchor.start)
    .map((claim) => ({
      kind: claim.kind,
      anchor: expect.objectContaining(claim.anchor),
      value: claim.quantity?.value ?? null,
      qualifier: claim.quantity?.qualifier ?? null,
      modality: claim.modality,
      stance: claim.stance,
      chain: claim.chain.map((hop) => [hop.source, hop.role]),
      ...(claim.kind === "quantity" ? { topicSlug: claim.inTopic ? "north-korean-troops-sent-to-russia" : null } : {}),
    }));
  expect([...saved].sort((a, b) => a.anchor.start - b.anchor.start)).toEqual(expected);

  // The topic now compares the figures that were just added.
  await page.goto("/topics/north-korean-troops-sent-to-russia");
  await expect(page.getByLabel("The answer in one sentence")).toContainText(/^No conflict/);
});
