// Adding reports: by address from a local test server, and the same text twice.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

// An invented article, served as a news site would serve it.
const article = `<!doctype html><html lang="en"><head>
<title>Flood relief convoy reaches the valley | Invented Daily</title>
<meta property="og:site_name" content="Invented Daily">
<meta property="article:published_time" content="2026-11-20T08:00:00Z">
</head><body><nav>Menu</nav><article>
<h1>Flood relief convoy reaches the valley</h1>
<p>INVENTED TEXT FOR TESTING — not a real news report.</p>
<p>About 2,000 people have been evacuated from the valley, according to the Invented Relief Agency, which said a second convoy was being prepared.</p>
<p>“We will not stop until every family is safe,” said Mara Quill, the agency's director.</p>
</article><footer>Sign up for our newsletter</footer></body></html>`;

let server: Server;
let articleUrl: string;

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(article);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  articleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/relief-convoy`;
});

test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

test("an editor adds a report by its address and saves the proposed claims", async ({ page }) => {
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Fetch it from its address").check();
  await page.getByLabel("Address (URL)").fill(articleUrl);
  await page.getByRole("button", { name: "Propose claims" }).click();

  await expect(page.getByLabel("Title")).toHaveValue(/Flood relief convoy reaches the valley/, { timeout: 20_000 });
  await expect(page.getByRole("combobox", { name: "Outlet" })).toHaveValue("Invented Daily");
  await expect(page.getByLabel("Published on", { exact: true })).toHaveValue("2026-11-20");
  const words = page.getByLabel("Report text under review");
  await expect(words).toContainText("About 2,000 people have been evacuated");
  await expect(words).not.toContainText("Sign up for our newsletter");
  await expect(words.locator("mark").first()).toBeVisible();

  await page.getByRole("button", { name: /Save the report and \d+ claims?/ }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Flood relief convoy reaches the valley");
  await expect(page.getByText("Invented Daily")).toBeVisible();
});

test("pasting a report that is already in the tracker says so and links it", async ({ page }) => {
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Report text").fill(readFileSync("fixtures/seed-article.txt", "utf8"));
  await page.getByRole("button", { name: "Propose claims" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "This text was already ingested" });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await alert.getByRole("link", { name: "Open the existing report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("North Korea sends troops to aid Russia");
});

test("empty text is refused with the reason, and a viewer cannot add reports", async ({ page }) => {
  await signInAs(page, e2eUsers.editor, "/reports/new");
  await page.getByLabel("Report text").fill("   ");
  await page.getByRole("button", { name: "Propose claims" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /empty/i })).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, e2eUsers.viewer, "/reports/new");
  await expect(page.getByText("Adding reports needs an editor's account.")).toBeVisible();
});
