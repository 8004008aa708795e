// Extraction cannot stall the server (issue 11, defect 1): it runs in worker threads, so a
// long text being read holds up no other request; anonymous callers send at most 100,000
// characters and 10 texts a minute per address, signed-in callers more. The address is the
// socket's: a made-up X-Forwarded-For does not make a new one (defect 2).
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { e2eTokens } from "@/e2e/fixtures/users";
import { errorOf, requestFrom } from "../_testing/from-address";

const article = readFileSync("fixtures/seed-article.txt", "utf8");
const textOf = (characters: number) => article.repeat(Math.ceil(characters / article.length)).slice(0, characters);
const extraction = (text: string) => JSON.stringify({ text, publishedAt: "2024-10-18" });

test("a long extraction does not hold up a read made while it runs", async () => {
  // The first text warms the pool (a thread loads the extractor once), and the first read
  // warms its route, so that what is timed below is the wait, not a cold start.
  expect((await requestFrom("127.0.0.21", "POST", "/api/v1/extract", { body: extraction(article) })).status).toBe(200);
  expect((await requestFrom("127.0.0.22", "GET", "/api/v1/sources?size=5")).status).toBe(200);

  // A signed-in caller's long text: several seconds of work, on the event loop before the fix.
  let extractionEnded = 0;
  const long = requestFrom("127.0.0.21", "POST", "/api/v1/extract", {
    body: extraction(textOf(400_000)),
    headers: { authorization: `Bearer ${e2eTokens.editor.token}` },
  }).then((answer) => {
    extractionEnded = performance.now();
    return answer;
  });
  await new Promise((done) => setTimeout(done, 200));
  const read = await requestFrom("127.0.0.22", "GET", "/api/v1/sources?size=5");
  const readEnded = performance.now();
  const extracted = await long;

  expect(read.status).toBe(200);
  expect(extracted.status).toBe(200);
  expect((JSON.parse(extracted.text) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(20);
  // The read answered while the extraction was still running, and quickly.
  expect(extractionEnded).toBeGreaterThan(readEnded);
  expect(read.ms).toBeLessThan(3_000);
  console.info(`read during extraction: ${Math.round(read.ms)} ms; extraction of 400,000 characters: ${Math.round(extracted.ms)} ms`);
});

test("anonymous callers may send 100,000 characters; more is 413 in the error shape, and fine when signed in", async () => {
  const tooLong = await requestFrom("127.0.0.23", "POST", "/api/v1/extract", { body: extraction(textOf(100_001)) });
  expect(tooLong.status).toBe(413);
  expect(errorOf(tooLong)).toMatchObject({ code: "payload_too_large", message: expect.stringMatching(/at most 100,000 may be sent without an account/) });

  const signedIn = await requestFrom("127.0.0.23", "POST", "/api/v1/extract", {
    body: extraction(textOf(100_001)),
    headers: { authorization: `Bearer ${e2eTokens.editor.token}` },
  });
  expect(signedIn.status).toBe(200);

  const overMillion = await requestFrom("127.0.0.23", "POST", "/api/v1/extract", {
    body: extraction("a".repeat(1_000_001)),
    headers: { authorization: `Bearer ${e2eTokens.editor.token}` },
  });
  expect(overMillion.status).toBe(400);
  expect(errorOf(overMillion).code).toBe("validation_failed");
});

test("the eleventh anonymous text in a minute from one address is 429, whatever X-Forwarded-For claims", async () => {
  const answers = [];
  for (let attempt = 0; attempt < 11; attempt++) {
    // Each request pretends to come from another address.
    answers.push(
      await requestFrom("127.0.0.24", "POST", "/api/v1/extract", {
        body: extraction("The ministry said 300 people left."),
        headers: { "x-forwarded-for": `198.51.100.${attempt}` },
      }),
    );
  }
  expect(answers.slice(0, 10).map((answer) => answer.status)).toEqual(Array(10).fill(200));
  const refused = answers[10]!;
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  expect(errorOf(refused)).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/^Too many texts to read from this address/) });
  // Another address, or a signed-in caller, is not held up by it.
  expect((await requestFrom("127.0.0.25", "POST", "/api/v1/extract", { body: extraction("The ministry said 300 people left.") })).status).toBe(200);
  const signedIn = await requestFrom("127.0.0.24", "POST", "/api/v1/extract", {
    body: extraction("The ministry said 300 people left."),
    headers: { authorization: `Bearer ${e2eTokens.editor.token}` },
  });
  expect(signedIn.status).toBe(200);
});
