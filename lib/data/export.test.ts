import { beforeAll, expect, test } from "vitest";
import { csvClaimLine, csvHeader, readCsvExport } from "../domain/claim-export";
import { system } from "./actor";
import { collectExport, exportClaims } from "./export";
import { seedDemoData } from "./seed";

beforeAll(async () => {
  await seedDemoData();
});

test("a topic's export carries every field needed to rebuild its claims", async () => {
  const claims = await collectExport(await exportClaims(system, { topic: "north-korean-troops-sent-to-russia" }, "claimed-asc", 3));
  expect(claims).toHaveLength(9);
  const planned = claims.find((claim) => claim.anchor.exact === "12,000 troops");
  expect(planned).toMatchObject({
    topicSlug: "north-korean-troops-sent-to-russia",
    kind: "quantity",
    value: 12000,
    qualifier: "exact",
    unit: "troops",
    asStated: "12,000 troops",
    modality: "planned",
    stance: "asserts",
    claimedAt: "2024-10-18T00:00:00.000Z",
    reviewStatus: "draft",
    version: 1,
    anchor: { exact: "12,000 troops", start: 407, end: 420 },
    chain: [
      { position: 0, sourceSlug: "national-intelligence-service", role: "originator", verb: "citing" },
      { position: 1, sourceSlug: "yonhap-news-agency", role: "relay", verb: "according to" },
    ],
  });
  expect(planned?.anchor.prefix.length).toBeGreaterThan(0);
  expect(planned?.reportTitle).toMatch(/North Korea sends troops/);
});

test("the CSV of the whole list reads back row for row, in the list's order, across batches", async () => {
  const claims = await collectExport(await exportClaims(system, {}, "value-desc", 5));
  expect(new Set(claims.map((claim) => claim.id)).size).toBe(12);
  const rows = readCsvExport(csvHeader() + claims.map(csvClaimLine).join(""));
  expect(rows.map((row) => row.id)).toEqual(claims.map((claim) => claim.id));
  const planned = rows.find((row) => row.anchor_exact === "12,000 troops");
  expect(planned).toMatchObject({
    originator: "national-intelligence-service",
    relays: "yonhap-news-agency",
    chain: "national-intelligence-service:originator:citing > yonhap-news-agency:relay:according to",
    value: "12000",
  });
  const ussuriysk = rows.find((row) => row.place_name === "Ussuriysk");
  expect(ussuriysk).toMatchObject({ latitude: "43.8", longitude: "131.95", place_precision: "near", kind: "location" });
});

test("an unknown topic is refused before anything is exported", async () => {
  await expect(exportClaims(system, { topic: "no-such-topic" }, "claimed-desc")).rejects.toMatchObject({ code: "validation_failed" });
});
