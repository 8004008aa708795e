// Report text and source names come from outside: markup in them must show as text, and
// no script may run, wherever they are displayed.
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

const scriptPayload = "<script>window.__pwned = 1; alert('script')</script>";
const imagePayload = `<img src=x onerror="window.__pwned = 1; alert('onerror')">`;
const text = `INVENTED TEXT FOR TESTING — not a real news report.\n\nThe ministry said 4,000 people left ${scriptPayload} the town. A local paper printed ${imagePayload} beside the story.`;

test("markup in a report's text and in a source's name is shown as text and never runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Report text").fill(text);
  await page.getByRole("button", { name: "Propose claims" }).click();
  await expect(page.getByLabel("Report text under review")).toContainText(scriptPayload, { timeout: 20_000 });

  // The analyst adds a claim by hand, naming a source whose name is markup.
  const words = page.getByLabel("Report text under review");
  await words.evaluate((element, payload) => {
    const slice = [...element.querySelectorAll("[data-start]")].find((node) => node.textContent?.includes(payload))!;
    const textNode = slice.firstChild!;
    const start = textNode.textContent!.indexOf(payload);
    const range = document.createRange();
    range.setStart(textNode, start);
    range.setEnd(textNode, start + payload.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, imagePayload);
  await page.getByRole("button", { name: "Add a claim from the selected words" }).click();
  const card = page.getByRole("listitem").filter({ hasText: "added by you" });
  await card.getByRole("button", { name: "Add a source to the chain" }).click();
  // A name typed but not chosen from the known sources is a new source of that name.
  await card.getByRole("combobox", { name: "Source" }).fill(scriptPayload);
  await expect(card.getByLabel("Kind of the new source")).toBeVisible();
  await page.getByLabel("Title").fill(`Untrusted ${imagePayload}`);
  await page.getByRole("button", { name: /Save the report and \d+ claims?/ }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+$/, { timeout: 20_000 });

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Untrusted ${imagePayload}`);
  await expect(page.getByRole("article", { name: "Report text" })).toContainText(scriptPayload);
  await expect(page.getByRole("complementary", { name: "Claims in this report" })).toContainText(scriptPayload);

  await page.goto("/sources");
  await expect(page.getByRole("link", { name: scriptPayload })).toBeVisible();
  await page.getByRole("link", { name: scriptPayload }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(scriptPayload);

  await page.goto(`/search?q=${encodeURIComponent("local paper printed")}`);
  await expect(page.getByRole("main")).toContainText("onerror");

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("main img[src='x']")).toHaveCount(0);
});
