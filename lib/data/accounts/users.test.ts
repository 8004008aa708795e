import { expect, test } from "vitest";
import { hashPassword, passwordHashParameters, verifyPassword } from "./passwords";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { anonymous, system, type Actor } from "../actor";
import { createUser, demoAdminEmail, ensureDemoAdmin, ensureUserWithPassword, getOwnAccount, verifyCredentials } from "./users";

const viewerActor = (userId: string): Actor => ({ kind: "user", userId, role: "viewer", via: "session" });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

test("a password hash is scrypt with its parameters and a random salt, and verifies only its own password", async () => {
  const first = await hashPassword("correct horse battery staple");
  const second = await hashPassword("correct horse battery staple");
  expect(first).toMatch(new RegExp(`^scrypt\\$${passwordHashParameters.N}\\$8\\$1\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$`));
  expect(first).not.toBe(second);
  expect(await verifyPassword("correct horse battery staple", first)).toBe(true);
  expect(await verifyPassword("correct horse battery stapler", first)).toBe(false);
  expect(await verifyPassword("correct horse battery staple", "not-a-hash")).toBe(false);
});

test("a hash made with other parameters still verifies, since they travel with it", async () => {
  const older = await hashPassword("an older passphrase", { N: 2 ** 14, r: 8, p: 1 });
  expect(older.startsWith("scrypt$16384$8$1$")).toBe(true);
  expect(await verifyPassword("an older passphrase", older)).toBe(true);
});

test("an administrator creates users; email is trimmed and lower-cased; the password is stored only as a hash", async () => {
  const account = await createUser(system, { email: "  Ana.Editor@Desk.Example ", role: "editor", password: "a long enough passphrase" });
  expect(account).toMatchObject({ email: "ana.editor@desk.example", role: "editor" });
  const row = await db().read.user.findUniqueOrThrow({ where: { id: account.id } });
  expect(row.passwordHash).not.toContain("a long enough passphrase");
  expect(await verifyCredentials("ANA.EDITOR@desk.example", "a long enough passphrase")).toEqual(account);
  expect(await verifyCredentials("ana.editor@desk.example", "a long enough passphrasE")).toBeNull();
  expect(await verifyCredentials("nobody@desk.example", "a long enough passphrase")).toBeNull();
  expect(await verifyCredentials("not an email", "a long enough passphrase")).toBeNull();
});

test("only administrators create users", async () => {
  const viewer = await createUser(system, { email: "vera@desk.example", role: "viewer", password: "viewer passphrase 1" });
  const fields = { email: "new@desk.example", role: "editor", password: "another passphrase" };
  expect((await rejection(createUser(anonymous, fields))).code).toBe("unauthenticated");
  expect((await rejection(createUser(viewerActor(viewer.id), fields))).code).toBe("forbidden");
  expect(await db().read.user.count({ where: { email: "new@desk.example" } })).toBe(0);
});

test("bad fields are refused by name, and a second account for one email is a duplicate", async () => {
  const invalid = await rejection(createUser(system, { email: "nope", role: "owner", password: "short" }));
  expect(invalid.code).toBe("validation_failed");
  expect(invalid.issues?.map((issue) => issue.path).sort()).toEqual(["email", "password", "role"]);

  await createUser(system, { email: "dup@desk.example", role: "viewer", password: "first passphrase" });
  const duplicate = await rejection(createUser(system, { email: "DUP@desk.example", role: "admin", password: "second passphrase" }));
  expect(duplicate).toMatchObject({ code: "duplicate", status: 409 });
  expect((await db().read.user.findUniqueOrThrow({ where: { email: "dup@desk.example" } })).role).toBe("viewer");
});

test("the demo administrator is made once, only in a database without accounts, with a password that works", async () => {
  // This file's database already has accounts from the tests above: no second way in.
  expect(await ensureDemoAdmin(db())).toBeNull();
  expect(await db().read.user.count({ where: { email: demoAdminEmail } })).toBe(0);

  await db().writeTransaction((tx) => tx.user.deleteMany());
  const password = await ensureDemoAdmin(db());
  expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  expect(await verifyCredentials(demoAdminEmail, password!)).toMatchObject({ email: demoAdminEmail, role: "admin" });
  expect(await ensureDemoAdmin(db())).toBeNull();
});

test("the test helper creates a user with a known password, or resets it", async () => {
  const first = await ensureUserWithPassword(db(), { email: "e2e-editor@desk.example", role: "editor", password: "known passphrase 1" });
  const again = await ensureUserWithPassword(db(), { email: "e2e-editor@desk.example", role: "viewer", password: "known passphrase 2" });
  expect(again.id).toBe(first.id);
  expect(await verifyCredentials("e2e-editor@desk.example", "known passphrase 1")).toBeNull();
  expect(await verifyCredentials("e2e-editor@desk.example", "known passphrase 2")).toMatchObject({ role: "viewer" });
  expect(await getOwnAccount({ kind: "user", userId: first.id, role: "viewer", via: "session" })).toMatchObject({ email: "e2e-editor@desk.example" });
  expect(await getOwnAccount(anonymous)).toBeNull();
});

test("blank and very common passwords are refused when an account is created or its password set again", async () => {
  for (const password of ["            ", "password1234", "123456789012"]) {
    const refused = await rejection(createUser(system, { email: "weak@desk.example", role: "viewer", password }));
    expect(refused.issues).toEqual([{ path: "password", message: expect.stringMatching(/^(A password cannot be blank|This password is too easy to guess)/) }]);
    expect((await rejection(ensureUserWithPassword(db(), { email: "weak@desk.example", role: "viewer", password }))).code).toBe("validation_failed");
  }
  expect(await db().read.user.count({ where: { email: "weak@desk.example" } })).toBe(0);
});
