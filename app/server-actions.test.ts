// Server actions take their arguments from the network like any request body (issue 11,
// defect 6): values of the wrong kind get a clear bad_request, HTTP 400, never a crash (500);
// a refusal goes out with its code's status (401, 403, 400), as from the JSON endpoints. The actions' ids come from the build's manifest,
// as a browser would find them in the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";
import { e2eUsers } from "@/e2e/fixtures/users";
import { sessionOf } from "./api/v1/claims/_testing/api-client";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
const manifest = JSON.parse(readFileSync(join(process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, ManifestEntry>;
};

function actionId(exportedName: string) {
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in the build`);
  return found[0];
}

async function callAction(page: string, exportedName: string, args: unknown[], cookie?: string) {
  const response = await fetch(`${inject("apiBaseUrl")}${page}`, {
    method: "POST",
    headers: { "next-action": actionId(exportedName), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(args),
  });
  return { status: response.status, text: await response.text() };
}

const formActions = [
  ["/claims/some-claim", "saveClaimEdits"],
  ["/claims/some-claim", "restoreEarlierVersion"],
  ["/claims/some-claim", "deleteClaimSoftly"],
  ["/deleted", "restoreDeletedRecord"],
] as const;

test.each(formActions)("%s: %s answers bad_request to arguments that are not a form", async (page, name) => {
  for (const args of [["not a state", "not a form"], [null, 42], []]) {
    const answer = await callAction(page, name, args);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('"code":"bad_request"');
    expect(answer.text).toContain("The request could not be read");
  }
});

test("the sign-in action answers a clear message to arguments that are not a form", async () => {
  const answer = await callAction("/sign-in", "signInAction", [{}, "email=a@b.c"]);
  expect(answer.status).toBe(400);
  expect(answer.text).toContain("The request could not be read");
});

test.each(["prepareReport", "reproposeClaims", "saveReport"])("%s asks who is calling first, then refuses a malformed input as invalid", async (name) => {
  for (const args of [[42], ["text"], [null], []]) {
    const anonymous = await callAction("/reports/new", name, args);
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toContain('"code":"unauthenticated"');
  }
  const viewer = await sessionOf(e2eUsers.viewer);
  const forbidden = await callAction("/reports/new", name, [42], viewer.cookie);
  expect(forbidden.status).toBe(403);
  expect(forbidden.text).toContain('"code":"forbidden"');
  const editor = await sessionOf(e2eUsers.editor);
  const invalid = await callAction("/reports/new", name, [42], editor.cookie);
  expect(invalid.status).toBe(400);
  expect(invalid.text).toContain('"code":"validation_failed"');
});
