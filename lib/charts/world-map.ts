// The world map, drawn on the server from world-atlas (Natural Earth countries shipped in
// an npm package, so it works offline) with a d3-geo Equal Earth projection: a base map
// drawn once and served as a cached file, and per page the frame and projected points for a
// React component to render, no client JavaScript.
import { geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import type { Feature, MultiLineString, MultiPoint, MultiPolygon } from "geojson";
import { merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import countries110 from "world-atlas/countries-110m.json";
import countries50 from "world-atlas/countries-50m.json";

export type GeoPoint = { longitude: number; latitude: number };
export type MapBounds = { west: number; south: number; east: number; north: number };

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
    coordinates: [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
      [midLongitude, south],
      [midLongitude, north],
      [west, midLatitude],
      [east, midLatitude],
    ],
  };
}

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** Land at 1:110m for the whole world; 1:50m for maps zoomed on a few places. */
export type MapDetail = "110m" | "50m";

/**
 * The base map (sea lines, land, borders) is drawn once, for the whole world, in this frame:
 * Equal Earth fitted to BASE_WIDTH. `npm run map:draw` writes it to lib/charts/base-map/, it is
 * served as a cached SVG file (app/map/base) and each page only scales and shifts it, so the
 * world's outline never travels with a page.
 */
const BASE_WIDTH = 1000;

const sphere = { type: "Sphere" } as const;
const baseProjection = () => geoEqualEarth().fitWidth(BASE_WIDTH, sphere);

function countryShapes(detail: MapDetail) {
  const topology = (detail === "50m" ? countries50 : countries110) as unknown as CountriesTopology;
  // Land as one shape and each border once: countries drawn one by one would send every
  // shared border three times (two outlines and the border line).
  const land: MultiPolygon = merge(topology, topology.objects.countries.geometries as (TopoPolygon | TopoMultiPolygon)[]);
  const borders: MultiLineString = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { land, borders };
}

/** A whole number of 10^-digits units as the shortest decimal: 150 → "1.5", -12 → "-.12". */
function decimal(units: number, digits: number): string {
  const sign = units < 0 ? "-" : "";
  const text = String(Math.abs(units)).padStart(digits + 1, "0");
  const whole = text.slice(0, -digits).replace(/^0$/, "");
  const fraction = text.slice(-digits).replace(/0+$/, "");
  return sign + (whole || (fraction ? "" : "0")) + (fraction ? `.${fraction}` : "");
}

/**
 * SVG path data in relative steps for d3-geo to draw into. A coastline's steps are a few
 * hundredths of a unit, a few characters each where absolute coordinates take a dozen;
 * positions are rounded before the steps are taken, so rounding never accumulates.
 */
function relativePath(digits: number) {
  const factor = 10 ** digits;
  const parts: string[] = [];
  let at: readonly [number, number] = [0, 0];
  let start = at;
  let last = "";
  const step = (command: "m" | "l", x: number, y: number) => {
    const to = [Math.round(x * factor), Math.round(y * factor)] as const;
    const [dx, dy] = [decimal(to[0] - at[0], digits), decimal(to[1] - at[1], digits)];
    if (command === "l" && dx === "0" && dy === "0") return;
    at = to;
    const prefix = command !== last ? command : dx.startsWith("-") ? "" : " ";
    parts.push(`${prefix}${dx}${dy.startsWith("-") ? "" : ","}${dy}`);
    last = command;
  };
  return {
    moveTo: (x: number, y: number) => {
      step("m", x, y);
      start = at;
    },
    lineTo: (x: number, y: number) => step("l", x, y),
    closePath: () => {
      parts.push("z");
      at = start;
      last = "z";
    },
    beginPath: () => undefined,
    arc: () => undefined, // only points are drawn as arcs, and the base map has none
    result: () => parts.join(""),
  };
}

/**
 * The base map as an SVG document whose group `#base-map` pages take with `<use>`. Strokes
 * keep their width however far a page zooms in (non-scaling-stroke); the 1:50m land keeps a
 * hundredth of a unit, since zoomed maps enlarge it up to about a hundred times.
 */
export function baseMapSvg(detail: MapDetail): string {
  const projection = baseProjection();
  const path = (object: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = relativePath(detail === "50m" ? 2 : 1);
    geoPath(projection, context)(object);
    return context.result();
  };
  const height = Math.ceil(geoPath(projection).bounds(sphere)[1][1]);
  const { land, borders } = countryShapes(detail);
  const line = 'vector-effect="non-scaling-stroke"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${BASE_WIDTH} ${height}"><g id="base-map">`,
    `<path d="${path(geoGraticule10()) ?? ""}" fill="none" stroke="#dbe5ec" stroke-width="0.5" ${line}/>`,
    `<path d="${path(land) ?? ""}" fill="#e4e1d8" stroke="#b8b3a6" stroke-width="0.5" ${line}/>`,
    `<path d="${path(borders) ?? ""}" fill="none" stroke="#ffffff" stroke-width="0.8" ${line}/>`,
    "</g></svg>\n",
  ].join("");
}

export type MapGeometry = {
  width: number;
  height: number;
  /** Which base map to draw, and the transform that puts its area in this frame. */
  base: { detail: MapDetail; transform: string };
  project: (point: GeoPoint) => [number, number] | null;
};

/**
 * The map for `bounds` (the whole world when null), `width` wide; its height follows the
 * shape of the area. Zoomed maps use the finer 1:50m countries. The frame is the base map
 * scaled and shifted (the same projection, only fitted differently), so points projected
 * here fall where the base map draws their place.
 */
export function drawMap(bounds: MapBounds | null, width: number): MapGeometry {
  const margin = 8;
  const base = baseProjection();
  const area: Feature<MultiPoint> | typeof sphere = bounds ? { type: "Feature", properties: {}, geometry: boundsShape(bounds) } : sphere;
  const [[left, top], [right, bottom]] = geoPath(base).bounds(area);
  const fitted = (width - 2 * margin) / (right - left);
  // Tall areas are capped, so a map of a long coastline still fits on a screen.
  const height = Math.min(Math.round((bottom - top) * fitted + 2 * margin), Math.round(width * 0.9));
  const scale = Math.min(fitted, (height - 2 * margin) / (bottom - top));
  // Centred in the frame, as d3's fitExtent would.
  const dx = (width - (right - left) * scale) / 2 - left * scale;
  const dy = (height - (bottom - top) * scale) / 2 - top * scale;
  return {
    width,
    height,
    base: { detail: bounds ? "50m" : "110m", transform: `translate(${dx.toFixed(2)},${dy.toFixed(2)}) scale(${scale.toFixed(5)})` },
    project: (point) => {
      const projected = base([point.longitude, point.latitude]);
      return projected ? [projected[0] * scale + dx, projected[1] * scale + dy] : null;
    },
  };
}
