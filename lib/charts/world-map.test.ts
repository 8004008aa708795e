import { expect, test } from "vitest";
import { parseMapView, mapViewHref } from "./map-view";
import { boundsAround, drawMap } from "./world-map";

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
  for (const [x, y] of [[ux, uy], [vx, vy]]) {
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(map.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(map.height);
  }
  expect(map.land).toMatch(/^M/);
  expect(map.borders).toMatch(/^M/);
});

test("the whole world is twice as wide as it is high, with every continent drawn", () => {
  const map = drawMap(null, 800);
  expect(map.height / map.width).toBeCloseTo(0.49, 1);
  expect(map.land.length).toBeGreaterThan(10_000);
});

test("the map's view comes from the URL, and a bad one falls back to every place", () => {
  expect(parseMapView({})).toEqual({ view: { kind: "places" }, issue: null });
  expect(parseMapView({ view: "world" })).toEqual({ view: { kind: "world" }, issue: null });
  expect(parseMapView({ view: "cmabc123" })).toEqual({ view: { kind: "place", claimId: "cmabc123" }, issue: null });
  expect(parseMapView({ view: "<script>" })).toEqual({ view: { kind: "places" }, issue: "Expected places, world or a claim's id" });
  expect(mapViewHref({ kind: "place", claimId: "cmabc123" })).toBe("/map?view=cmabc123");
  expect(mapViewHref({ kind: "places" })).toBe("/map");
});
