import { expect, test } from "vitest";
import { safeReturnPath } from "./return-path";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";
import { clientAddress } from "./client-address";
import { sessionTokenFromCookieHeader } from "./session-cookie";

test("the policy allows only this origin's scripts that carry the nonce, and no framing", () => {
  const policy = contentSecurityPolicy({ nonce: "abc123==", https: false, development: false });
  expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("form-action 'self'");
  expect(policy).not.toContain("upgrade-insecure-requests");
  expect(contentSecurityPolicy({ nonce: "n", https: true, development: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests$/);
});

test("every response gets nosniff, a referrer policy, a permissions policy; HSTS only over https", () => {
  const headers = securityHeaders({ https: false });
  expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "x-frame-options": "DENY" });
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(securityHeaders({ https: true })["strict-transport-security"]).toMatch(/^max-age=\d+/);
});

test("nonces are fresh and carry 128 bits", () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
  expect(atob([...nonces][0]!)).toHaveLength(16);
});

test("after signing in, only a path on this site is followed", () => {
  expect(safeReturnPath("/topics/north-korean-troops?x=1")).toBe("/topics/north-korean-troops?x=1");
  for (const unsafe of [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "",
    null,
    "/sign-in?next=/x",
  ]) {
    expect(safeReturnPath(unsafe)).toBe("/");
  }
});

test("the session token and the client's address are read from headers", () => {
  expect(sessionTokenFromCookieHeader("theme=dark; ct_session=abc_-1; other=x")).toBe("abc_-1");
  expect(sessionTokenFromCookieHeader("ct_session=")).toBeUndefined();
  expect(sessionTokenFromCookieHeader(null)).toBeUndefined();
  expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
  expect(clientAddress(new Headers())).toBe("unknown");
});
