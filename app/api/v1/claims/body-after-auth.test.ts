// Who is asking is settled before the body is read (issue 11, defect 4): on every write
// route an anonymous caller is 401 and a viewer 403 even when the body is not JSON or is far
// past the size limit: the server refuses without reading or validating it.
import { beforeAll, expect, test } from "vitest";
import { anonymous, type Caller, call, type ErrorBody, newReportWithClaim, viewerSession, viewerToken } from "./_testing/api-client";

let paths: Array<[string, string]> = [];
let viewerCookie: Caller;

beforeAll(async () => {
  const { report, claimId } = await newReportWithClaim();
  viewerCookie = await viewerSession();
  paths = [
    ["POST", "/api/v1/sources"],
    ["POST", "/api/v1/topics"],
    ["POST", "/api/v1/reports"],
    ["POST", "/api/v1/claims"],
  ];
  for (const [collection, id] of [
    ["reports", report.id],
    ["claims", claimId],
  ] as const) {
    paths.push(["PATCH", `/api/v1/${collection}/${id}`], ["POST", `/api/v1/${collection}/${id}/restore`]);
  }
  paths.push(["POST", `/api/v1/claims/${claimId}/restore-version`]);
});

const notJson = "{ this is not JSON";
const oversized = JSON.stringify({ text: "x".repeat(6 * 1024 * 1024) });

test.each([
  ["anonymous", () => anonymous, 401, "unauthenticated"],
  ["a viewer's token", () => viewerToken, 403, "forbidden"],
  ["a viewer's session", () => viewerCookie, 403, "forbidden"],
] as const)("%s is refused before the body is read", async (_name, caller, status, code) => {
  for (const [method, path] of paths) {
    for (const raw of [notJson, oversized]) {
      const answer = await call<ErrorBody>(method, path, { as: caller(), raw });
      expect({ method, path, size: raw.length, status: answer.status, code: answer.body.error.code }).toEqual({ method, path, size: raw.length, status, code });
      expect(answer.body.error.issues).toBeUndefined();
    }
  }
});
