// Figures entered before claims had a measure get one from their unit's or topic's words, and
// location claims their place as scope, when the backfill migration runs (issue 9).
import { afterEach, expect, inject, test } from "vitest";
import { connect } from "../db/client";
import { applyPendingMigrations, currentDatamodel, listMigrations } from "../db/migrations";
import { withSchemaEngine } from "../db/schema-engine";
import { emptyTestDatabase, testEngine } from "../testing/test-databases";
import { seedDemoData } from "./seed";

const engine = testEngine();
const backfill = /_measure_scope_backfill$/;
const fileDatabaseUrl = process.env.DATABASE_URL;

afterEach(() => {
  process.env.DATABASE_URL = fileDatabaseUrl;
});

test("existing figures get the measure their unit or topic names; location claims their place as scope", async () => {
  const config = await emptyTestDatabase(inject("testRunId"));
  const every = listMigrations(engine);
  const before = { ...every, migrationDirectories: every.migrationDirectories.filter((folder) => !backfill.test(folder.path)) };
  await withSchemaEngine(config, currentDatamodel(engine), (schemaEngine) =>
    schemaEngine.applyMigrations({ migrationsList: before, filters: { externalTables: [], externalEnums: [] } }),
  );
  const seeding = connect(config);
  await seedDemoData(seeding);
  await seeding.writeTransaction(async (tx) => {
    await tx.claim.updateMany({ data: { measure: null } });
    const report = await tx.report.findFirstOrThrow();
    const quake = await tx.topic.create({ data: { slug: "quake-deaths", title: "Earthquake deaths", unit: "people" } });
    const anchor = { anchorExact: "x", anchorStart: 0, anchorEnd: 1 };
    await tx.claim.createMany({
      data: [
        { reportId: report.id, topicId: quake.id, kind: "quantity", statement: "163 people", value: 163, unit: "people", ...anchor },
        { reportId: report.id, topicId: quake.id, kind: "quantity", statement: "40 injured", value: 40, unit: "wounded", ...anchor },
        { reportId: report.id, kind: "quantity", statement: "3 tents", value: 3, unit: "tents", ...anchor },
      ],
    });
  });
  await seeding.disconnect();

  expect(await applyPendingMigrations(config)).toEqual([expect.stringMatching(backfill)]);
  const database = connect(config);

  const figures = await database.read.claim.findMany({ where: { kind: "quantity" }, select: { statement: true, unit: true, measure: true } });
  const measureOf = (statement: string) => figures.find((figure) => figure.statement === statement)?.measure;
  expect(figures.filter((figure) => figure.unit === "troops").map((figure) => figure.measure)).toEqual(Array(5).fill("deployed"));
  expect([measureOf("163 people"), measureOf("40 injured"), measureOf("3 tents")]).toEqual(["killed", "injured", null]);
  const places = await database.read.claim.findMany({ where: { kind: "location" }, select: { placeName: true, scopePlace: true } });
  expect(places.length).toBeGreaterThan(0);
  for (const place of places) expect(place.scopePlace).toBe(place.placeName);
  await database.disconnect();
});
