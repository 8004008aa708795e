// The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent on
// cross-site posts), Path=/, Secure when the app is served over https, expiring with the
// session. The name has no __Host- prefix because that prefix demands Secure, and the app
// is often served over plain http on localhost.
export const sessionCookieName = "ct_session";

export { sessionLifetimeMs } from "../domain/session-lifetime";

export type SessionCookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  expires: Date;
};

export function sessionCookieOptions(expiresAt: Date, secure: boolean): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/", expires: expiresAt };
}

/** Next's server sets x-forwarded-proto; a proxy in front of it that ends TLS should too. */
export function isServedOverHttps(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/** A Set-Cookie value, for route handlers that answer with a plain Response. */
export function sessionSetCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [`${sessionCookieName}=${token}`, "Path=/", `Expires=${expiresAt.toUTCString()}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join(
    "; ",
  );
}

export function clearedSessionSetCookie(secure: boolean): string {
  return sessionSetCookie("", new Date(0), secure);
}

/** The session token from a Cookie header, if any. */
export function sessionTokenFromCookieHeader(cookieHeader: string | null): string | undefined {
  for (const part of cookieHeader?.split(";") ?? []) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === sessionCookieName) {
      return part.slice(separator + 1).trim() || undefined;
    }
  }
  return undefined;
}
