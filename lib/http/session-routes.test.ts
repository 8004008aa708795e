// The API form of signing in and out, over real Request and
// Response objects and a real database.
import { expect, test } from "vitest";
import { createAppLimits } from "@/lib/auth/limits";
import { makeSignInRoute, signOutRoute } from "@/lib/http/session-routes";
import { resolveSession } from "@/lib/data/accounts/sessions";
import { ensureUserWithPassword } from "@/lib/data/accounts/users";
import { db } from "@/lib/db/client";

const password = "api sign-in passphrase";
const host = "tracker.example";

function post(body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://${host}/api/v1/session`, {
    method: "POST",
    headers: { host, "content-type": "application/json", "x-forwarded-for": "10.2.0.1", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const tokenFrom = (response: Response) => /ct_session=([^;]*)/.exec(response.headers.get("set-cookie") ?? "")?.[1];

test("signing in answers the account and sets an HttpOnly, SameSite=Lax session cookie; signing out ends it", async () => {
  await ensureUserWithPassword(db(), { email: "api@desk.example", role: "editor", password });
  const signInRoute = makeSignInRoute(createAppLimits());
  const response = await signInRoute(post({ email: "API@desk.example", password }), undefined);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ account: { email: "api@desk.example", role: "editor" } });
  const cookie = response.headers.get("set-cookie")!;
  expect(cookie).toMatch(/^ct_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
  const token = tokenFrom(response)!;
  expect(await resolveSession(token)).not.toBeNull();

  const overHttps = await signInRoute(post({ email: "api@desk.example", password }, { "x-forwarded-proto": "https" }), undefined);
  expect(overHttps.headers.get("set-cookie")).toMatch(/; Secure$/);

  const signOut = await signOutRoute(
    new Request(`http://${host}/api/v1/session`, { method: "DELETE", headers: { host, cookie: `ct_session=${token}` } }),
    undefined,
  );
  expect(signOut.status).toBe(204);
  expect(signOut.headers.get("set-cookie")).toMatch(/^ct_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
  expect(await resolveSession(token)).toBeNull();
});

test("a wrong password is 401 without saying which field was wrong; the sixth in a row from one address is 429", async () => {
  await ensureUserWithPassword(db(), { email: "locked@desk.example", role: "viewer", password });
  const signInRoute = makeSignInRoute(createAppLimits());
  const refused = await signInRoute(post({ email: "locked@desk.example", password: "nope" }), undefined);
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual({ error: { code: "unauthenticated", message: "That email and password do not match an account." } });
  expect(refused.headers.get("set-cookie")).toBeNull();

  for (let attempt = 0; attempt < 4; attempt++) await signInRoute(post({ email: "locked@desk.example", password: `nope ${attempt}` }), undefined);
  const limited = await signInRoute(post({ email: "locked@desk.example", password }), undefined);
  expect(limited.status).toBe(429);
  const retryAfter = Number(limited.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(await limited.json()).toEqual({
    error: { code: "rate_limited", message: `Too many sign-in attempts. Try again in ${retryAfter} s.`, retryAfterSeconds: retryAfter },
  });
});

test("bad bodies are 400 naming the field, and a cross-origin post is refused", async () => {
  const signInRoute = makeSignInRoute(createAppLimits());
  const invalid = await signInRoute(post({ email: "not-an-email", password: "", extra: 1 }), undefined);
  expect(invalid.status).toBe(400);
  const { error } = (await invalid.json()) as { error: { issues: Array<{ path: string }> } };
  expect(error.issues.map((issue) => issue.path).sort()).toEqual(["(body)", "email", "password"]);

  expect((await signInRoute(post("{not json"), undefined)).status).toBe(400);
  const crossOrigin = await signInRoute(post({ email: "api@desk.example", password }, { origin: "https://evil.example" }), undefined);
  expect(crossOrigin.status).toBe(403);
  expect(crossOrigin.headers.get("set-cookie")).toBeNull();
});
