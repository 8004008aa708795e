// The map's text alternative: every place, its relation as stated, the claim and its source.
import Link from "next/link";
import { mapViewHref } from "@/lib/charts/map-view";
import type { PlacedClaim } from "@/lib/data/places";
import { ModalityTag } from "../../_components/common/tags";

const coordinate = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;

type Props = { places: PlacedClaim[]; numbers: Map<string, number>; focusedId: string | null };

export function MapPlaceTable({ places, numbers, focusedId }: Props) {
  return (
    <div className="table-wrap">
      <table aria-labelledby="places-heading">
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Claim</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <tr key={place.id} aria-current={place.id === focusedId ? "true" : undefined}>
              <td>
                <span className="place-number">{numbers.get(place.id)}</span> <strong>{place.placeName}</strong>
                <span className="as-stated">
                  {place.relation ? `“${place.relation}”` : "no relation stated"}
                  {place.precision ? ` · ${place.precision}` : ""}
                </span>
                <span className="as-stated coordinates">
                  {coordinate(place.latitude, "N", "S")}, {coordinate(place.longitude, "E", "W")}
                </span>
                {place.references.length ? (
                  <span className="as-stated">Reference: {place.references.map((reference) => reference.name).join(", ")}</span>
                ) : null}
                {place.id === focusedId ? (
                  <span className="as-stated">Shown close up</span>
                ) : (
                  <Link href={mapViewHref({ kind: "place", claimId: place.id })} className="zoom-link">
                    Zoom in<span className="visually-hidden"> to {place.placeName}</span>
                  </Link>
                )}
              </td>
              <td>
                <Link href={`/claims/${place.id}`}>{place.statement}</Link> <ModalityTag modality={place.modality} />
              </td>
              <td>
                {place.chain}
                <span className="as-stated">
                  in <Link href={`/reports/${place.reportId}#claim-${place.id}`}>{place.reportTitle}</Link>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
