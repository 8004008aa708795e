import { expect, test } from "vitest";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110 from "world-atlas/countries-110m.json";
import { baseMapFile, parseMapView, mapViewHref } from "./map-view";
import { baseMapHref, storedBaseMap } from "./base-map-files";
import { baseMapSvg, boundsAround, drawMap } from "./world-map";

const ussuriysk = { longitude: 131.95, latitude: 43.8 };
const vladivostok = { longitude: 131.87, latitude: 43.11 };
const occupiedUkraine = { longitude: 36.5, latitude: 47.5 };

test("the map frames the points with a margin, and never less than a few degrees", () => {
  const near = boundsAround([ussuriysk, vladivostok])!;
  expect(near.east - near.west).toBeCloseTo(4);
  expect(near.north - near.south).toBeCloseTo(4);
  expect(near.west).toBeLessThan(vladivostok.longitude);
  const wide = boundsAround([ussuriysk, occupiedUkraine])!;
  expect(wide.west).toBeCloseTo(36.5 - 0.2 * 95.45);
  expect(wide.east).toBeCloseTo(131.95 + 0.2 * 95.45);
  // Ukraine to the Pacific is a long, flat strip: the frame is made tall enough to read.
  const groundWidth = (wide.east - wide.west) * Math.cos((45.65 * Math.PI) / 180);
  expect(wide.north - wide.south).toBeGreaterThanOrEqual(groundWidth * 0.5 - 1e-9);
  expect(boundsAround([])).toBeNull();
  expect(boundsAround([{ longitude: 179, latitude: 84 }])).toMatchObject({ east: 180, north: 85 });
});

