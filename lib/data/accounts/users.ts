// Accounts: creating users, checking passwords, the demo administrator.
// No "server-only" here: the scripts (user:create, the e2e server, database setup) import this
// module outside a React Server build. It holds nothing a browser bundle could use anyway.
import { type Connection, db } from "../../db/client";
import { EmailSchema, NewUserSchema, parseOrThrow } from "../../schemas/account";
import { generatePassword, hashPassword, verifyAgainstNothing, verifyPassword } from "./passwords";
import { AppError } from "../../errors";
import { type Actor, assertCanAdminister, type Role } from "../actor";

export type Account = { id: string; email: string; role: Role };

const accountFields = { id: true, email: true, role: true } as const;

export const demoAdminEmail = "admin@example.org";

/** Unchecked fields, as a form, the API or a script gives them: NewUserSchema parses them. */
export type NewUserFields = { email: string; role: string; password: string };

/** An administrator (or the system, for scripts) creates an account. */
export async function createUser(actor: Actor, input: NewUserFields, connection: Connection = db()): Promise<Account> {
  assertCanAdminister(actor);
  const { email, role, password } = parseOrThrow(NewUserSchema, input);
  const passwordHash = await hashPassword(password);
  try {
    return await connection.writeTransaction((tx) => tx.user.create({ data: { email, role, passwordHash }, select: accountFields }));
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") {
      throw new AppError("duplicate", `An account for ${email} already exists`, [{ path: "email", message: "This email already has an account" }]);
    }
    throw error;
  }
}

/**
 * The demo database's administrator: created, with a generated password, only when the
 * database has no accounts at all, so that a database with real users never gets a second
 * way in. Returns the password (to print once) when it created the account, null otherwise.
 */
export async function ensureDemoAdmin(connection: Connection): Promise<string | null> {
  // Most starts find accounts: answer without spending a scrypt.
  if ((await connection.read.user.count()) > 0) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return connection.writeTransaction(async (tx) => {
    if ((await tx.user.count()) > 0) return null;
    await tx.user.create({ data: { email: demoAdminEmail, role: "admin", passwordHash } });
    return password;
  });
}

/**
 * For tests and the end-to-end server: an account with a known password, created or reset
 * to the given role and password. Never called by the app itself.
 */
export async function ensureUserWithPassword(connection: Connection, input: NewUserFields): Promise<Account> {
  const { email, role, password } = parseOrThrow(NewUserSchema, input);
  const passwordHash = await hashPassword(password);
  return connection.writeTransaction((tx) =>
    tx.user.upsert({ where: { email }, create: { email, role, passwordHash }, update: { role, passwordHash }, select: accountFields }),
  );
}

/**
 * The account these credentials open, or null. An unknown email costs the same scrypt as a
 * wrong password, so timing does not reveal which emails have accounts.
 */
export async function verifyCredentials(email: string, password: string, connection: Connection = db()): Promise<Account | null> {
  const parsedEmail = EmailSchema.safeParse(email);
  const user = parsedEmail.success
    ? await connection.read.user.findUnique({ where: { email: parsedEmail.data }, select: { ...accountFields, passwordHash: true } })
    : null;
  if (!user) return verifyAgainstNothing(password).then(() => null);
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, role: user.role };
}

/** A user manages their own sessions and tokens; an administrator (or the system) anyone's. */
export function assertCanManageAccount(actor: Actor, userId: string) {
  if (actor.kind === "user" && actor.userId === userId) return;
  assertCanAdminister(actor);
}

/** The signed-in user's own account (for the account menu); null for anyone else. */
export async function getOwnAccount(actor: Actor, connection: Connection = db()): Promise<Account | null> {
  if (actor.kind !== "user") return null;
  return connection.read.user.findUnique({ where: { id: actor.userId }, select: accountFields });
}

/** The account with this email, for the scripts (an administrator's or the system's eyes only). */
export async function findAccountByEmail(actor: Actor, email: string, connection: Connection = db()): Promise<Account> {
  assertCanAdminister(actor);
  const normalized = parseOrThrow(EmailSchema, email);
  const user = await connection.read.user.findUnique({ where: { email: normalized }, select: accountFields });
  if (!user) throw new AppError("not_found", `No account for ${normalized}`);
  return user;
}
