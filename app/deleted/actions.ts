"use server";
// Administrators bring deleted records back, from the deleted-records page or from a
// deleted claim's own page. Restoring is itself a new version and a revision.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ConfirmState } from "@/app/claims/[id]/actions";
import { currentActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/data/actor";
import { restoreClaim } from "@/lib/data/mutations/claims";
import { restoreReport } from "@/lib/data/mutations/reports";
import { restoreSource } from "@/lib/data/mutations/sources";
import { restoreTopic } from "@/lib/data/mutations/topics";
import { malformedAction, postedForm, validatedAction } from "@/lib/http/action";
import { recordId, versionNumber } from "@/lib/schemas/text";

const restoreSchema = z.object({
  type: z.enum(["claim", "source", "report", "topic"]),
  id: recordId,
  version: z.coerce.number().pipe(versionNumber),
  /** Where the administrator goes afterwards: back to the list, or to the restored claim. */
  back: z.enum(["list", "record"]).default("list"),
});

const restorers = { claim: restoreClaim, source: restoreSource, report: restoreReport, topic: restoreTopic } as const;

function restore(actor: Actor, { type, id, version }: z.output<typeof restoreSchema>) {
  return restorers[type](actor, id, version);
}

export async function restoreDeletedRecord(_previous: ConfirmState, posted: FormData): Promise<ConfirmState> {
  const form = postedForm(posted);
  if (!form) return { error: malformedAction() };
  const actor = await currentActor();
  const restored = await validatedAction(restoreSchema, async (input) => ({ ...input, record: await restore(actor, input) }))(Object.fromEntries(form));
  if (!restored.ok) return { error: restored.error };
  const { type, id, back } = restored.data;
  redirect(back === "record" && type === "claim" ? `/claims/${id}?undeleted=1` : `/deleted?restored=${type}-${id}`);
}
