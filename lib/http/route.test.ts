import { expect, test } from "vitest";
import { AppError } from "../errors";
import { json } from "./respond";
import { route } from "./route";

test("every answer carries a request id, the caller's own when it sent a sane one", async () => {
  const handler = route(async () => json({ ok: true }));
  const mine = await handler(new Request("http://app.test/api/v1/claims", { headers: { "x-request-id": "edge-42" } }), {});
  expect(mine.headers.get("x-request-id")).toBe("edge-42");
  const made = await handler(new Request("http://app.test/api/v1/claims", { headers: { "x-request-id": "<script>" } }), {});
  expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

test("a failure still answers the error shape, with a request id and no stack", async () => {
  const handler = route(async () => {
    throw new Error("secret detail at /srv/app/lib/x.ts:12");
  });
  const answer = await handler(new Request("http://app.test/api/v1/claims"), {});
  expect(answer.status).toBe(500);
  expect(answer.headers.get("x-request-id")).toBeTruthy();
  const body = await answer.text();
  expect(body).not.toContain("secret detail");
  expect(JSON.parse(body).error.code).toBe("internal");
  const missing = await route(async () => {
    throw new AppError("not_found", "The claim was not found");
  })(new Request("http://app.test/api/v1/claims/x"), {});
  expect(missing.status).toBe(404);
});

test("a redirect's fixed headers are copied, not lost", async () => {
  const answer = await route(async () => Response.redirect("http://app.test/elsewhere", 303))(new Request("http://app.test/api/v1/x"), {});
  expect(answer.status).toBe(303);
  expect(answer.headers.get("location")).toBe("http://app.test/elsewhere");
  expect(answer.headers.get("x-request-id")).toBeTruthy();
});
