import "server-only";
// The API form of signing in and out, for clients that keep cookies (scripts use API tokens
// instead). The lead mounts these at app/api/v1/session/route.ts:
//   export { signInRoute as POST, signOutRoute as DELETE } from "@/lib/http/session-routes";
import { endSession } from "../data/accounts/sessions";
import { AppError } from "../errors";
import { readJson } from "./request";
import { errorResponse, json } from "./respond";
import { route } from "./route";
import { SignInSchema } from "../schemas/account";
import { type AppLimits, appLimits } from "../auth/limits";
import { clearedSessionSetCookie, isServedOverHttps, sessionSetCookie, sessionTokenFromCookieHeader } from "../auth/session-cookie";
import { signIn } from "../auth/sign-in";
import { clientAddress } from "../auth/client-address";

const signInBodyLimit = 8 * 1024;

export function makeSignInRoute(limits: AppLimits = appLimits()) {
  return route(async (request: Request) => {
    const credentials = await readJson(request, SignInSchema, signInBodyLimit);
    const outcome = await signIn(credentials, clientAddress(request.headers), { limits });
    if (outcome.kind === "rate_limited") {
      const response = errorResponse(new AppError("rate_limited", outcome.message, undefined, { retryAfterSeconds: outcome.retryAfterSeconds }));
      response.headers.set("retry-after", String(outcome.retryAfterSeconds));
      return response;
    }
    if (outcome.kind === "refused") throw new AppError("unauthenticated", outcome.message);
    const previous = sessionTokenFromCookieHeader(request.headers.get("cookie"));
    if (previous) await endSession(previous);
    return json(
      { account: { email: outcome.account.email, role: outcome.account.role }, expiresAt: outcome.expiresAt.toISOString() },
      { headers: { "set-cookie": sessionSetCookie(outcome.token, outcome.expiresAt, isServedOverHttps(request.headers)) } },
    );
  });
}

export const signInRoute = makeSignInRoute();

export const signOutRoute = route(async (request: Request) => {
  const token = sessionTokenFromCookieHeader(request.headers.get("cookie"));
  if (token) await endSession(token);
  return new Response(null, { status: 204, headers: { "set-cookie": clearedSessionSetCookie(isServedOverHttps(request.headers)) } });
});
