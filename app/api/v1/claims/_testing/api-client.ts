// A small client for the API tests: requests as anonymous, a viewer, an editor or an
// administrator (bearer token or session cookie), and records made through the API itself,
// since the tests run in another process than the server and its database.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { e2eTokens, e2eUsers } from "@/e2e/fixtures/users";

export type Caller = { authorization?: string; cookie?: string };
export const anonymous: Caller = {};
export const editorToken: Caller = { authorization: `Bearer ${e2eTokens.editor.token}` };
export const viewerToken: Caller = { authorization: `Bearer ${e2eTokens.viewer.token}` };

export type Answer<T = Record<string, unknown>> = { status: number; headers: Headers; body: T };
export type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[]; current?: Record<string, unknown> } };

export const unique = () => randomUUID().slice(0, 8);

export async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { as?: Caller; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {
    ...(options.as?.authorization ? { authorization: options.as.authorization } : {}),
    ...(options.as?.cookie ? { cookie: options.as.cookie } : {}),
  };
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${inject("apiBaseUrl")}${path}`, { method, headers: { ...headers, ...options.headers }, body: payload });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

/** Signs in through POST /api/v1/session and answers the session cookie to send back. */
export async function sessionOf(user: (typeof e2eUsers)[keyof typeof e2eUsers]): Promise<Caller> {
  const response = await fetch(`${inject("apiBaseUrl")}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (response.status !== 200) throw new Error(`Signing in as ${user.email} answered ${response.status}`);
  return { cookie: response.headers.get("set-cookie")!.split(";")[0]! };
}

export const adminSession = () => sessionOf(e2eUsers.admin);
export const viewerSession = () => sessionOf(e2eUsers.viewer);

type Made = { id: string; version: number } & Record<string, unknown>;

async function made(method: string, path: string, body: unknown): Promise<Made> {
  const answer = await call<Made>(method, path, { as: editorToken, body });
  if (answer.status !== 201) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export const newSource = (fields: Record<string, unknown> = {}) =>
  made("POST", "/api/v1/sources", { name: `Test Agency ${unique()}`, kind: "government", ...fields });
export const newTopic = (fields: Record<string, unknown> = {}) =>
  made("POST", "/api/v1/topics", { title: `Test topic ${unique()}`, unit: "people", ...fields });

/** A report with one claim: "The ministry said 3,000 workers left", the ministry as originator. */
export async function newReportWithClaim() {
  const text = `INVENTED TEST REPORT ${unique()}. The ministry said 3,000 workers left the city.`;
  const [ministry, topic] = await Promise.all([newSource(), newTopic()]);
  const start = text.indexOf("3,000 workers");
  const answer = await call<{ report: Made; claimIds: string[] }>("POST", "/api/v1/reports", {
    as: editorToken,
    body: {
      report: { title: "Workers leave (invented)", text, publishedAt: "2026-11-01" },
      topic: { topicId: topic.id },
      claims: [
        {
          kind: "quantity",
          statement: "3,000 workers left the city.",
          anchor: { start, end: start + 13, exact: "3,000 workers" },
          value: 3000,
          qualifier: "exact",
          chain: [{ source: { sourceId: ministry.id }, role: "originator", verb: "said" }],
        },
      ],
    },
  });
  if (answer.status !== 201) throw new Error(`POST /api/v1/reports answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return { report: answer.body.report, claimId: answer.body.claimIds[0]!, ministry, topic, text };
}
