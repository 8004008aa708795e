import { expect, test } from "vitest";
import { db } from "../db/client";
import { system } from "./actor";
import { listPlacedClaims } from "./places";
import { seedDemoData } from "./seed";

test("the founding report's places are on the map, Ussuriysk with Vladivostok as its reference", async () => {
  await seedDemoData();
  const places = await listPlacedClaims(system);
  expect(places.map((place) => place.placeName)).toEqual(["Russian-occupied territories of Ukraine", "Ussuriysk"]);
  const ussuriysk = places.find((place) => place.placeName === "Ussuriysk")!;
  expect(ussuriysk).toMatchObject({
    relation: "near; north of Vladivostok",
    latitude: 43.8,
    longitude: 131.95,
    modality: "completed",
    chain: "Reports from Russia’s Far East via BBC Russian",
  });
  expect(ussuriysk.references).toHaveLength(1);
  expect(ussuriysk.references[0]).toMatchObject({ name: "Vladivostok", country: "RU" });
  expect(ussuriysk.references[0]!.latitude).toBeCloseTo(43.1, 1);
  expect(places[0]!.references).toEqual([]);
});

test("a deleted claim leaves the map", async () => {
  await seedDemoData();
  const { read, writeTransaction } = db();
  const claim = await read.claim.findFirstOrThrow({ where: { placeName: "Ussuriysk" } });
  await writeTransaction((tx) => tx.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } }));
  expect((await listPlacedClaims(system)).map((place) => place.placeName)).toEqual(["Russian-occupied territories of Ukraine"]);
});
