// GET, PATCH and DELETE of one record, the same for every entity of API v1: changes name the
// version they start from (If-Match, or `version` in the body / query) and deleting is soft.
import type { z } from "zod";
import { actorFromRequest, writerFromRequest } from "../auth/current-actor";
import type { Actor } from "../data/actor";
import { invariantFound } from "../errors";
import { readQuery, versionQuerySchema } from "../schemas/pagination";
import { recordJson, startingVersion, withStartingVersion } from "./etag";
import { readJson } from "./request";
import { route } from "./route";

type VersionedRecord = { id: string; version: number };
type Context = { params: Promise<{ id: string }> };

export function recordRoutes<R extends VersionedRecord, S extends z.ZodType<{ version?: number }>>(entity: {
  /** As the 404 message names it: "Claim", "Source"… */
  name: string;
  read: (actor: Actor, id: string) => Promise<R | null>;
  updateSchema: S;
  update: (actor: Actor, id: string, version: number, input: z.output<S>) => Promise<R>;
  remove: (actor: Actor, id: string, version: number) => Promise<R>;
}) {
  const GET = route(async (request: Request, { params }: Context) => {
    const { id } = await params;
    return recordJson(request, invariantFound(await entity.read(await actorFromRequest(request), id), entity.name));
  });

  const PATCH = route(async (request: Request, { params }: Context) => {
    const { id } = await params;
    // Who is asking first: an anonymous or read-only caller's body is never read.
    const actor = await writerFromRequest(request);
    const input = await readJson(request, entity.updateSchema);
    const start = startingVersion(request, id, input.version);
    return recordJson(request, await withStartingVersion(start, (version) => entity.update(actor, id, version, input)));
  });

  const DELETE = route(async (request: Request, { params }: Context) => {
    const { id } = await params;
    const actor = await writerFromRequest(request);
    const start = startingVersion(request, id, readQuery(request, versionQuerySchema).version, "query");
    return recordJson(request, await withStartingVersion(start, (version) => entity.remove(actor, id, version)));
  });

  return { GET, PATCH, DELETE };
}
