import { expect, test } from "vitest";
import { createAppLimits } from "../../auth/limits";
import { createRateLimiter } from "../../auth/rate-limit";
import { hashSecretToken } from "./secret-tokens";
import { sessionLifetimeMs } from "../../domain/session-lifetime";
import { refusedMessage, signIn } from "../../auth/sign-in";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { system } from "../actor";
import { endAllSessionsOf, endSession, resolveSession, startSession } from "./sessions";
import { type Account, ensureUserWithPassword } from "./users";

const day = 24 * 60 * 60 * 1000;
const password = "session test passphrase";
// One scrypt for the whole file: hashing is slow on purpose.
let editorAccount: Promise<Account> | undefined;
const editor = () => (editorAccount ??= ensureUserWithPassword(db(), { email: "sam@desk.example", role: "editor", password }));

test("a session is stored only as the token's SHA-256 and resolves to its account", async () => {
  const account = await editor();
  const { token, expiresAt } = await startSession(account);
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
  const rows = await db().read.session.findMany({ where: { userId: account.id } });
  expect(rows.map((row) => row.id)).toEqual([hashSecretToken(token)]);
  expect(JSON.stringify(rows)).not.toContain(token);
  expect(Math.abs(expiresAt.getTime() - Date.now() - 30 * day)).toBeLessThan(60_000);
  expect(await resolveSession(token)).toMatchObject({ account: { id: account.id, email: "sam@desk.example", role: "editor" } });
  expect(await resolveSession("a-token-nobody-was-given")).toBeNull();
});

test("an expired session opens nothing and its row is removed", async () => {
  const account = await editor();
  const started = new Date("2026-01-01T00:00:00Z");
  const { token } = await startSession(account, db(), started);
  expect(await resolveSession(token, db(), new Date(started.getTime() + 30 * day + 1000))).toBeNull();
  expect(await db().read.session.count({ where: { id: hashSecretToken(token) } })).toBe(0);

  const { token: unused } = await startSession(account, db(), started);
  expect(await resolveSession(unused, db(), new Date(started.getTime() + 30 * day - 1000))).not.toBeNull();
});

test("a session used in the second half of its life slides to a full lifetime again", async () => {
  const account = await editor();
  const started = new Date();
  const { token, expiresAt } = await startSession(account, db(), started);
  const early = await resolveSession(token, db(), new Date(started.getTime() + 5 * day));
  expect(early?.expiresAt.getTime()).toBe(expiresAt.getTime());
  const later = new Date(started.getTime() + 20 * day);
  const slid = await resolveSession(token, db(), later);
  expect(slid?.expiresAt.getTime()).toBe(later.getTime() + sessionLifetimeMs);
  const row = await db().read.session.findUniqueOrThrow({ where: { id: hashSecretToken(token) } });
  expect(row.expiresAt.getTime()).toBe(later.getTime() + sessionLifetimeMs);
});

test("signing out deletes the session, and signing out everywhere deletes all of a user's", async () => {
  const account = await editor();
  const first = await startSession(account);
  const second = await startSession(account);
  await endSession(first.token);
  expect(await resolveSession(first.token)).toBeNull();
  expect(await resolveSession(second.token)).not.toBeNull();

  const other = await ensureUserWithPassword(db(), { email: "olga@desk.example", role: "viewer", password });
  const refusal = await endAllSessionsOf({ kind: "user", userId: other.id, role: "viewer", via: "session" }, account.id).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(AppError);
  expect(await resolveSession(second.token)).not.toBeNull();

  expect(await endAllSessionsOf(system, account.id)).toBeGreaterThanOrEqual(1);
  expect(await resolveSession(second.token)).toBeNull();
});

test("every sign-in starts a new session (rotation); a wrong password starts none", async () => {
  const account = await editor();
  const limits = createAppLimits();
  const before = await db().read.session.count({ where: { userId: account.id } });
  const first = await signIn({ email: account.email, password }, "10.0.0.1", { limits });
  const second = await signIn({ email: account.email, password }, "10.0.0.1", { limits });
  expect(first.kind).toBe("signed_in");
  expect(second.kind).toBe("signed_in");
  if (first.kind !== "signed_in" || second.kind !== "signed_in") return;
  expect(first.token).not.toBe(second.token);
  expect(await signIn({ email: account.email, password: "wrong" }, "10.0.0.1", { limits })).toEqual({ kind: "refused", message: refusedMessage });
  expect(await signIn({ email: "nobody@desk.example", password }, "10.0.0.1", { limits })).toEqual({ kind: "refused", message: refusedMessage });
  expect(await db().read.session.count({ where: { userId: account.id } })).toBe(before + 2);
});

test("five failed sign-ins for one email lock it for the minute, even with the right password", async () => {
  const account = await editor();
  const limits = createAppLimits();
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await signIn({ email: account.email, password: `guess ${attempt}` }, `10.0.1.${attempt}`, { limits })).kind).toBe("refused");
  }
  const locked = await signIn({ email: account.email, password }, "10.0.1.99", { limits });
  expect(locked).toMatchObject({ kind: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts\. Try again in \d+ s\.$/) });
  if (locked.kind === "rate_limited") expect(locked.retryAfterSeconds).toBeGreaterThan(50);
  // Another account from the same addresses is not locked.
  const other = await ensureUserWithPassword(db(), { email: "other@desk.example", role: "viewer", password });
  expect((await signIn({ email: other.email, password }, "10.0.1.0", { limits })).kind).toBe("signed_in");
});

test("failed sign-ins from one address across many emails trip the address limit; successes do not count", async () => {
  const account = await editor();
  const limits = { ...createAppLimits(), signInPerAddress: createRateLimiter({ limit: 3, windowMs: 60_000 }) };
  for (let attempt = 0; attempt < 3; attempt++) {
    expect((await signIn({ email: account.email, password }, "10.0.2.1", { limits })).kind).toBe("signed_in");
  }
  for (const email of ["a@desk.example", "b@desk.example", "c@desk.example"]) {
    expect((await signIn({ email, password }, "10.0.2.1", { limits })).kind).toBe("refused");
  }
  expect((await signIn({ email: account.email, password }, "10.0.2.1", { limits })).kind).toBe("rate_limited");
  expect((await signIn({ email: account.email, password }, "10.0.2.2", { limits })).kind).toBe("signed_in");
});
