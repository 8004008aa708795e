// Two editors change one claim at once: the second is refused, sees the first's change
// beside their own, and applies theirs on top; then an old version is restored. Viewers
// get no buttons, and a viewer's save sent through the edit form's action is refused.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/invented-claim";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";
import { searchSettled } from "./fixtures/combobox";

const history = (page: Page) => page.getByRole("list", { name: "Revisions, newest first" });
const revision = (page: Page, version: number) => history(page).locator(`#revision-${version}`);
const facts = (page: Page) => page.locator("dl.facts").first();

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("two editors collide on one claim: nothing is overwritten, the second re-applies, and version 1 is restored", async ({ browser, inventedClaim }) => {
  const { claimId, statement } = inventedClaim;
  const firstContext = await browser.newContext();
  const secondContext = await browser.newContext();
  const first = await firstContext.newPage();
  const second = await secondContext.newPage();
  await signInAs(first, e2eUsers.editor, `/claims/${claimId}/edit`);
  await signInAs(second, e2eUsers.secondEditor, `/claims/${claimId}/edit`);
  await expect(first.getByText("You are editing version 1")).toBeVisible();
  await expect(second.getByText("You are editing version 1")).toBeVisible();

  const firstStatement = `${statement}, says the ministry`;
  await first.getByLabel("Statement").fill(firstStatement);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first).toHaveURL(new RegExp(`/claims/${claimId}\\?saved=2`));
  await expect(first.getByRole("status")).toHaveText("Saved: the claim is now at version 2.");

  // The second editor, still on version 1, changes the figure and the notes.
  await second.getByLabel("Figure", { exact: true }).fill("3,500");
  await second.getByLabel("Notes").fill("The wire's later count.");
  await second.getByRole("button", { name: "Save changes" }).click();
  const conflict = second.getByRole("region", { name: /Changed meanwhile by editor@e2e\.example/ });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Your changes were not saved");
  const statementRow = conflict.getByRole("row", { name: /^Statement/ });
  await expect(statementRow.getByRole("cell").nth(0)).toHaveText(firstStatement);
  await expect(statementRow.getByRole("cell").nth(1)).toContainText("you left it: theirs stays");
  // Their values are beside the form, and the form still holds the second editor's own.
  await expect(second.getByLabel("Figure", { exact: true })).toHaveValue("3,500");
  await expect(second.getByLabel("Notes")).toHaveValue("The wire's later count.");
  await expectNoSeriousViolations(second);

  // Nothing was overwritten: the claim is the first editor's version 2.
  const check = await secondContext.newPage();
  await check.goto(`/claims/${claimId}`);
  await expect(check.getByRole("heading", { level: 1 })).toHaveText(firstStatement);
  await expect(facts(check)).toContainText("3,000");
  await check.close();

  await conflict.getByRole("button", { name: "Apply my changes on top of theirs" }).click();
  await expect(second).toHaveURL(new RegExp(`/claims/${claimId}\\?saved=3`));
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(firstStatement);
  await expect(facts(second)).toContainText("3,500");
  await expect(facts(second)).toContainText("The wire's later count.");

  await expect(revision(second, 3)).toContainText("update · version 3");
  await expect(revision(second, 3)).toContainText("by editor2@e2e.example");
  await expect(revision(second, 3)).toContainText("Figure: 3,000 → 3,500");
  await expect(revision(second, 2)).toContainText("by editor@e2e.example");
  await expect(revision(second, 2)).toContainText(`Statement: ${statement} → ${firstStatement}`);
  await expect(revision(second, 1)).toContainText("create · version 1");

  // The first editor brings version 1 back, after a confirmation.
  await first.goto(`/claims/${claimId}`);
  await revision(first, 1).getByRole("link", { name: "Restore version 1" }).click();
  await expect(revision(first, 1)).toContainText("Make the claim as it was at version 1?");
  await expectNoSeriousViolations(first);
  await revision(first, 1).getByRole("button", { name: "Restore version 1" }).click();
  await expect(first).toHaveURL(new RegExp(`/claims/${claimId}\\?restored=1`));
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(statement);
  await expect(first.getByRole("status")).toContainText("as it was at version 1, now as version 4");
  await expect(revision(first, 4)).toContainText("restore · version 4");
  await expect(revision(first, 4)).toContainText(`Statement: ${firstStatement} → ${statement}`);
  await expect(revision(first, 4)).toContainText("Figure: 3,500 → 3,000");
  await firstContext.close();
  await secondContext.close();
});

