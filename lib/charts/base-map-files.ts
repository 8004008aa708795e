// The base maps as drawn by `npm run map:draw` and committed in lib/charts/base-map/: drawing
// the 1:50m world takes seconds of CPU, which no request should pay (nor the event loop wait
// for). Each file's version is a hash of its content, so its URL changes with the drawing and
// browsers may keep it for good.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MapDetail } from "./world-map";

const stored = new Map<MapDetail, { svg: string; version: string }>();

export function storedBaseMap(detail: MapDetail): { svg: string; version: string } {
  let file = stored.get(detail);
  if (!file) {
    // The app runs from the project folder (npm start, next start).
    const svg = readFileSync(join(process.cwd(), "lib/charts/base-map", `world-${detail}.svg`), "utf8");
    file = { svg, version: createHash("sha256").update(svg).digest("hex").slice(0, 12) };
    stored.set(detail, file);
  }
  return file;
}

/** Where a page finds the base map, with the group to `<use>`. */
export const baseMapHref = (detail: MapDetail) => `/map/base/world-${detail}.svg?v=${storedBaseMap(detail).version}#base-map`;
