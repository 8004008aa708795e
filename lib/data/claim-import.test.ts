import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { db } from "../db/client";
import { checkAnchor } from "../domain/anchor";
import { readSheet } from "../import/read-sheet";
import type { Actor } from "./actor";
import { planClaimImport } from "./claim-import";
import { saveClaimImport } from "./claim-import-save";
import { createReport } from "./mutations/reports";
import { createSource } from "./mutations/sources";
import { reportSubmissionSchema } from "../schemas/report-submission";

const editor: Actor = { kind: "user", userId: "editor-1", role: "editor", via: "session" };
const viewer: Actor = { kind: "user", userId: "viewer-1", role: "viewer", via: "token" };
const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url));
const sheetOf = (name: string) => readSheet(name, fixture(name));

async function counts() {
  const read = db().read;
  return { claims: await read.claim.count(), reports: await read.report.count(), sources: await read.source.count(), revisions: await read.revision.count() };
}

test("a spreadsheet with bad rows saves nothing, and names each bad row's column", async () => {
  const before = await counts();
  const plan = await planClaimImport(editor, "claims-import-3-bad-rows.csv", await sheetOf("claims-import-3-bad-rows.csv"));
  expect(plan.rows.filter((row) => row.errors.length).map((row) => [row.line, row.errors.map((error) => error.column)])).toEqual([
    [5, ["value"]],
    [10, ["qualifier"]],
    [17, ["date"]],
  ]);
  await expect(saveClaimImport(editor, plan)).rejects.toMatchObject({ code: "validation_failed" });
  expect(await counts()).toEqual(before);
});

test("the fixed spreadsheet saves every row, anchored in its report's text, each record with a revision", async () => {
  await createSource(editor, {
    name: "Example Wire Service",
    kind: "news_agency",
    country: null,
    parentId: null,
    aliases: ["Example Wire (invented)"],
    description: null,
    homepage: null,
    wikidataId: null,
    reliability: null,
  });
  const before = await counts();
  const plan = await planClaimImport(editor, "claims-import-fixed.csv", await sheetOf("claims-import-fixed.csv"));
  expect(plan.errorCount).toBe(0);
  // Matched through its alias, so only the two other originators are new.
  expect(plan.newSources).toEqual(["Example Ministry of Defence (invented)", "Example Monitor Group (invented)"]);
  const saved = await saveClaimImport(editor, plan);
  expect(saved).toEqual({ claims: 20, reports: 2, sources: 2, revisions: 24 });
  expect(await counts()).toEqual({ claims: before.claims + 20, reports: before.reports + 2, sources: before.sources + 2, revisions: before.revisions + 24 });

  const claims = await db().read.claim.findMany({
    where: { notes: { contains: "claims-import-fixed.csv" } },
    include: { report: true, hops: { include: { source: true } } },
  });
  expect(claims).toHaveLength(20);
  for (const claim of claims) {
    expect(checkAnchor(claim.report.text, { exact: claim.anchorExact, start: claim.anchorStart, end: claim.anchorEnd })).toEqual({ status: "ok" });
    expect(claim.report.title).toContain("imported from spreadsheet claims-import-fixed.csv");
  }
  const relayed = claims.find((claim) => claim.statement.endsWith("figure 2"))!;
  expect(relayed.hops.map((hop) => [hop.role, hop.source.name])).toEqual([
    ["originator", "Example Wire Service"],
    ["relay", "Example Wire Service"],
  ]);
});

test("importing the same file again is refused as a duplicate", async () => {
  const before = await counts();
  const plan = await planClaimImport(editor, "again.csv", await sheetOf("claims-import-fixed.csv"));
  expect(plan.rows.every((row) => row.errors.some((error) => error.column === "report" && error.message.startsWith("Already imported")))).toBe(true);
  await expect(saveClaimImport(editor, plan)).rejects.toMatchObject({ code: "validation_failed" });
  expect(await counts()).toEqual(before);
});

test("rows naming an existing report's URL are anchored in its text, or refused when it lacks their words", async () => {
  const text = "INVENTED. Officials said 4,000 troops in Example Valley had arrived by Monday.";
  await createReport(editor, reportSubmissionSchema.parse({ report: { title: "Valley (invented)", url: "https://example.org/valley", text }, claims: [] }));
  const sheet = {
    header: ["statement", "value", "url", "quote"],
    rows: [
      ["INVENTED: 4,000 troops arrived", "4000", "https://example.org/valley", "4,000 troops in Example Valley"],
      ["INVENTED: 5,000 troops arrived", "5000", "https://example.org/valley", "5,000 troops"],
    ],
  };
  const plan = await planClaimImport(editor, "valley.csv", sheet);
  expect(plan.rows[0]!.anchor).toMatchObject({ exact: "4,000 troops in Example Valley", start: text.indexOf("4,000") });
  expect(plan.rows[1]!.errors).toEqual([{ column: "quote words", message: expect.stringContaining("does not contain these words") }]);
  const fixed = await planClaimImport(editor, "valley.csv", { ...sheet, rows: sheet.rows.slice(0, 1) });
  expect(await saveClaimImport(editor, fixed)).toMatchObject({ claims: 1, reports: 0 });
});

test("a viewer may not import", async () => {
  await expect(planClaimImport(viewer, "x.csv", { header: ["statement"], rows: [["x"]] })).rejects.toMatchObject({ code: "forbidden" });
});

test("a write failing part-way through rolls back the sources and reports already written", async () => {
  const before = await counts();
  const plan = await planClaimImport(editor, "late-failure.csv", {
    header: ["statement", "value", "source", "report"],
    rows: [
      ["INVENTED: 10 arrived", "10", "Example Newcomer Agency", "Late failure report"],
      ["INVENTED: 20 arrived", "20", "Example Newcomer Agency", "Late failure report"],
    ],
  });
  expect(plan.newSources).toEqual(["Example Newcomer Agency"]);
  // A topic deleted for good between the dry run and the save: its foreign key fails on the claims.
  plan.rows[1]!.topicId = "topic-that-no-longer-exists";
  await expect(saveClaimImport(editor, plan)).rejects.toThrow();
  expect(await counts()).toEqual(before);
});
