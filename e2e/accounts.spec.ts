import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

// Scoped to the page's main region: Next's route announcer is an (empty) alert too.
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");
const accountMenu = (page: Page) => page.getByRole("banner").getByRole("group", { name: "Account" });

/** Collects the browser's Content Security Policy complaints, which must stay empty. */
function watchPolicyViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("an editor signs in with the keyboard, sees their email and role, and signs out @phone", async ({ page, context }) => {
  const violations = watchPolicyViolations(page);
  const { editor } = e2eUsers;
  await page.goto("/");
  await accountMenu(page).getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();

  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByLabel("Password").press("Enter");

  await expect(page).toHaveURL(/\/$/);
  await expect(accountMenu(page)).toContainText(editor.email);
  await expect(accountMenu(page)).toContainText("editor");
  const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === "ct_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 60 * 60 * 1000);

  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await context.cookies()).some((candidate) => candidate.name === "ct_session")).toBe(false);
  expect(violations).toEqual([]);
});

test("a session ended by signing out stays ended, even if the browser kept its cookie", async ({ page, context }) => {
  await signInAs(page, e2eUsers.editor);
  const [kept] = (await context.cookies()).filter((candidate) => candidate.name === "ct_session");
  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You have signed out.");

  await context.addCookies([kept!]);
  await page.goto("/");
  await expect(accountMenu(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("after signing in, the analyst returns to the page they came from", async ({ page }) => {
  await signInAs(page, e2eUsers.viewer, "/reports");
  await expect(page).toHaveURL(/\/reports$/);
  await expect(accountMenu(page)).toContainText(e2eUsers.viewer.email);
});

test("a wrong password is refused without saying which field was wrong, and the email is kept", async ({ page, context }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(e2eUsers.editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(e2eUsers.editor.email);
  expect((await context.cookies()).some((candidate) => candidate.name === "ct_session")).toBe(false);
});

test("an empty form names the fields to fill in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address/);
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");
});

test("after five wrong passwords in a row this browser must wait, even with the right one", async ({ page }) => {
  const { locked } = e2eUsers;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(locked.email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The message is the same each time; the password field emptied says this attempt was answered.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(formAlert(page)).toHaveText("That email and password do not match an account.");
  }
  await page.getByLabel("Password").fill(locked.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText(/^Too many sign-in attempts\. Try again in \d+ s\.$/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a return path that leaves the site is not followed after signing in (/%09/evil.example)", async ({ page, baseURL }) => {
  const { viewer } = e2eUsers;
  // %09 is a tab, which browsers drop from URLs: "/\t/evil.example" is "//evil.example".
  for (const next of ["/%09/evil.example", "/%5C/evil.example", "//evil.example/"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("Email").fill(viewer.email);
    await page.getByLabel("Password").fill(viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Signing in is a slow hash on purpose: wait for the navigation, wherever it goes.
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page).toHaveURL(`${baseURL}/`);
  }
});

test("every page carries the security headers, and the app's scripts run under its policy", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Next's client runtime boots only if the policy let its scripts run.
  await expect.poll(() => page.evaluate(() => Boolean((window as { next?: { version?: string } }).next?.version))).toBe(true);
  const second = await page.goto("/");
  expect(second!.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);
  expect(violations).toEqual([]);
});
