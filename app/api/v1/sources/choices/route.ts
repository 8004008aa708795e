// GET /api/v1/sources/choices?q=&limit= — a few live sources whose name contains q, for pickers
// (names starting with q first): `{ choices: [{ id, slug, label }] }`.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { findSourceChoices } from "@/lib/data/choices";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { readQuery } from "@/lib/schemas/pagination";
import { choiceQuerySchema } from "@/lib/schemas/choices";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const actor = await actorFromRequest(request);
  const query = readQuery(request, choiceQuerySchema);
  return json({ choices: await findSourceChoices(actor, query) });
});
