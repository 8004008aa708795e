// GET /api/v1/topics/choices?q=&limit= — a few live topics whose title contains q, for pickers
// (titles starting with q first): `{ choices: [{ id, slug, label, unit, measure }] }`
// (unit and measure may be null: the review screen ticks only figures of the topic's unit).
import { actorFromRequest } from "@/lib/auth/current-actor";
import { findTopicChoices } from "@/lib/data/choices";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { readQuery } from "@/lib/schemas/pagination";
import { choiceQuerySchema } from "@/lib/schemas/choices";

export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const actor = await actorFromRequest(request);
  const query = readQuery(request, choiceQuerySchema);
  return json({ choices: await findTopicChoices(actor, query) });
});
