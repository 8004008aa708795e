// The map itself: land and borders from world-atlas (a cached file shared by every map, see
// lib/charts/world-map.ts), each claim's place as a dot coloured
// by modality, and the places its relation names as small grey dots. On the wide map the
// dots carry names; on the narrow one and the whole world, numbers matching the table, since
// names would collide.
import { modalityColours } from "@/lib/charts/plot-svg";
import { baseMapHref } from "@/lib/charts/base-map-files";
import { drawMap, type MapBounds } from "@/lib/charts/world-map";
import type { PlacedClaim } from "@/lib/data/places";
import { modalityLabels } from "@/lib/domain/vocabulary";

/** `width` is the drawing's own: 960 for desktops, 400 for phones, so labels keep their size. */
type Props = { places: PlacedClaim[]; numbers: Map<string, number>; bounds: MapBounds | null; description: string; width: number };

/** A long name on two lines, broken at the space nearest its middle. */
function labelLines(name: string): string[] {
  if (name.length <= 22) return [name];
  const middle = name.length / 2;
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  const at = spaces.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
  return at === undefined ? [name] : [name.slice(0, at), name.slice(at + 1)];
}

function PlaceLabel({ name, x, anchor }: { name: string; x: number; anchor: "start" | "end" }) {
  const lines = labelLines(name);
  return (
    <text x={x} y={-8 - (lines.length - 1) * 19} textAnchor={anchor}>
      {lines.map((line, index) => (
        <tspan key={line} x={x} dy={index === 0 ? 0 : 19}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function WorldMap({ places, numbers, bounds, description, width }: Props) {
  const map = drawMap(bounds, width);
  const zoomed = bounds !== null;
  // On the whole world, names would pile up on each other: numbers, as on a phone.
  const named = width >= 600 && zoomed;
  const ids = { title: `map-title-${width}`, description: `map-description-${width}` };
  const references = [...new Map(places.flatMap((place) => place.references).map((reference) => [reference.name, reference])).values()];
  return (
    <svg className="world-map" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby={`${ids.title} ${ids.description}`}>
      <title id={ids.title}>Map of the claims’ places</title>
      <desc id={ids.description}>{description}</desc>
      <rect width={map.width} height={map.height} className="map-sea" />
      {/* The base map comes from its own cached file; only the frame and the dots are the page's. */}
      <use href={baseMapHref(map.base.detail)} transform={map.base.transform} />
      {references.map((reference) => {
        const point = map.project(reference);
        if (!point) return null;
        const leftwards = point[0] > map.width * 0.65;
        return (
          <g key={`reference-${reference.name}`} transform={`translate(${point[0].toFixed(1)},${point[1].toFixed(1)})`} className="map-reference">
            <circle r={zoomed ? 4 : 3} />
            {zoomed ? (
              <text x={leftwards ? -7 : 7} y={16} textAnchor={leftwards ? "end" : "start"}>
                {reference.name}
              </text>
            ) : (
              <title>{reference.name}</title>
            )}
          </g>
        );
      })}
      {places.map((place) => {
        const point = map.project(place);
        if (!point) return null;
        // Names near the right edge read leftwards, so they stay inside the frame.
        const anchor = point[0] > map.width * 0.65 ? "end" : "start";
        return (
          <g key={place.id} transform={`translate(${point[0].toFixed(1)},${point[1].toFixed(1)})`} className="map-place">
            <circle r={named ? 8 : 10} fill={modalityColours[place.modality]}>
              <title>{`${numbers.get(place.id)}. ${place.placeName} (${place.relation ?? "at"}): ${place.statement} ${modalityLabels[place.modality]}.`}</title>
            </circle>
            {named ? (
              <PlaceLabel name={place.placeName} x={anchor === "start" ? 10 : -10} anchor={anchor} />
            ) : (
              <text className="map-number" y={5} textAnchor="middle">
                {numbers.get(place.id)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
