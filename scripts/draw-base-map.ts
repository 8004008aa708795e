// npm run map:draw — draws the base maps (lib/charts/world-map.ts) into lib/charts/base-map/,
// where the app serves them from. Run it after changing the drawing; a unit test fails while
// the committed files differ from what the code draws.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { baseMapSvg, type MapDetail } from "../lib/charts/world-map";

for (const detail of ["110m", "50m"] as MapDetail[]) {
  const file = join(import.meta.dirname, "../lib/charts/base-map", `world-${detail}.svg`);
  const svg = baseMapSvg(detail);
  writeFileSync(file, svg);
  console.log(`${file}: ${svg.length} bytes`);
}
