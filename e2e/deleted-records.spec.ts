// Deleting is soft: an editor deletes a claim, it leaves the lists and its page answers
// 404, and an administrator finds it among the deleted records and restores it.
import AxeBuilder from "@axe-core/playwright";
import { editorAuthorization, expect, test } from "./fixtures/invented-claim";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

test("an editor deletes a claim; it leaves the list and 404s; an administrator sees it deleted and restores it", async ({ browser, inventedClaim }) => {
  const { claimId, statement, tag } = inventedClaim;
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signInAs(editor, e2eUsers.editor, `/claims/${claimId}`);
  await editor.getByRole("link", { name: "Delete this claim" }).click();
  await expect(editor.getByText("Delete this claim?")).toBeVisible();
  await editor.getByRole("button", { name: "Delete the claim" }).click();
  await expect(editor).toHaveURL(new RegExp(`/claims/${claimId}/deleted$`));
  await expect(editor.getByRole("status")).toContainText("The claim is deleted");

  await editor.goto(`/claims?q=${tag}`);
  await expect(editor.getByRole("heading", { name: "Claims", level: 1 })).toBeVisible();
  await expect(editor.getByText(statement)).toHaveCount(0);
  const gone = await editor.goto(`/claims/${claimId}`);
  expect(gone?.status()).toBe(404);
  const deletedList = await editor.goto("/deleted");
  expect(deletedList?.status()).toBe(200);
  await expect(editor.getByRole("alert").filter({ hasText: "Only administrators" })).toBeVisible();
  await editorContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, e2eUsers.admin, `/claims/${claimId}`);
  await expect(admin.getByRole("heading", { name: "This claim was deleted" })).toBeVisible();
  await expect(admin.getByRole("region", { name: "This claim was deleted" })).toContainText("Deleted by editor@e2e.example");
  await expect(admin.getByRole("list", { name: "Revisions, newest first" })).toContainText("delete · version 2");

  await admin.goto("/deleted");
  const row = admin.getByRole("row").filter({ hasText: statement });
  await expect(row).toContainText("Claim");
  await expect(row).toContainText("by editor@e2e.example");
  const axe = await new AxeBuilder({ page: admin }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(admin.getByRole("status")).toContainText("Restored the claim");
  await expect(admin.getByRole("row").filter({ hasText: statement })).toHaveCount(0);
  await admin.getByRole("link", { name: "Open it" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(statement);
  await expect(admin.getByRole("list", { name: "Revisions, newest first" })).toContainText("restore · version 3");
  await adminContext.close();

  const reader = await browser.newPage();
  await reader.goto(`/claims?q=${tag}`);
  await expect(reader.getByRole("link", { name: statement })).toBeVisible();
  await reader.close();
});

test("an administrator restores a deleted source from the deleted records", async ({ page, request }) => {
  const name = `Deleted Agency ${Date.now()}`;
  const created = await request.post("/api/v1/sources", { headers: editorAuthorization, data: { name, kind: "government" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const removed = await request.delete(`/api/v1/sources/${id}?version=1`, { headers: editorAuthorization });
  expect(removed.status()).toBe(200);

  await signInAs(page, e2eUsers.admin, "/deleted");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Source");
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status")).toContainText("Restored the source");
  await page.goto("/sources");
  await expect(page.getByText(name)).toBeVisible();
  // The source was the test's own: delete it again (version 3, after delete and restore).
  expect((await request.delete(`/api/v1/sources/${id}?version=3`, { headers: editorAuthorization })).status()).toBe(200);
});
