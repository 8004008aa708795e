// Cancelling a fetch on /reports/new reaches the server: over real HTTP, the form's route
// fetches from a slow page on a loopback test server (the API test server allows loopback,
// INGEST_ALLOW_LOOPBACK); the caller aborts, and the server's connection to the page closes
// at once, long before its 10-second fetch limit.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { call, editorToken, viewerToken } from "@/app/api/v1/claims/_testing/api-client";
import { startTestServer, type TestServer } from "@/lib/ingest/test-support/test-server";

let upstream: TestServer;
const upstreamClosed: (() => void)[] = [];

beforeAll(async () => {
  upstream = await startTestServer({
    "/slow-report": (request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html><body><p>The ministry said 1,500 troops arrived, and then");
      request.socket.once("close", () => upstreamClosed.shift()?.());
    },
  });
});

afterAll(() => upstream.close());

test("a caller who cancels closes the server's fetch of the page at once", async () => {
  const closed = new Promise<void>((done) => upstreamClosed.push(done));
  const caller = new AbortController();
  const answer = fetch(`${inject("apiBaseUrl")}/reports/new/prepare`, {
    method: "POST",
    headers: { ...editorToken, "content-type": "application/json" } as Record<string, string>,
    body: JSON.stringify({ mode: "url", url: `${upstream.origin}/slow-report` }),
    signal: caller.signal,
  });
  answer.catch(() => {});
  const deadline = Date.now() + 15_000;
  while (!upstream.requests.some((request) => request.path === "/slow-report")) {
    if (Date.now() > deadline) throw new Error("The server never fetched the page");
    await new Promise((done) => setTimeout(done, 20));
  }
  const cancelledAt = Date.now();
  caller.abort();
  await closed;
  // The server's own limit is 10 s: closing well before it is the cancel, not the timeout.
  expect(Date.now() - cancelledAt).toBeLessThan(3_000);
});

test("only editors may prepare a report: a viewer is refused before anything is fetched", async () => {
  const before = upstream.requests.length;
  const refused = await call("POST", "/reports/new/prepare", { as: viewerToken, body: { mode: "url", url: `${upstream.origin}/slow-report` } });
  expect(refused.status).toBe(403);
  expect(upstream.requests.length).toBe(before);
});
