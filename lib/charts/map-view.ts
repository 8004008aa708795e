// Which part of the world the map shows, from the URL: the extent of every claim's place
// (the default), the whole world, or one claim's place with the places its relation names.
import { z } from "zod";
import type { MapDetail } from "./world-map";

export type MapView = { kind: "places" } | { kind: "world" } | { kind: "place"; claimId: string };
export type MapSearchParams = Record<string, string | string[] | undefined>;

const viewParam = z.union([
  z.enum(["places", "world"]),
  // Claim ids are cuids; anything else is refused before it reaches a query.
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Expected places, world or a claim's id"),
]);

/** The base map files (app/map/base): world-110m.svg and world-50m.svg, as their detail. */
export const baseMapFile = z.enum(["world-110m.svg", "world-50m.svg"]).transform((file) => (file === "world-50m.svg" ? "50m" : "110m") as MapDetail);

/** The view asked for; a value that cannot be read falls back to every place, with a message. */
export function parseMapView(params: MapSearchParams): { view: MapView; issue: string | null } {
  const raw = Array.isArray(params.view) ? params.view[0] : params.view;
  if (raw === undefined || raw === "") return { view: { kind: "places" }, issue: null };
  const parsed = viewParam.safeParse(raw);
  if (!parsed.success) return { view: { kind: "places" }, issue: parsed.error.issues[0]?.message ?? "Invalid view" };
  if (parsed.data === "places" || parsed.data === "world") return { view: { kind: parsed.data }, issue: null };
  return { view: { kind: "place", claimId: parsed.data }, issue: null };
}

export function mapViewHref(view: MapView): string {
  if (view.kind === "places") return "/map";
  return `/map?view=${encodeURIComponent(view.kind === "world" ? "world" : view.claimId)}`;
}
