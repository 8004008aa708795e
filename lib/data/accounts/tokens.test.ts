import { expect, test } from "vitest";
import { actorFromRequest } from "../../auth/current-actor";
import { createAppLimits } from "../../auth/limits";
import { storedLimit } from "../../auth/shared-limit";
import { hashSecretToken } from "./secret-tokens";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { anonymous, canWrite, system } from "../actor";
import { startSession } from "./sessions";
import { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from "./tokens";
import { type Account, ensureUserWithPassword } from "./users";

const password = "token test passphrase";
let accounts: Promise<{ editor: Account; viewer: Account }> | undefined;
const users = () =>
  (accounts ??= (async () => ({
    editor: await ensureUserWithPassword(db(), { email: "tess@desk.example", role: "editor", password }),
    viewer: await ensureUserWithPassword(db(), { email: "vic@desk.example", role: "viewer", password }),
  }))());

const bearer = (token: string, address = "10.1.0.1") =>
  new Request("http://localhost/api/v1/claims", { headers: { authorization: `Bearer ${token}`, "x-forwarded-for": address } });

async function appErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

test("a token is returned once, stored as its hash, and acts with its user's role", async () => {
  const { editor } = await users();
  const { token, summary } = await createApiToken(system, { email: "TESS@desk.example", name: "nightly import" });
  expect(token).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
  const row = await db().read.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
  expect(row.tokenHash).toBe(hashSecretToken(token));
  expect(JSON.stringify(row)).not.toContain(token.slice(3));

  expect(await resolveApiToken(token)).toEqual({ tokenId: summary.id, account: editor });
  const actor = await actorFromRequest(bearer(token), createAppLimits());
  expect(actor).toEqual({ kind: "user", userId: editor.id, role: "editor", via: "token" });
  expect(canWrite(actor)).toBe(true);
});

test("a viewer's token reads but cannot write, and follows the user's role when it changes", async () => {
  const { viewer } = await users();
  const { token } = await createApiToken(system, { email: viewer.email, name: "dashboard" });
  const actor = await actorFromRequest(bearer(token), createAppLimits());
  expect(actor).toMatchObject({ role: "viewer", via: "token" });
  expect(canWrite(actor)).toBe(false);

  await db().writeTransaction((tx) => tx.user.update({ where: { id: viewer.id }, data: { role: "editor" } }));
  expect(await actorFromRequest(bearer(token), createAppLimits())).toMatchObject({ role: "editor" });
  await db().writeTransaction((tx) => tx.user.update({ where: { id: viewer.id }, data: { role: "viewer" } }));
});

test("a revoked token opens nothing; its name can then be reused, but never two live tokens of one name", async () => {
  const { editor } = await users();
  const { token } = await createApiToken(system, { email: editor.email, name: "laptop" });
  const duplicate = await appErrorOf(createApiToken(system, { email: editor.email, name: "laptop" }));
  expect(duplicate).toMatchObject({ code: "duplicate", status: 409 });

  await revokeApiToken(system, { email: editor.email, name: "laptop" });
  expect(await resolveApiToken(token)).toBeNull();
  expect(await appErrorOf(actorFromRequest(bearer(token), createAppLimits()))).toMatchObject({ code: "unauthenticated", status: 401 });
  expect((await appErrorOf(revokeApiToken(system, { email: editor.email, name: "laptop" }))).code).toBe("not_found");

  const { token: replacement } = await createApiToken(system, { email: editor.email, name: "laptop" });
  expect(await resolveApiToken(replacement)).not.toBeNull();
  const laptops = (await listApiTokens(system, editor.email)).filter((summary) => summary.name === "laptop");
  expect(laptops.map((summary) => summary.revokedAt === null)).toEqual([false, true]);
});

test("users manage their own tokens; only administrators manage anyone else's", async () => {
  const { editor, viewer } = await users();
  const asViewer = { kind: "user", userId: viewer.id, role: "viewer", via: "session" } as const;
  const own = await createApiToken(asViewer, { email: viewer.email, name: "own" });
  expect(own.account.id).toBe(viewer.id);
  expect((await appErrorOf(createApiToken(asViewer, { email: editor.email, name: "theirs" }))).code).toBe("forbidden");
  expect((await appErrorOf(createApiToken(anonymous, { email: viewer.email, name: "anon" }))).code).toBe("unauthenticated");
  expect((await appErrorOf(createApiToken(system, { email: "ghost@desk.example", name: "x" }))).code).toBe("not_found");
  expect((await appErrorOf(createApiToken(system, { email: viewer.email, name: "   " }))).issues?.[0]?.message).toMatch(/Name the token/);
});

test("a request carries a session cookie or nothing; a malformed Authorization header is refused", async () => {
  const { editor } = await users();
  const { token } = await startSession(editor);
  const withCookie = new Request("http://localhost/api/v1/claims", { headers: { cookie: `theme=dark; ct_session=${token}` } });
  expect(await actorFromRequest(withCookie, createAppLimits())).toEqual({ kind: "user", userId: editor.id, role: "editor", via: "session" });
  expect(await actorFromRequest(new Request("http://localhost/api/v1/claims"), createAppLimits())).toEqual(anonymous);
  const stale = new Request("http://localhost/", { headers: { cookie: "ct_session=expired-or-made-up" } });
  expect(await actorFromRequest(stale, createAppLimits())).toEqual(anonymous);
  const basic = new Request("http://localhost/", { headers: { authorization: "Basic dGVzczpwdw==" } });
  expect((await appErrorOf(actorFromRequest(basic, createAppLimits()))).message).toMatch(/Bearer/);
});

test("guessing tokens from one address is cut off with 429, and one token's requests are limited", async () => {
  const limits = createAppLimits();
  for (let attempt = 0; attempt < 20; attempt++) {
    expect((await appErrorOf(actorFromRequest(bearer(`ct_guess${attempt}`, "10.9.9.9"), limits))).code).toBe("unauthenticated");
  }
  const limited = await appErrorOf(actorFromRequest(bearer("ct_guess21", "10.9.9.9"), limits));
  expect(limited).toMatchObject({ code: "rate_limited", status: 429, details: { retryAfterSeconds: expect.any(Number) } });

  const { editor } = await users();
  const { token } = await createApiToken(system, { email: editor.email, name: "busy" });
  const tight = { ...createAppLimits(), requestsPerToken: storedLimit({ name: "test-tight-token", limit: 2, windowSeconds: 60 }) };
  await actorFromRequest(bearer(token), tight);
  await actorFromRequest(bearer(token), tight);
  expect((await appErrorOf(actorFromRequest(bearer(token), tight))).status).toBe(429);
});

test("app processes on one database share the limits: a guesser cut off by one is cut off by the other", async () => {
  // Two sets of limits, as two app processes would each build, counting in the database.
  const [first, second] = [createAppLimits("shared"), createAppLimits("shared")];
  for (let attempt = 0; attempt < 20; attempt++) {
    const limits = attempt % 2 ? first : second;
    expect((await appErrorOf(actorFromRequest(bearer(`ct_shared${attempt}`, "10.8.8.8"), limits))).code).toBe("unauthenticated");
  }
  expect((await appErrorOf(actorFromRequest(bearer("ct_shared21", "10.8.8.8"), first))).code).toBe("rate_limited");
  expect((await appErrorOf(actorFromRequest(bearer("ct_shared22", "10.8.8.8"), second))).code).toBe("rate_limited");
  // Counted in memory, each process would have allowed 20 of its own.
  const [one, other] = [createAppLimits("memory"), createAppLimits("memory")];
  for (let attempt = 0; attempt < 20; attempt++) await appErrorOf(actorFromRequest(bearer(`ct_apart${attempt}`, "10.7.7.7"), attempt % 2 ? one : other));
  expect((await appErrorOf(actorFromRequest(bearer("ct_apart21", "10.7.7.7"), one))).code).toBe("unauthenticated");
});