test("a viewer reads the history without buttons, and the edit action refuses a viewer's save", async ({ browser, inventedClaim }) => {
  const { claimId, statement } = inventedClaim;
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signInAs(viewer, e2eUsers.viewer, `/claims/${claimId}`);
  await expect(history(viewer)).toContainText("create · version 1");
  await expect(viewer.getByRole("link", { name: "Edit this claim" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: /Restore/ })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Delete this claim" })).toHaveCount(0);
  await viewer.goto(`/claims/${claimId}/edit`);
  await expect(viewer.getByRole("alert").filter({ hasText: "Your role may read but not change claims" })).toBeVisible();
  await viewer.goto(`/claims/${claimId}?restore=1`);
  await expect(viewer.getByRole("button", { name: /Restore/ })).toHaveCount(0);

  // An editor's form, posted with the viewer's session: the server action itself refuses.
  const editorContext = await browser.newContext();
  const form = await editorContext.newPage();
  await signInAs(form, e2eUsers.editor, `/claims/${claimId}/edit`);
  await editorContext.clearCookies();
  await editorContext.addCookies(await viewerContext.cookies());
  await form.getByLabel("Statement").fill(`${statement}, changed by a viewer`);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Your role may read but not change records" })).toBeVisible();
  await viewer.goto(`/claims/${claimId}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(statement);
  await expect(
    history(viewer)
      .getByRole("listitem")
      .filter({ hasText: /^update/ }),
  ).toHaveCount(0);
  await viewerContext.close();
  await editorContext.close();
});

test("the edit form names a bad field and keeps what was typed @phone", async ({ page, inventedClaim }) => {
  const { claimId } = inventedClaim;
  await signInAs(page, e2eUsers.editor, `/claims/${claimId}/edit`);
  await page.getByLabel("Figure", { exact: true }).fill("many");
  await page.getByLabel("Lower bound").fill("5000");
  await page.getByLabel("Upper bound").fill("4000");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields are not valid" })).toBeVisible();
  await expect(page.getByLabel("Figure", { exact: true })).toHaveAccessibleDescription(/A number, e\.g\. 12000/);
  await expect(page.getByLabel("Figure", { exact: true })).toHaveValue("many");
  await page.getByLabel("Figure", { exact: true }).fill("4500");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Lower bound")).toHaveAccessibleDescription(/must not exceed the upper bound/);
  await page.getByLabel("Lower bound").fill("4000");
  await page.getByLabel("Upper bound").fill("5000");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}\\?saved=2`));
  await expect(page.locator("dl.facts").first()).toContainText("bounds 4,000 to 5,000");
});

test("the chain's sources are searched for by name: the form names the chain on load, and a source is swapped and added by keyboard", async ({
  page,
  inventedClaim,
}) => {
  const { claimId, tag } = inventedClaim;
  await signInAs(page, e2eUsers.editor, `/claims/${claimId}/edit`);
  const chain = page.getByRole("group", { name: "Who says it, originator first" });
  await expect(chain.getByRole("listitem", { name: `Hop 1: Example Ministry ${tag}` })).toBeVisible();
  await expect(chain.getByRole("listitem", { name: `Hop 2: Example Wire ${tag}` })).toBeVisible();
  // A hop's name follows its source as it is typed and chosen: find the hops by place.
  const [originator, relay] = [chain.getByRole("listitem").nth(0), chain.getByRole("listitem").nth(1)];
  await expect(originator.getByRole("combobox", { name: "Source" })).toHaveValue(`Example Ministry ${tag}`);
  await expect(relay.getByRole("combobox", { name: "Source" })).toHaveValue(`Example Wire ${tag}`);
  // The page ships no list of sources: no source is offered until a picker asks for it.
  await expect(page.getByRole("option", { name: "Yonhap News Agency" })).toHaveCount(0);

  // The relay becomes the demo's Yonhap, chosen from the names offered as the analyst types.
  const relaySource = relay.getByRole("combobox", { name: "Source" });
  await relaySource.fill("Yonhap");
  await expect(page.getByRole("option", { name: "Yonhap News Agency" })).toBeVisible();
  await searchSettled(relaySource);
  await relaySource.press("ArrowDown");
  await relaySource.press("Enter");
  await expect(relaySource).toHaveValue("Yonhap News Agency");
  await expect(relaySource).toBeFocused();

  // The wire is added back at the end of the chain.
  const adding = chain.getByRole("combobox", { name: "Add a source" });
  await adding.fill(`Example Wire ${tag}`);
  await expect(page.getByRole("option", { name: `Example Wire ${tag}` })).toBeVisible();
  await searchSettled(adding);
  await adding.press("ArrowDown");
  await adding.press("Enter");
  await chain.getByRole("button", { name: "Add to the chain" }).click();
  await expect(chain.getByRole("listitem", { name: `Hop 3: Example Wire ${tag}` })).toBeVisible();
  await expect(adding).toHaveValue("");
  await expectNoSeriousViolations(page);

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claimId}\\?saved=2`));
  const hops = page.getByRole("list", { name: /Attribution chain/ }).getByRole("listitem");
  // Three hops, then the report.
  await expect(hops).toHaveCount(4);
  await expect(hops.nth(0)).toContainText(`Example Ministry ${tag}`);
  await expect(hops.nth(1)).toContainText("Yonhap News Agency");
  await expect(hops.nth(2)).toContainText(`Example Wire ${tag}`);
});
