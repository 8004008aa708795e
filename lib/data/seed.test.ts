import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { db, disconnectDb } from "../db/client";
import { databaseConfig } from "../db/config";
import { demoClaims, demoSources } from "../demo/founding-report";
import { prepareDatabase } from "./database-setup";
import { foundingReportPath, foundingReportText, seedDemoData, verifyDemoAnchors } from "./seed";

test("the seed stores the founding report, its sources and every claim with its anchor and chain", async () => {
  expect(await seedDemoData()).toEqual({ seeded: true });
  const { read } = db();

  const report = await read.report.findFirstOrThrow({
    include: { claims: { include: { hops: { include: { source: true }, orderBy: { position: "asc" } } } } },
  });
  expect(report.text).toBe(foundingReportText());
  expect(readFileSync(foundingReportPath, "utf8").startsWith(report.text.trimEnd())).toBe(true);
  expect(report.text).not.toContain("Exit mobile version");
  expect(report.claims).toHaveLength(demoClaims.length);
  for (const claim of report.claims) {
    expect(report.text.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.anchorExact);
    expect(report.text.slice(claim.anchorStart - claim.anchorPrefix.length, claim.anchorStart)).toBe(claim.anchorPrefix);
  }

  const planned = report.claims.find((claim) => claim.anchorExact === "12,000 troops")!;
  expect(planned).toMatchObject({ value: 12000, qualifier: "exact", modality: "planned", unit: "troops" });
  expect(planned.hops.map((hop) => [hop.source.name, hop.role])).toEqual([
    ["National Intelligence Service", "originator"],
    ["Yonhap News Agency", "relay"],
  ]);

  const nis = await read.source.findUniqueOrThrow({ where: { slug: "national-intelligence-service" }, include: { aliases: true, parent: true } });
  expect(nis.aliases.map((alias) => alias.alias)).toEqual(expect.arrayContaining(["NIS", "Seoul’s spy agency"]));
  expect(nis.parent?.name).toBe("Government of South Korea");
  expect(await read.source.count()).toBe(demoSources.length);

  // Every record the seed made has its "create" revision.
  const records = (await read.source.count()) + (await read.topic.count()) + 1 + demoClaims.length;
  expect(await read.revision.count({ where: { action: "create" } })).toBe(records);
});

test("seeding twice writes nothing the second time", async () => {
  await seedDemoData();
  const { read } = db();
  const before = await Promise.all([read.claim.count(), read.source.count(), read.revision.count()]);
  expect(await seedDemoData()).toEqual({ seeded: false });
  expect(await Promise.all([read.claim.count(), read.source.count(), read.revision.count()])).toEqual(before);
});

test("a second start on the same database applies nothing and seeds nothing", async () => {
  const config = databaseConfig();
  // As at `npm start`: nothing else has the database open while it is migrated.
  await disconnectDb();
  await prepareDatabase(config);
  expect(await prepareDatabase(config)).toEqual({ appliedMigrations: [], seeded: false, adminPassword: null });
});

test("the seed refuses, loudly, a claim whose anchor does not match the text", () => {
  const text = readFileSync(foundingReportPath, "utf8");
  const shifted = demoClaims.map((claim) =>
    claim.key === "nis-1500-arrived" ? { ...claim, anchor: { ...claim.anchor, start: claim.anchor.start + 1 } } : claim,
  );
  expect(() => verifyDemoAnchors(text, shifted)).toThrow(/nis-1500-arrived: expected "1,500 North Korean troops"/);
});
