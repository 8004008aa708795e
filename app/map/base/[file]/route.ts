// GET /map/base/world-110m.svg and world-50m.svg: the base map (lib/charts/world-map.ts) as a
// file. The same for everyone and public data, so no actor is asked for; the map page's URL
// carries baseMapVersion, so browsers keep it for a year and a page sends only its frame and
// points. Drawn once per process, on first request.
import { baseMapFile } from "@/lib/charts/map-view";
import { baseMapSvg, baseMapVersion, type MapDetail } from "@/lib/charts/world-map";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const drawn = new Map<MapDetail, string>();

export const GET = route(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const file = baseMapFile.safeParse((await params).file);
  if (!file.success) throw new AppError("not_found", "No such map");
  const svg = drawn.get(file.data) ?? baseMapSvg(file.data);
  drawn.set(file.data, svg);
  // An old version's URL gets today's drawing, but not for keeps.
  const current = new URL(request.url).searchParams.get("v") === String(baseMapVersion);
  return new Response(svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": current ? "public, max-age=31536000, immutable" : "public, max-age=300" },
  });
});
