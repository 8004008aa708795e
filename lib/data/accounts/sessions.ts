import "server-only";
// Server-side sessions in the Lucia style: the browser holds a random token, the database
// holds its SHA-256 as the session's id, an expiry that slides while the session is used,
// and nothing else. Deleting the row signs the browser out, wherever it is.
// These functions run before anyone is known, so they take no Actor: holding the token (or
// having just proved the password) is the authority. docs/decisions/0006.
import { type Connection, db } from "../../db/client";
import { sessionLifetimeMs } from "../../domain/session-lifetime";
import { generateSessionToken, hashSecretToken } from "./secret-tokens";
import type { Actor } from "../actor";
import { type Account, assertCanManageAccount } from "./users";

const day = 24 * 60 * 60 * 1000;
/** A session used in its second half is extended to a full lifetime again: at most one write a fortnight. */
const renewWhenRemainingMs = 15 * day;

export type ActiveSession = { account: Account; expiresAt: Date };

/** A new session for someone who has just proved who they are. The token is returned once, for the cookie. */
export async function startSession(account: Account, connection: Connection = db(), now = new Date()) {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await connection.writeTransaction(async (tx) => {
    // Housekeeping while we are writing anyway: this user's sessions that ran out.
    await tx.session.deleteMany({ where: { userId: account.id, expiresAt: { lte: now } } });
    await tx.session.create({ data: { id: hashSecretToken(token), userId: account.id, expiresAt } });
  });
  return { token, expiresAt };
}

/** The session this token opens, extended if it is past half its life; null if unknown or expired. */
export async function resolveSession(token: string, connection: Connection = db(), now = new Date()): Promise<ActiveSession | null> {
  const id = hashSecretToken(token);
  const session = await connection.read.session.findUnique({
    where: { id },
    select: { expiresAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!session) return null;
  if (session.expiresAt.getTime() <= now.getTime()) {
    await connection.writeTransaction((tx) => tx.session.deleteMany({ where: { id } }));
    return null;
  }
  let expiresAt = session.expiresAt;
  if (expiresAt.getTime() - now.getTime() < renewWhenRemainingMs) {
    expiresAt = new Date(now.getTime() + sessionLifetimeMs);
    // updateMany: a session ended a moment ago stays ended instead of failing here.
    await connection.writeTransaction((tx) => tx.session.updateMany({ where: { id }, data: { expiresAt } }));
  }
  return { account: session.user, expiresAt };
}

/** Signs this browser out: the session's row is deleted, so the token opens nothing any more. */
export async function endSession(token: string, connection: Connection = db()) {
  await connection.writeTransaction((tx) => tx.session.deleteMany({ where: { id: hashSecretToken(token) } }));
}

/** Signs a user out everywhere (after a password change, or when an account is compromised). */
export async function endAllSessionsOf(actor: Actor, userId: string, connection: Connection = db()) {
  assertCanManageAccount(actor, userId);
  const { count } = await connection.writeTransaction((tx) => tx.session.deleteMany({ where: { userId } }));
  return count;
}
