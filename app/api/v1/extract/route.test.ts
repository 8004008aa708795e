import { readFileSync } from "node:fs";
import { expect, inject, test } from "vitest";

const endpoint = () => `${inject("apiBaseUrl")}/api/v1/extract`;
const foundingText = readFileSync("fixtures/seed-article.txt", "utf8");

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(endpoint(), { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

test("extraction proposes the founding report's claims, each anchored to its exact words", async () => {
  const response = await post(JSON.stringify({ text: foundingText, publishedAt: "2024-10-18" }));
  expect(response.status).toBe(200);
  const { candidates } = (await response.json()) as {
    candidates: {
      kind: string;
      start: number;
      end: number;
      text: string;
      value: number | null;
      attribution: { name: string; role: string; sourceId: string | null }[];
    }[];
  };
  for (const candidate of candidates) expect(foundingText.slice(candidate.start, candidate.end)).toBe(candidate.text);
  const planned = candidates.find((candidate) => candidate.text === "12,000 troops");
  expect(planned).toMatchObject({ kind: "quantity", value: 12000 });
  // Mentions resolve to the sources the tracker knows.
  expect(planned?.attribution.map((hop) => hop.role)).toEqual(["originator", "relay"]);
  expect(planned?.attribution.every((hop) => hop.sourceId !== null)).toBe(true);
});

test.each([
  ["empty text", JSON.stringify({ text: "   \n " }), 400, "validation_failed", "text"],
  ["a number for text", JSON.stringify({ text: 42 }), 400, "validation_failed", "text"],
  ["a bad date", JSON.stringify({ text: "Some words.", publishedAt: "18/10/2024" }), 400, "validation_failed", "publishedAt"],
  ["an unknown field", JSON.stringify({ text: "Some words.", extra: true }), 400, "validation_failed", "(body)"],
])("%s answers %i with the error shape", async (_name, body, status, code, path) => {
  const response = await post(body);
  expect(response.status).toBe(status);
  const { error } = (await response.json()) as { error: { code: string; message: string; issues: { path: string; message: string }[] } };
  expect(error.code).toBe(code);
  expect(error.message).toBeTruthy();
  expect(error.issues.map((issue) => issue.path)).toContain(path);
});

test("malformed JSON, a wrong content type and an oversized body are refused clearly", async () => {
  const malformed = await post("{ not json");
  expect(malformed.status).toBe(400);
  expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe("bad_request");

  const form = await post("text=hello", { "content-type": "application/x-www-form-urlencoded" });
  expect(form.status).toBe(415);

  // Anonymous callers send at most 100,000 characters (limits.test.ts): a body far past that is not read.
  const huge = await post(JSON.stringify({ text: "b".repeat(6 * 1024 * 1024) }));
  expect(huge.status).toBe(413);
  expect(((await huge.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
});

test("a cross-origin POST from a browser is refused", async () => {
  const response = await post(JSON.stringify({ text: "Some words." }), { origin: "https://evil.example" });
  expect(response.status).toBe(403);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
});
