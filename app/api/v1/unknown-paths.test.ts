// Unknown API paths answer the JSON error shape (issue 11, defect 8); static files are not
// sniffed; the Origin check does not take the client's X-Forwarded-Host for this host.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";

const base = () => inject("apiBaseUrl");

test.each(["GET /api/v1/nothing-here", "GET /api/v1/claims/some-id/unknown/deeper", "POST /api/v1/nothing-here", "DELETE /api/v1/sources/x/y"])(
  "%s answers 404 in the JSON error shape",
  async (line) => {
    const [method, path] = line.split(" ") as [string, string];
    const response = await fetch(`${base()}${path}`, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: `No API endpoint at ${path}: the endpoints are listed at /api/v1/openapi.json` },
    });
  },
);

test("a script under /_next/static is served with nosniff", async () => {
  const chunks = join(process.env.NEXT_DIST_DIR ?? ".next", "static/chunks");
  const script = readdirSync(chunks).find((name) => name.endsWith(".js"))!;
  const response = await fetch(`${base()}/_next/static/chunks/${script}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
});

test("a cross-site POST cannot pass the Origin check by naming its own host in X-Forwarded-Host", async () => {
  const response = await fetch(`${base()}/api/v1/extract`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "https://evil.example", "x-forwarded-host": "evil.example" },
    body: JSON.stringify({ text: "The ministry said 300 people left." }),
  });
  expect(response.status).toBe(403);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
});
