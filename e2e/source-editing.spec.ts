// Two editors change one source at once, as on a claim: the second is refused, sees the
// first's change beside their own, and applies only what they changed on top, so the first's
// change stays. Viewers get no link to create or edit a topic.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { editorAuthorization } from "./fixtures/invented-claim";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";
import { searchSettled } from "./fixtures/combobox";

test("two editors collide on one source: the second applies only their own change on top of the first's", async ({ browser, request }) => {
  const tag = randomUUID().slice(0, 8);
  const created = await request.post("/api/v1/sources", { headers: editorAuthorization, data: { name: `Beta Desk ${tag}`, kind: "other" } });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  const [first, second] = await Promise.all([
    browser.newContext().then((context) => context.newPage()),
    browser.newContext().then((context) => context.newPage()),
  ]);
  await signInAs(first, e2eUsers.editor, `/sources/${slug}/edit`);
  await signInAs(second, e2eUsers.secondEditor, `/sources/${slug}/edit`);

  await first.getByLabel("Kind").selectOption({ label: "government" });
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status")).toHaveText("Saved.");

  // The second editor, still on version 1, writes a description.
  await second.getByLabel("Description").fill(`The desk's own account (${tag}).`);
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByRole("region", { name: /Changed meanwhile by editor@e2e\.example/ });
  await expect(conflict).toBeVisible();
  const kindRow = conflict.getByRole("row", { name: /^Kind/ });
  await expect(kindRow.getByRole("cell").nth(0)).toHaveText("government");
  await expect(kindRow.getByRole("cell").nth(1)).toContainText("you left it: theirs stays");
  // The form still holds the second editor's own words.
  await expect(second.getByLabel("Description")).toHaveValue(`The desk's own account (${tag}).`);
  await second.setViewportSize({ width: 1280, height: 900 });
  await second.screenshot({ path: test.info().outputPath("source-conflict-1280.png"), fullPage: true });

  await conflict.getByRole("button", { name: "Apply my changes on top of theirs" }).click();
  await expect(second.getByRole("status")).toHaveText("Saved.");
  // Both changes stand: the first's kind was not overwritten by the second's stale form.
  await expect(second.locator(".facts")).toContainText("government");
  await expect(second.locator("p.lede")).toHaveText(`The desk's own account (${tag}).`);
});

test("an editor sets a source's parent by typing part of its name and choosing it with the keyboard; the form names it when opened again", async ({
  page,
  request,
}) => {
  const tag = randomUUID().slice(0, 8);
  const created = await request.post("/api/v1/sources", { headers: editorAuthorization, data: { name: `Gamma Bureau ${tag}`, kind: "government" } });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  await signInAs(page, e2eUsers.editor, `/sources/${slug}/edit`);
  // No list of every source comes with the form: the picker asks as the analyst types.
  await expect(page.locator("option", { hasText: "National Intelligence Service" })).toHaveCount(0);
  const parent = page.getByRole("combobox", { name: "Part of" });
  await expect(parent).toHaveValue("");
  await expect(parent).toHaveAccessibleDescription(/type part of its name/);
  // The source itself is never offered as its own parent.
  await parent.fill(`Gamma Bureau ${tag}`);
  await expect(page.getByText(`No name contains “Gamma Bureau ${tag}”`)).toBeVisible();
  await parent.fill("intelligence serv");
  await expect(page.getByRole("option", { name: "National Intelligence Service" })).toBeVisible();
  await searchSettled(parent);
  await parent.press("ArrowDown");
  await parent.press("Enter");
  await expect(parent).toHaveValue("National Intelligence Service");
  await page.screenshot({ path: test.info().outputPath("source-parent-picker-1280.png"), fullPage: true });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.locator(".facts")).toContainText("National Intelligence Service");

  await page.goto(`/sources/${slug}/edit`);
  await expect(page.getByRole("combobox", { name: "Part of" })).toHaveValue("National Intelligence Service");
});

test("a viewer sees no link to create a topic or edit one", async ({ page }) => {
  await signInAs(page, e2eUsers.viewer, "/");
  await expect(page.getByRole("heading", { name: "Topics", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "New topic" })).toHaveCount(0);
  await page.getByRole("link", { name: "North Korean troops sent to Russia" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Korean troops sent to Russia");
  await expect(page.getByRole("link", { name: "Edit this topic" })).toHaveCount(0);
});
