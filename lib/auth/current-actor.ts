import "server-only";
// Who is asking. Server components and server actions read the session cookie through
// next/headers (currentActor); route handlers read the cookie or an
// `Authorization: Bearer <token>` header from the request (actorFromRequest). Either way the
// answer is an Actor, anonymous when nobody is signed in, and the data layer decides what it
// may do. docs/decisions/0006.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { type Actor, anonymous, assertCanAdminister, assertCanWrite, canRead } from "../data/actor";
import { resolveSession } from "../data/accounts/sessions";
import { resolveApiToken } from "../data/accounts/tokens";
import type { Account } from "../data/accounts/users";
import { AppError } from "../errors";
import { type AppLimits, appLimits } from "./limits";
import { clientAddress } from "./client-address";
import { sessionCookieName, sessionTokenFromCookieHeader } from "./session-cookie";

function sessionActor(account: Account): Actor {
  return { kind: "user", userId: account.id, role: account.role, via: "session" };
}

// One lookup per request, however many components ask.
const currentSession = cache(async () => {
  const token = (await cookies()).get(sessionCookieName)?.value;
  return token ? resolveSession(token) : null;
});

/** The actor of this page render or server action. */
export async function currentActor(): Promise<Actor> {
  const session = await currentSession();
  return session ? sessionActor(session.account) : anonymous;
}

/**
 * For pages: the actor, or a redirect to the sign-in form (coming back here after) when
 * anonymous visitors may not read. The data layer still checks; this only spares the
 * visitor an error page.
 */
export async function readerOrSignIn(returnPath: string): Promise<Actor> {
  const actor = await currentActor();
  if (!canRead(actor)) redirect(`/sign-in?next=${encodeURIComponent(returnPath)}`);
  return actor;
}

/** The signed-in account (email and role), for the account menu; null when nobody is. */
export async function currentAccount(): Promise<Account | null> {
  return (await currentSession())?.account ?? null;
}

/**
 * The actor of an API request. A bearer token that is wrong is an error (401), not a quiet
 * fall back to anonymous: the client meant to be someone and should be told it is not.
 */
export async function actorFromRequest(request: Request, limits: AppLimits = appLimits()): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) return actorFromBearer(authorization, clientAddress(request.headers), limits);
  const token = sessionTokenFromCookieHeader(request.headers.get("cookie"));
  const session = token ? await resolveSession(token) : null;
  return session ? sessionActor(session.account) : anonymous;
}

/**
 * For write routes: the actor, who must be an editor, known before the body is read. An
 * anonymous caller is 401 and a viewer 403 without the server reading (up to megabytes of)
 * a body it would refuse anyway. The data layer checks again.
 */
export async function writerFromRequest(request: Request): Promise<Actor> {
  const actor = await actorFromRequest(request);
  assertCanWrite(actor);
  return actor;
}

/** For routes only administrators may use (restoring deleted records), before the body is read. */
export async function administratorFromRequest(request: Request): Promise<Actor> {
  const actor = await actorFromRequest(request);
  assertCanAdminister(actor);
  return actor;
}

async function actorFromBearer(authorization: string, address: string, limits: AppLimits): Promise<Actor> {
  const match = /^Bearer +(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AppError("unauthenticated", "Send the API token as `Authorization: Bearer <token>`");
  const resolved = await resolveApiToken(match[1]!);
  if (!resolved) {
    const verdict = await limits.unknownTokenPerAddress.take(address);
    if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds, "Too many requests with unknown API tokens");
    throw new AppError("unauthenticated", "The API token is not valid (unknown or revoked)");
  }
  const verdict = await limits.requestsPerToken.take(resolved.tokenId);
  if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds, "Too many requests with this API token");
  return { kind: "user", userId: resolved.account.id, role: resolved.account.role, via: "token" };
}

function rateLimited(retryAfterSeconds: number, what: string) {
  return new AppError("rate_limited", `${what}. Try again in ${retryAfterSeconds} s.`, undefined, { retryAfterSeconds });
}