test("zoomed to Ussuriysk and Vladivostok, the two are far enough apart on screen to tell", () => {
  const map = drawMap(boundsAround([ussuriysk, vladivostok]), 600);
  const [ux, uy] = map.project(ussuriysk)!;
  const [vx, vy] = map.project(vladivostok)!;
  expect(Math.hypot(ux - vx, uy - vy)).toBeGreaterThan(60);
  // North is up: Ussuriysk, north of Vladivostok, is drawn above it.
  expect(uy).toBeLessThan(vy);
  for (const [x, y] of [
    [ux, uy],
    [vx, vy],
  ]) {
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(map.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(map.height);
  }
  expect(map.base.detail).toBe("50m");
});

test("the whole world is twice as wide as it is high, with every continent drawn", () => {
  const map = drawMap(null, 800);
  expect(map.height / map.width).toBeCloseTo(0.49, 1);
  expect(map.base.detail).toBe("110m");
});

test("a page's frame is the base map scaled and shifted: each dot lands on its place in the file", () => {
  const base = geoEqualEarth().fitWidth(1000, { type: "Sphere" });
  for (const bounds of [boundsAround([ussuriysk, vladivostok]), boundsAround([ussuriysk, occupiedUkraine]), null]) {
    const map = drawMap(bounds, 960);
    const [dx, dy, scale] = map.base.transform.match(/-?[\d.]+/g)!.map(Number) as [number, number, number];
    for (const place of [ussuriysk, vladivostok, occupiedUkraine]) {
      const [x, y] = base([place.longitude, place.latitude])!;
      const [px, py] = map.project(place)!;
      expect(px).toBeCloseTo(x * scale + dx, 1);
      expect(py).toBeCloseTo(y * scale + dy, 1);
    }
    // The same framing d3 gives the area fitted within the margins, as before the base map.
    const area = bounds
      ? {
          type: "MultiPoint" as const,
          coordinates: [
            [bounds.west, bounds.south],
            [bounds.east, bounds.north],
            [(bounds.west + bounds.east) / 2, bounds.south],
            [(bounds.west + bounds.east) / 2, bounds.north],
            [bounds.west, (bounds.south + bounds.north) / 2],
            [bounds.east, (bounds.south + bounds.north) / 2],
            [bounds.west, bounds.north],
            [bounds.east, bounds.south],
          ],
        }
      : { type: "Sphere" as const };
    const fitted = geoEqualEarth().fitExtent(
      [
        [8, 8],
        [952, map.height - 8],
      ],
      area,
    );
    const [fx, fy] = fitted([ussuriysk.longitude, ussuriysk.latitude])!;
    const [px, py] = map.project(ussuriysk)!;
    expect(px).toBeCloseTo(fx, 1);
    expect(py).toBeCloseTo(fy, 1);
  }
});

/** Absolute points of SVG path data, m/l/z relative or M/L/Z absolute, repeated points dropped. */
function pathPoints(d: string): string[] {
  const points: string[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = "";
  const tokens = d.match(/[mlzMLZ]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  for (let index = 0; index < tokens.length; ) {
    const token = tokens[index]!;
    if (/[mlzMLZ]/.test(token)) {
      command = token;
      index += 1;
      if (command.toLowerCase() === "z") [x, y] = [startX, startY];
      continue;
    }
    const [a, b] = [Number(token), Number(tokens[index + 1])];
    index += 2;
    [x, y] = command === command.toLowerCase() ? [x + a, y + b] : [a, b];
    if (command.toLowerCase() === "m") [startX, startY] = [x, y];
    const point = `${x.toFixed(1)},${y.toFixed(1)}`;
    if (points.at(-1) !== point) points.push(point);
  }
  return points;
}

test("the base map file draws every country's land where d3 puts it, in short relative steps", () => {
  const svg = baseMapSvg("110m");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1000 487"><g id="base-map">/);
  const paths = [...svg.matchAll(/ d="([^"]*)"/g)].map((match) => match[1]!);
  expect(paths).toHaveLength(3);
  const [, land] = paths;
  // The land drawn absolutely by d3 in the same frame covers the same points in the same order
  // (country by country rather than merged, so compare the set of coastline points).
  const topology = countries110 as unknown as Topology<{ countries: GeometryCollection }>;
  const absolute = geoPath(geoEqualEarth().fitWidth(1000, { type: "Sphere" })).digits(1)(feature(topology, topology.objects.countries)) ?? "";
  const drawn = new Set(pathPoints(land!));
  const everyCountry = new Set(pathPoints(absolute));
  expect(drawn.size).toBeGreaterThan(3_000);
  expect([...drawn].filter((point) => !everyCountry.has(point))).toEqual([]);
  // Strokes keep their width when a page zooms in.
  expect(svg.match(/vector-effect="non-scaling-stroke"/g)).toHaveLength(3);
  expect(svg.length).toBeLessThan(100_000);
}, 60_000);

test("the committed base map files are what the code draws (npm run map:draw)", () => {
  for (const detail of ["110m", "50m"] as const) expect(storedBaseMap(detail).svg === baseMapSvg(detail)).toBe(true);
}, 60_000); // drawing the 1:50m world takes seconds

test("a page names the base map file by detail and content version; other names are refused", () => {
  expect(baseMapHref("50m")).toMatch(/^\/map\/base\/world-50m\.svg\?v=[0-9a-f]{12}#base-map$/);
  expect(baseMapHref("50m")).not.toBe(baseMapHref("110m").replace("110m", "50m"));
  expect(baseMapFile.parse("world-110m.svg")).toBe("110m");
  expect(baseMapFile.safeParse("../../etc/passwd").success).toBe(false);
});

test("the map's view comes from the URL, and a bad one falls back to every place", () => {
  expect(parseMapView({})).toEqual({ view: { kind: "places" }, issue: null });
  expect(parseMapView({ view: "world" })).toEqual({ view: { kind: "world" }, issue: null });
  expect(parseMapView({ view: "cmabc123" })).toEqual({ view: { kind: "place", claimId: "cmabc123" }, issue: null });
  expect(parseMapView({ view: "<script>" })).toEqual({ view: { kind: "places" }, issue: "Expected places, world or a claim's id" });
  expect(mapViewHref({ kind: "place", claimId: "cmabc123" })).toBe("/map?view=cmabc123");
  expect(mapViewHref({ kind: "places" })).toBe("/map");
});
