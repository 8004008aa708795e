// Signing in: the rate limits, the password check and a new session, in that order, shared
// by the sign-in form's server action and the API. A success starts a fresh session every
// time (rotation): a session token planted before sign-in never becomes a signed-in one.
import { type Connection, db } from "../db/client";
import { startSession } from "../data/accounts/sessions";
import { type Account, verifyCredentials } from "../data/accounts/users";
import type { SignInInput } from "../schemas/account";
import { type AppLimits, appLimits } from "./limits";

export type SignInOutcome =
  | { kind: "signed_in"; account: Account; token: string; expiresAt: Date }
  | { kind: "refused"; message: string }
  | { kind: "rate_limited"; retryAfterSeconds: number; message: string };

// One message whichever of the two was wrong: it must not tell which emails have accounts.
export const refusedMessage = "That email and password do not match an account.";

export const tooManyAttemptsMessage = (seconds: number) => `Too many sign-in attempts. Try again in ${seconds} s.`;

export async function signIn(
  { email, password }: SignInInput,
  address: string,
  { limits = appLimits(), connection = db() }: { limits?: AppLimits; connection?: Connection } = {},
): Promise<SignInOutcome> {
  // Counted before checking, so that a burst of parallel guesses is counted before any is tried.
  const verdict = await limits.signIn.attempt(email, address);
  if (!verdict.allowed) {
    return { kind: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds, message: tooManyAttemptsMessage(verdict.retryAfterSeconds) };
  }
  const account = await verifyCredentials(email, password, connection);
  if (!account) return { kind: "refused", message: refusedMessage };
  // Only failures count: this account's from this address are forgotten.
  await limits.signIn.succeeded(email, address);
  const { token, expiresAt } = await startSession(account, connection);
  return { kind: "signed_in", account, token, expiresAt };
}
