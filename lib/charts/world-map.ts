// The world map, drawn on the server from world-atlas (Natural Earth countries shipped in
// an npm package, so it works offline) with a d3-geo Equal Earth projection: SVG path
// strings and projected points for a React component to render, no client JavaScript.
import { geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiLineString, MultiPoint } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110 from "world-atlas/countries-110m.json";
import countries50 from "world-atlas/countries-50m.json";

export type GeoPoint = { longitude: number; latitude: number };
export type MapBounds = { west: number; south: number; east: number; north: number };
export type MapGeometry = { width: number; height: number; land: string; borders: string; graticule: string; project: (point: GeoPoint) => [number, number] | null };

/** The least span shown, in degrees: close enough to tell Ussuriysk from Vladivostok. */
const MIN_SPAN = 4;
/** The flattest frame, height over width on the ground: a strip of the globe shows nothing. */
const MIN_ASPECT = 0.5;

function widen(low: number, high: number, least: number): [number, number] {
  const margin = Math.max((high - low) * 0.2, (least - (high - low)) / 2, 0);
  return [low - margin, high + margin];
}

/**
 * The box around the points with a margin of a fifth of their span, at least MIN_SPAN
 * across, and at least half as high as it is wide on the ground (a degree of longitude
 * shrinks with the cosine of the latitude), kept within the globe. Null for no points.
 */
export function boundsAround(points: readonly GeoPoint[]): MapBounds | null {
  if (points.length === 0) return null;
  const longitudes = points.map((point) => point.longitude);
  const latitudes = points.map((point) => point.latitude);
  const [west, east] = widen(Math.min(...longitudes), Math.max(...longitudes), MIN_SPAN);
  const middle = (Math.min(...latitudes) + Math.max(...latitudes)) / 2;
  const groundWidth = (east - west) * Math.cos((middle * Math.PI) / 180);
  const [south, north] = widen(Math.min(...latitudes), Math.max(...latitudes), Math.max(MIN_SPAN, groundWidth * MIN_ASPECT));
  return { west: Math.max(west, -180), east: Math.min(east, 180), south: Math.max(south, -85), north: Math.min(north, 85) };
}

function boundsShape(bounds: MapBounds): MultiPoint {
  // Corners and edge midpoints, so a curved projection still fits the whole box.
  const { west, south, east, north } = bounds;
  const midLongitude = (west + east) / 2;
  const midLatitude = (south + north) / 2;
  return {
    type: "MultiPoint",
    coordinates: [[west, south], [west, north], [east, south], [east, north], [midLongitude, south], [midLongitude, north], [west, midLatitude], [east, midLatitude]],
  };
}

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

function countryShapes(detailed: boolean) {
  const topology = (detailed ? countries50 : countries110) as unknown as CountriesTopology;
  const land = feature(topology, topology.objects.countries) as FeatureCollection;
  const borders: MultiLineString = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { land, borders };
}

/**
 * The map for `bounds` (the whole world when null), `width` wide; its height follows the
 * shape of the area. Zoomed maps use the finer 1:50m countries, clipped to the frame.
 */
export function drawMap(bounds: MapBounds | null, width: number): MapGeometry {
  const margin = 8;
  const projection = geoEqualEarth();
  const area: Feature<MultiPoint> | { type: "Sphere" } = bounds ? { type: "Feature", properties: {}, geometry: boundsShape(bounds) } : { type: "Sphere" };
  projection.fitWidth(width - 2 * margin, area);
  const [[, top], [, bottom]] = geoPath(projection).bounds(area);
  // Tall areas are capped, so a map of a long coastline still fits on a screen.
  const height = Math.min(Math.round(bottom - top + 2 * margin), Math.round(width * 0.9));
  projection.fitExtent([[margin, margin], [width - margin, height - margin]], area);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  const { land, borders } = countryShapes(bounds !== null);
  return {
    width,
    height,
    land: path(land) ?? "",
    borders: path(borders) ?? "",
    graticule: path(geoGraticule10()) ?? "",
    project: (point) => projection([point.longitude, point.latitude]),
  };
}
