// Sources and topics as an analyst builds them (issue 12): create a source, edit it, merge a
// duplicate into it and undo the merge; grade a source and a claim and read "B2" on the topic;
// create a topic and move claims into it from the claims list. The spec owns its data: a
// report of its own with two claims by two sources, filed under a topic of its own.
import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { editorAuthorization } from "./fixtures/invented-claim";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";
import { searchSettled } from "./fixtures/combobox";

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const origins = (page: Page) =>
  page
    .getByRole("list", { name: "Summary" })
    .getByRole("listitem")
    .filter({ hasText: /independent origins? vs/ });

test("an editor creates, edits, merges and un-merges a source, grades it B2, and files claims under a new topic", async ({ page, request }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 8);
  await signInAs(page, e2eUsers.editor, "/sources/new");

  // Create the source, then change its kind and aliases.
  await page.getByLabel("Name").fill(`Alpha Office ${tag}`);
  await shoot(page, "source-new");
  await page.getByRole("button", { name: "Create the source" }).click();
  await expect(page.getByRole("heading", { name: `Alpha Office ${tag}`, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Edit this source" }).click();
  await page.getByLabel("Kind").selectOption({ label: "government" });
  await page.getByLabel("Also called").fill(`AO ${tag}\nThe Alpha ${tag}`);
  await shoot(page, "source-edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByText(`AO ${tag} · The Alpha ${tag}`)).toBeVisible();
  await expect(page.locator(".facts")).toContainText("government");
  const survivorSlug = new URL(page.url()).pathname.split("/")[2]!;
  const survivor = (await (await request.get(`/api/v1/sources?size=200`, { headers: editorAuthorization })).json()).sources.find(
    (source: { slug: string }) => source.slug === survivorSlug,
  );

  // A report of the spec's own: one claim by the new source, one by a duplicate spelling of it.
  const topic = await (
    await request.post("/api/v1/topics", { headers: editorAuthorization, data: { title: `Workers who left ${tag}`, unit: "workers" } })
  ).json();
  const text = `INVENTED TEST REPORT ${tag}. The Alpha Office said 3,000 workers left the city. Alpha said later 4,000 workers had left.`;
  const first = text.indexOf("3,000 workers");
  const second = text.indexOf("4,000 workers");
  const made = await request.post("/api/v1/reports", {
    headers: editorAuthorization,
    data: {
      report: { title: `Workers leave (invented ${tag})`, text, publishedAt: "2026-11-01" },
      topic: { topicId: topic.id },
      newSources: [{ key: "duplicate", name: `Alpha Office (${tag})`, kind: "government" }],
      claims: [
        {
          kind: "quantity",
          statement: `3,000 workers left (${tag})`,
          anchor: { start: first, end: first + 13, exact: "3,000 workers" },
          value: 3000,
          qualifier: "exact",
          unit: "workers",
          chain: [{ source: { sourceId: survivor.id }, role: "originator", verb: "said" }],
        },
        {
          kind: "quantity",
          statement: `4,000 workers left (${tag})`,
          anchor: { start: second, end: second + 13, exact: "4,000 workers" },
          value: 4000,
          qualifier: "exact",
          unit: "workers",
          chain: [{ source: { newSourceKey: "duplicate" }, role: "originator", verb: "said" }],
        },
      ],
    },
  });
  expect(made.status()).toBe(201);
  const { claimIds } = (await made.json()) as { claimIds: string[] };

  await page.goto(`/topics/${topic.slug}`);
  await expect(origins(page)).toContainText("2 vs 1");

  // Merge the duplicate into the source: both claims are the survivor's, one origin fewer.
  await page.goto(`/sources/${survivorSlug}`);
  // The duplicate is searched for by name (the page ships no list of sources), by keyboard.
  const duplicate = page.getByRole("combobox", { name: "Duplicate" });
  await duplicate.fill("Alpha Office");
  await expect(page.getByRole("option", { name: `Alpha Office (${tag})` })).toBeVisible();
  // The source on screen is never offered as its own duplicate.
  await expect(page.getByRole("option", { name: `Alpha Office ${tag}`, exact: true })).toHaveCount(0);
  await duplicate.fill(`Alpha Office (${tag}`);
  await expect(page.getByRole("option")).toHaveCount(1);
  await searchSettled(duplicate);
  await duplicate.press("ArrowDown");
  await duplicate.press("Enter");
  await expect(duplicate).toHaveValue(`Alpha Office (${tag})`);
  await shoot(page, "source-page");
  await page.getByRole("button", { name: `Merge into Alpha Office ${tag}` }).click();
  await expect(page.getByRole("status")).toContainText("Merged");
  const originated = page.getByRole("table", { name: /Claims it originated/ });
  await expect(originated).toContainText(`3,000 workers left (${tag})`);
  await expect(originated).toContainText(`4,000 workers left (${tag})`);
  await expect(page.locator(".facts")).toContainText(`Alpha Office (${tag})`);
  await page.goto(`/topics/${topic.slug}`);
  await expect(origins(page)).toContainText("1 vs 1");

  // Undo it from the history: the duplicate is back with its claim.
  await page.goto(`/sources/${survivorSlug}`);
  await page.getByRole("button", { name: `Undo the merge of Alpha Office (${tag})` }).click();
  await expect(page.getByRole("status")).toContainText("Merge undone");
  await expect(page.getByRole("table", { name: /Claims it originated/ })).not.toContainText(`4,000 workers left (${tag})`);
  await page.goto(`/topics/${topic.slug}`);
  await expect(origins(page)).toContainText("2 vs 1");

  // Grade the source B and its claim 2: the topic's figure reads B2.
  await page.goto(`/sources/${survivorSlug}/edit`);
  await page.getByLabel("Reliability").selectOption({ label: "B: usually reliable" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByText(/Reliability graded B \(usually reliable\)/)).toBeVisible();
  await page.goto(`/claims/${claimIds[0]}/edit`);
  await page.getByLabel("Credibility").selectOption({ label: "2: probably true" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: `3,000 workers left (${tag})`, level: 1 })).toBeVisible();
  await page.goto(`/topics/${topic.slug}`);
  await expect(
    page
      .getByRole("table", { name: /figure/i })
      .getByRole("row")
      .filter({ hasText: "3,000" }),
  ).toContainText("B2");
  // 3,000 and 4,000 conflict: the answer names their grades, the graded one and the ungraded one.
  await expect(page.getByLabel("The answer in one sentence")).toContainText(/^1 conflict .*graded (B2 vs ungraded|ungraded vs B2)/);
  await shoot(page, "topic-graded");

  // A new topic from the topics list's link, and both claims moved into it from the claims list.
  await page.goto("/");
  await page.getByRole("link", { name: "New topic" }).click();
  await expect(page).toHaveURL(/\/topics\/new$/);
  await page.getByLabel("Title").fill(`Departures ${tag}`);
  await page.getByLabel("Unit").fill("workers");
  await shoot(page, "topic-new");
  await page.getByRole("button", { name: "Create the topic" }).click();
  await expect(page.getByRole("heading", { name: `Departures ${tag}`, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Edit this topic" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(`Departures ${tag}`);
  await shoot(page, "topic-edit");
  await page.goto(`/claims?q=${tag}`);
  await page.getByRole("checkbox", { name: `Select “3,000 workers left (${tag})”` }).check();
  await page.getByRole("checkbox", { name: `Select “4,000 workers left (${tag})”` }).check();
  await page.getByRole("combobox", { name: "Move selected claims to topic" }).fill(`Departures ${tag}`);
  await page.getByRole("option", { name: `Departures ${tag}` }).click();
  await page.getByRole("button", { name: "Move selected…" }).click();
  await expect(page.getByText(`Move 2 claims into Departures ${tag}?`)).toBeVisible();
  await shoot(page, "claims-move");
  await page.getByRole("button", { name: "Move 2 claims" }).click();
  await expect(page.getByRole("status")).toContainText("Moved 2 claims");
  await page.goto(`/claims?q=${tag}`);
  await expect(page.getByRole("table", { name: /claims/i })).toContainText(`Departures ${tag}`);
  await page.goto("/sources/duplicates");
  await shoot(page, "source-duplicates");
});
