// Adding the founding report by pasting it, on a database that has the demo sources and
// topic but not the report: without typing a single figure, the saved claims equal the
// hand-entered demo claims.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demoClaims } from "../lib/demo/founding-report";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

type ExportedClaim = {
  kind: string;
  anchor: { exact: string; start: number; end: number };
  value: number | null;
  qualifier: string | null;
  modality: string;
  stance: string;
  chain: { sourceSlug: string; role: string }[];
};

test("an editor pastes the founding report and saves the demo claims without typing a figure", async ({ page }) => {
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Report text").fill(readFileSync("fixtures/seed-article.txt", "utf8"));
  await page.getByLabel(/Published on/).fill("2024-10-18");
  await page.getByRole("button", { name: "Propose claims" }).click();

  await expect(page.getByRole("heading", { name: `Claims: ${demoClaims.length} accepted of ${demoClaims.length}` })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("1 line of site furniture left out of the snapshot")).toBeVisible();
  const text = page.getByLabel("Report text under review");
  await expect(text.locator("mark", { hasText: "12,000 troops" })).toBeVisible();
  await page.getByLabel("Title").fill("North Korea sends troops to aid Russia’s war in Ukraine: Seoul");
  await page.getByLabel("File figures and places under the topic").selectOption({ label: "North Korean troops sent to Russia" });
  await page.getByRole("button", { name: `Save the report and ${demoClaims.length} claims` }).click();

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
  }));
  const expected = [...demoClaims].sort((a, b) => a.anchor.start - b.anchor.start).map((claim) => ({
    kind: claim.kind,
    anchor: expect.objectContaining(claim.anchor),
    value: claim.quantity?.value ?? null,
    qualifier: claim.quantity?.qualifier ?? null,
    modality: claim.modality,
    stance: claim.stance,
    chain: claim.chain.map((hop) => [hop.source, hop.role]),
  }));
  expect([...saved].sort((a, b) => a.anchor.start - b.anchor.start)).toEqual(expected);

  // The topic now compares the figures that were just added.
  await page.goto("/topics/north-korean-troops-sent-to-russia");
  await expect(page.getByText("No conflict: every difference between these figures has a reason.")).toBeVisible();
});
