// GET /map/base/world-110m.svg and world-50m.svg: the base map (lib/charts/world-map.ts), as
// drawn into lib/charts/base-map/. The same for everyone and public data, so no actor is asked
// for. The map page's URL carries the file's version (a hash of its content), so at that
// version browsers keep it for a year and a page sends only its frame and points.
import { storedBaseMap } from "@/lib/charts/base-map-files";
import { baseMapFile } from "@/lib/charts/map-view";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const file = baseMapFile.safeParse((await params).file);
  if (!file.success) throw new AppError("not_found", "No such map");
  const { svg, version } = storedBaseMap(file.data);
  // Another version's URL gets today's drawing, but not for keeps.
  const current = new URL(request.url).searchParams.get("v") === version;
  return new Response(svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": current ? "public, max-age=31536000, immutable" : "public, max-age=300" },
  });
});
