"use server";
// Editing, deleting and restoring one claim from its pages. The data layer checks the
// actor's role and the version on every call; these actions read the form, call it, and
// say what happened in the analyst's words.
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ClaimFormValues, claimFormValues } from "@/app/_components/claims/claim-edit-fields";
import { currentActor } from "@/lib/auth/current-actor";
import { deleteClaim, restoreClaimVersion, updateClaim } from "@/lib/data/mutations/claims";
import type { ClaimRecord } from "@/lib/data/mutations/records";
import { getClaimHistory } from "@/lib/data/mutations/reads";
import { namesForRevisions } from "@/lib/data/revision-names";
import { type ActionError, malformedAction, postedForm, previousState, validatedAction } from "@/lib/http/action";
import { recordId, versionNumber } from "@/lib/schemas/text";
import { changedValues, claimEditSchema, readClaimEditForm } from "./claim-edit-schema";

export type ChangedMeanwhile = { author: string; at: string; version: number; action: string };

export type ClaimEditState = {
  /** Bumped on every answer, so the form remounts with the values below. */
  attempt: number;
  version: number;
  values: ClaimFormValues;
  startedFrom: ClaimFormValues;
  error: ActionError | null;
  conflict: { theirs: ClaimFormValues; version: number; changedMeanwhile: ChangedMeanwhile[] } | null;
};

/** Who changed the claim after `version`, for "Changed meanwhile by …". */
async function changesSince(id: string, version: number): Promise<ChangedMeanwhile[]> {
  const actor = await currentActor();
  const history = await getClaimHistory(actor, id);
  const later = (history?.revisions ?? []).filter((revision) => revision.version > version);
  const names = await namesForRevisions(actor, { authorIds: later.flatMap((revision) => (revision.authorId ? [revision.authorId] : [])), sourceIds: [] });
  return later.map((revision) => ({
    author: revision.authorId ? (names.authors[revision.authorId] ?? "an unknown user") : "the system",
    at: revision.createdAt.toISOString(),
    version: revision.version,
    action: revision.action,
  }));
}

export async function saveClaimEdits(previousPosted: ClaimEditState, formPosted: FormData): Promise<ClaimEditState> {
  const previous = previousState<ClaimEditState>(previousPosted);
  const form = postedForm(formPosted);
  if (!previous || !form)
    return { ...(previous ?? ({} as ClaimEditState)), attempt: Number(previous?.attempt) + 1 || 1, error: malformedAction(), conflict: null };
  const answer = (patch: Partial<ClaimEditState>): ClaimEditState => ({ ...previous, attempt: previous.attempt + 1, error: null, ...patch });
  const posted = readClaimEditForm(form);
  if (!posted.success) {
    return answer({ error: { code: "validation_failed", message: "The form could not be read: reload the page and try again", issues: [] } });
  }
  const { id, version, startedFrom, values } = posted.data;
  const changed = changedValues(values, startedFrom);
  if (Object.keys(changed).length === 0) {
    return answer({ values, error: { code: "validation_failed", message: "Nothing to save: no field differs from the claim as you opened it" } });
  }
  const actor = await currentActor();
  const saved = await validatedAction(claimEditSchema, (fields) => updateClaim(actor, id, version, fields))(changed);
  if (saved.ok) redirect(`/claims/${id}?saved=${saved.data.version}`);
  const current = saved.error.code === "version_conflict" ? (saved.error.details?.current as ClaimRecord | null | undefined) : null;
  if (current && current.deletedAt === null) {
    const theirs = claimFormValues(current);
    return answer({ values, version: current.version, conflict: { theirs, version: current.version, changedMeanwhile: await changesSince(id, version) } });
  }
  return answer({ values, error: saved.error, conflict: previous.conflict });
}

export type ConfirmState = { error: ActionError | null };

const restoreVersionSchema = z.object({ id: recordId, version: z.coerce.number().pipe(versionNumber), toVersion: z.coerce.number().pipe(versionNumber) });

export async function restoreEarlierVersion(_previous: ConfirmState, posted: FormData): Promise<ConfirmState> {
  const form = postedForm(posted);
  if (!form) return { error: malformedAction() };
  const actor = await currentActor();
  const restored = await validatedAction(restoreVersionSchema, ({ id, version, toVersion }) => restoreClaimVersion(actor, id, version, toVersion))(
    Object.fromEntries(form),
  );
  if (!restored.ok) return { error: restored.error };
  redirect(`/claims/${restored.data.id}?restored=${String(form.get("toVersion"))}#history-heading`);
}

const deleteSchema = z.object({ id: recordId, version: z.coerce.number().pipe(versionNumber) });

export async function deleteClaimSoftly(_previous: ConfirmState, posted: FormData): Promise<ConfirmState> {
  const form = postedForm(posted);
  if (!form) return { error: malformedAction() };
  const actor = await currentActor();
  const deleted = await validatedAction(deleteSchema, ({ id, version }) => deleteClaim(actor, id, version))(Object.fromEntries(form));
  if (!deleted.ok) return { error: deleted.error };
  redirect(`/claims/${deleted.data.id}/deleted`);
}
