"use server";
// Editing, deleting and restoring one claim from its pages. The data layer checks the
// actor's role and the version on every call; these actions read the form, call it, and
// say what happened in the analyst's words.
import { redirect } from "next/navigation";
import { z } from "zod";
import { type ClaimFormValues, claimFormValues } from "@/app/_components/claims/claim-edit-fields";
import type { EditConflictState } from "@/app/_components/common/form-edits";
import { currentActor } from "@/lib/auth/current-actor";
import { deleteClaim, restoreClaimVersion, updateClaim } from "@/lib/data/mutations/claims";
import type { ClaimRecord } from "@/lib/data/mutations/records";
import { getClaimHistory } from "@/lib/data/mutations/reads";
import { sourceChoicesByIds } from "@/lib/data/choices";
import { changesSince } from "@/lib/data/revision-names";
import { type ActionError, malformedAction, postedForm, previousState, validatedAction } from "@/lib/http/action";
import { recordId, versionNumber } from "@/lib/schemas/text";
import { changedValues, claimEditSchema, readClaimEditForm } from "./claim-edit-schema";

export type ClaimEditState = {
  /** Bumped on every answer, so the form remounts with the values below. */
  attempt: number;
  version: number;
  values: ClaimFormValues;
  startedFrom: ClaimFormValues;
  error: ActionError | null;
  conflict: EditConflictState<ClaimFormValues> | null;
  /** The names of the sources in the chains shown (the claim's, the analyst's and, after a conflict, theirs), by id. */
  sourceNames?: Record<string, string>;
};

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
    const history = await getClaimHistory(actor, id);
    const changedMeanwhile = await changesSince(actor, history?.revisions ?? [], version);
    // Their chain may name sources this form never offered: the panel shows them by name.
    const named = await sourceChoicesByIds(
      actor,
      [...theirs.chain, ...values.chain].map((hop) => hop.sourceId),
    );
    const sourceNames = { ...previous.sourceNames, ...Object.fromEntries(named.map((source) => [source.id, source.label])) };
    return answer({ values, version: current.version, conflict: { theirs, version: current.version, changedMeanwhile }, sourceNames });
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
