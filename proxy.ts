// Runs before every request (but static files): security headers with a fresh CSP nonce, and
// the session cookie's expiry slid forward. It never decides who may do what: that is the
// data layer's job (lib/data/actor.ts), so a request that skips the proxy gains nothing.
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./lib/auth/security-headers";
import { isServedOverHttps, sessionCookieName, sessionCookieOptions, sessionLifetimeMs } from "./lib/auth/session-cookie";

export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || isServedOverHttps(request.headers);
  const policy = contentSecurityPolicy({ nonce: createNonce(), https, development: process.env.NODE_ENV === "development" });

  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  slideSessionCookie(request, response, https);
  return response;
}

/**
 * The database slides a session's expiry while it is used; the cookie must follow, or the
 * browser would drop it on the date set at sign-in. Only on page loads: a revoked or expired
 * session gains nothing from a longer-lived cookie, since the database decides.
 */
function slideSessionCookie(request: NextRequest, response: NextResponse, https: boolean) {
  const token = request.cookies.get(sessionCookieName)?.value;
  if (!token || request.method !== "GET" || request.headers.get("sec-fetch-dest") !== "document") return;
  if (response.cookies.get(sessionCookieName)) return;
  response.cookies.set(sessionCookieName, token, sessionCookieOptions(new Date(Date.now() + sessionLifetimeMs), https));
}

// Not the spreadsheet import: for a request it matches, Next buffers the body before the proxy
// runs and silently cuts it at 10 MB (experimental.proxyClientMaxBodySize), so a 40 MB file
// arrived truncated and an oversize one was read before the route could refuse it by its
// Content-Length. next.config.ts gives that route its security headers instead.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/import/).*)"],
};
