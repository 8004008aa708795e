import "server-only";
// Bearer tokens for the REST API. A token is shown once when made; the database keeps its
// SHA-256. It acts with its user's role as it is at the time of each request, so demoting a
// user demotes their tokens too. Revoking keeps the row (revokedAt), for the record.
import { type Connection, db } from "../../db/client";
import { parseOrThrow, TokenNameSchema } from "../../schemas/account";
import { apiTokenPrefix, generateApiToken, hashSecretToken } from "./secret-tokens";
import { AppError } from "../../errors";
import type { Actor } from "../actor";
import { type Account, assertCanManageAccount, findAccountByEmail } from "./users";

export type ApiTokenSummary = { id: string; name: string; createdAt: Date; revokedAt: Date | null };
const summaryFields = { id: true, name: true, createdAt: true, revokedAt: true } as const;

/** Makes a token for the account with this email. The token is in the result, and nowhere else. */
export async function createApiToken(actor: Actor, input: { email: string; name: string }, connection: Connection = db()) {
  const name = parseOrThrow(TokenNameSchema, input.name);
  const account = await accountFor(actor, input.email, connection);
  const token = generateApiToken();
  const summary = await connection.writeTransaction(async (tx) => {
    // Inside the write, so two scripts racing cannot both make a live token of one name.
    if (await tx.apiToken.findFirst({ where: { userId: account.id, name, revokedAt: null } })) {
      throw new AppError("duplicate", `${account.email} already has a live token named "${name}": revoke it first`, [
        { path: "name", message: "A live token has this name" },
      ]);
    }
    return tx.apiToken.create({ data: { userId: account.id, name, tokenHash: hashSecretToken(token) }, select: summaryFields });
  });
  return { token, summary, account };
}

/** Revokes the live token of this name; it opens nothing from now on. */
export async function revokeApiToken(actor: Actor, input: { email: string; name: string }, connection: Connection = db()) {
  const name = parseOrThrow(TokenNameSchema, input.name);
  const account = await accountFor(actor, input.email, connection);
  const { count } = await connection.writeTransaction((tx) =>
    tx.apiToken.updateMany({ where: { userId: account.id, name, revokedAt: null }, data: { revokedAt: new Date() } }),
  );
  if (count === 0) throw new AppError("not_found", `${account.email} has no live token named "${name}"`);
}

export async function listApiTokens(actor: Actor, email: string, connection: Connection = db()): Promise<ApiTokenSummary[]> {
  const account = await accountFor(actor, email, connection);
  return connection.read.apiToken.findMany({ where: { userId: account.id }, select: summaryFields, orderBy: { createdAt: "asc" } });
}

export type ResolvedApiToken = { tokenId: string; account: Account };

/** The live token this bearer value is, with its user; null for anything else. */
export async function resolveApiToken(token: string, connection: Connection = db()): Promise<ResolvedApiToken | null> {
  // Not one of ours: no need to ask the database.
  if (!token.startsWith(apiTokenPrefix) || token.length > 200) return null;
  const found = await connection.read.apiToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, revokedAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!found || found.revokedAt) return null;
  return { tokenId: found.id, account: found.user };
}

async function accountFor(actor: Actor, email: string, connection: Connection): Promise<Account> {
  // Users may manage their own tokens; looking anyone else up takes an administrator.
  if (actor.kind === "user") {
    const own = await connection.read.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, role: true } });
    if (own && own.email === email.trim().toLowerCase()) return own;
  }
  const account = await findAccountByEmail(actor, email, connection);
  assertCanManageAccount(actor, account.id);
  return account;
}
