"use server";
// A typed scope, looked up in the offline gazetteer as the save will look it up, so that the
// review card and the edit form can say where the place lies, or that it was not found.
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { assertCanWrite } from "@/lib/data/actor";
import { validatedAction } from "@/lib/http/action";
import { resolveScope } from "@/lib/places/scope";

export const checkScope = validatedAction(z.object({ name: z.string().trim().min(1).max(200) }), async ({ name }) => {
  assertCanWrite(await currentActor());
  return resolveScope(name);
});
