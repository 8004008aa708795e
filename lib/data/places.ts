// Claims with a place on the map, and the reference places their relations name
// ("north of Vladivostok"), found offline in the gazetteer (GeoNames, 1,000+ inhabitants).
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

// The reference places are looked up in the extractor's gazetteer (lib/extract/gazetteer.ts),
// the one city index of the app: loaded on first use, so the map pays for it only when a
// relation names a place.
async function resolveReferences(names: string[]): Promise<ReferencePlace[]> {
  if (names.length === 0) return [];
  const { findCity } = await import("../extract/gazetteer");
  return names.flatMap((name) => {
    const city = findCity(name);
    return city ? [{ name: city.name, country: city.country, longitude: city.longitude, latitude: city.latitude }] : [];
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
