// POST /api/v1/topics/{id}/restore — an administrator brings a deleted topic back.
import { administratorFromRequest } from "@/lib/auth/current-actor";
import { restoreTopic } from "@/lib/data/mutations/topics";
import { recordJson, startingVersion, withStartingVersion } from "@/lib/http/etag";
import { readJson } from "@/lib/http/request";
import { route } from "@/lib/http/route";
import { restoreRequestSchema } from "@/lib/schemas/pagination";

export const dynamic = "force-dynamic";

export const POST = route(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const actor = await administratorFromRequest(request);
  const start = startingVersion(request, id, (await readJson(request, restoreRequestSchema)).version);
  return recordJson(request, await withStartingVersion(start, (version) => restoreTopic(actor, id, version)));
});
