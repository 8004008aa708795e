// Writing is never open: anonymous callers get 401 and viewers (session or token) 403 on
// every write route, and nothing they send is written.
import { beforeAll, expect, test } from "vitest";
import { anonymous, type Caller, call, type ErrorBody, newReportWithClaim, newSource, newTopic, viewerSession, viewerToken } from "./_testing/api-client";

type WriteRoute = { method: string; path: string; body?: unknown };
let routes: WriteRoute[] = [];
let viewerCookie: Caller;

beforeAll(async () => {
  const [{ report, claimId, ministry, text }, source, topic] = await Promise.all([newReportWithClaim(), newSource(), newTopic()]);
  viewerCookie = await viewerSession();
  const start = text.indexOf("workers");
  routes = [
    { method: "POST", path: "/api/v1/sources", body: { name: "Intruder agency", kind: "other" } },
    { method: "PATCH", path: `/api/v1/sources/${source.id}`, body: { name: "Renamed", version: 1 } },
    { method: "DELETE", path: `/api/v1/sources/${source.id}?version=1` },
    { method: "POST", path: `/api/v1/sources/${source.id}/restore`, body: { version: 1 } },
    { method: "POST", path: "/api/v1/topics", body: { title: "Intruder topic" } },
    { method: "PATCH", path: `/api/v1/topics/${topic.id}`, body: { title: "Renamed", version: 1 } },
    { method: "DELETE", path: `/api/v1/topics/${topic.id}?version=1` },
    { method: "POST", path: `/api/v1/topics/${topic.id}/restore`, body: { version: 1 } },
    { method: "POST", path: "/api/v1/reports", body: { report: { title: "Intruder report", text: "Some words." }, claims: [] } },
    { method: "PATCH", path: `/api/v1/reports/${report.id}`, body: { title: "Renamed", version: 1 } },
    { method: "DELETE", path: `/api/v1/reports/${report.id}?version=1` },
    { method: "POST", path: `/api/v1/reports/${report.id}/restore`, body: { version: 1 } },
    {
      method: "POST",
      path: "/api/v1/claims",
      body: {
        reportId: report.id,
        kind: "statement",
        statement: "Workers left.",
        anchor: { start, end: start + 7, exact: "workers" },
        chain: [{ sourceId: ministry.id, role: "originator" }],
      },
    },
    { method: "PATCH", path: `/api/v1/claims/${claimId}`, body: { notes: "Overwritten", version: 1 } },
    { method: "DELETE", path: `/api/v1/claims/${claimId}?version=1` },
    { method: "POST", path: `/api/v1/claims/${claimId}/restore`, body: { version: 1 } },
    { method: "POST", path: `/api/v1/claims/${claimId}/restore-version`, body: { version: 2, toVersion: 1 } },
  ];
});

async function totals() {
  const [sources, topics, reports, claims] = await Promise.all(
    ["sources", "topics", "reports", "claims"].map((kind) =>
      call<Record<string, unknown[]>>("GET", `/api/v1/${kind}?size=200`).then((answer) => answer.body[kind]!),
    ),
  );
  return { sources, topics, reports, claims };
}

async function expectRefusedEverywhere(caller: () => Caller, status: number, code: string) {
  const before = await totals();
  for (const route of routes) {
    const answer = await call<ErrorBody>(route.method, route.path, { as: caller(), body: route.body });
    expect({ route: `${route.method} ${route.path}`, status: answer.status, code: answer.body.error.code }).toEqual({
      route: `${route.method} ${route.path}`,
      status,
      code,
    });
    expect(answer.body.error.message).toBeTruthy();
  }
  expect(await totals()).toEqual(before);
}

test("anonymous callers get 401 on every write route, and nothing changes", async () => {
  await expectRefusedEverywhere(() => anonymous, 401, "unauthenticated");
});

test("a viewer's token gets 403 on every write route, and nothing changes", async () => {
  await expectRefusedEverywhere(() => viewerToken, 403, "forbidden");
});

test("a viewer's session gets 403 on every write route, and nothing changes", async () => {
  await expectRefusedEverywhere(() => viewerCookie, 403, "forbidden");
});

test("a token that is not one of ours is refused, not treated as anonymous", async () => {
  const answer = await call<ErrorBody>("POST", "/api/v1/topics", { as: { authorization: "Bearer ct_not-a-real-token" }, body: { title: "Nope" } });
  expect(answer.status).toBe(401);
  expect(answer.body.error.message).toMatch(/token/i);
});
