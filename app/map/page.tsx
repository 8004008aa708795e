import type { Metadata } from "next";
import { MapPage } from "@/app/map/_components/map-page";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { parseMapView, type MapSearchParams } from "@/lib/charts/map-view";
import { listPlacedClaims } from "@/lib/data/places";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map" };

export default async function MapRoute({ searchParams }: { searchParams: Promise<MapSearchParams> }) {
  const { view, issue } = parseMapView(await searchParams);
  const places = await listPlacedClaims(await readerOrSignIn("/map"));
  return <MapPage places={places} view={view} issue={issue} />;
}
