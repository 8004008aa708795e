import { readFileSync } from "node:fs";
import { afterAll, expect, test } from "vitest";
import { AppError } from "../errors";
import { extractCandidates } from "../extract";
import { extractAnswerJsonInPool, extractCandidatesInPool, extractDetailedInPool } from "./extraction-pool";

const article = readFileSync("fixtures/seed-article.txt", "utf8");

afterAll(async () => {
  await (globalThis as { claimTrackerExtractionPool?: { destroy: () => Promise<void> } }).claimTrackerExtractionPool?.destroy();
});

test("the pool's threads load the TypeScript extractor and answer what it answers in-process", async () => {
  const options = { publishedAt: "2024-10-18" };
  expect(await extractCandidatesInPool(article, options, 60_000)).toEqual(extractCandidates(article, options));
  // The API's answer, serialised in the thread: the same candidates, as the route sends them.
  expect(JSON.parse(await extractAnswerJsonInPool(article, options, 60_000))).toEqual({ candidates: extractCandidates(article, options) });
  const detailed = await extractDetailedInPool(article, options, 60_000);
  expect(detailed.find((candidate) => candidate.text === "12,000 troops")).toMatchObject({ kind: "quantity", value: 12000 });
}, 120_000);

test("past its time budget a task is stopped and the caller told why", async () => {
  const long = article.repeat(20);
  const refusal = await extractCandidatesInPool(long, {}, 5).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(AppError);
  expect(refusal).toMatchObject({ code: "extraction_timeout", status: 422, message: expect.stringMatching(/^Reading this text took longer than/) });
  // The pool still works after a stopped task.
  expect((await extractCandidatesInPool(article, {}, 60_000)).length).toBeGreaterThan(10);
}, 120_000);
