"use server";
// Creating, editing, merging and un-merging sources from their pages. The data layer checks
// the role and the version; these read the form, call it, and say what happened.
import { redirect } from "next/navigation";
import { z } from "zod";
import { changedFields, type EditConflictState, postedStartingValues } from "@/app/_components/common/form-edits";
import type { ConfirmState } from "@/app/claims/[id]/actions";
import { currentActor } from "@/lib/auth/current-actor";
import { sourceChoicesByIds } from "@/lib/data/choices";
import { mergeSource, undoSourceMerge } from "@/lib/data/mutations/source-merge";
import { createSource, updateSource } from "@/lib/data/mutations/sources";
import type { SourceRecord } from "@/lib/data/mutations/records";
import { getSourceHistory } from "@/lib/data/mutations/reads";
import { changesSince } from "@/lib/data/revision-names";
import { type ActionError, validatedAction } from "@/lib/http/action";
import { sourceCreateSchema, sourceUpdateSchema } from "@/lib/schemas/source";
import { recordId, versionNumber } from "@/lib/schemas/text";
import { type SourceFormValues, sourceFormFields, sourceFormValuesOf } from "./source-form-values";

export type SourceFormState = {
  /** Bumped on every answer, so the form remounts with the values below. */
  attempt: number;
  /** The version the next save starts from (0 when creating). */
  version: number;
  values: SourceFormValues;
  /** What the form was opened with: only the fields that differ from it are saved. */
  startedFrom: SourceFormValues;
  error: ActionError | null;
  /** On a version conflict: the source as someone else saved it, and who did. */
  conflict: EditConflictState<SourceFormValues> | null;
  /** The names of the parents the form may show, by id (the pickers search for the rest). */
  sourceNames: Record<string, string>;
};

const text = (form: FormData, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
const blankIsNull = (value: string) => (value.trim() === "" ? null : value.trim());

function readValues(form: FormData): SourceFormValues {
  return Object.fromEntries(sourceFormFields.map((field) => [field, text(form, field)])) as SourceFormValues;
}

/** Typed form text as the API's fields: blanks are none, aliases one a line, the country in capitals. */
function asFields(values: Partial<SourceFormValues>) {
  const fields = {
    name: values.name,
    kind: values.kind,
    country: values.country === undefined ? undefined : (blankIsNull(values.country)?.toUpperCase() ?? null),
    parentId: values.parentId === undefined ? undefined : blankIsNull(values.parentId),
    aliases: values.aliases
      ?.split("\n")
      .map((alias) => alias.trim())
      .filter(Boolean),
    homepage: values.homepage === undefined ? undefined : blankIsNull(values.homepage),
    description: values.description === undefined ? undefined : blankIsNull(values.description),
    reliability: values.reliability === undefined ? undefined : blankIsNull(values.reliability),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

export async function createSourceFromForm(previous: SourceFormState, form: FormData): Promise<SourceFormState> {
  const values = readValues(form);
  const actor = await currentActor();
  const created = await validatedAction(sourceCreateSchema, (input) => createSource(actor, input))(asFields(values));
  if (created.ok) redirect(`/sources/${created.data.slug}?saved=1`);
  return { ...previous, attempt: previous.attempt + 1, values, error: created.error, conflict: null };
}

const editedRecordSchema = z.object({ id: recordId, version: z.coerce.number().pipe(versionNumber) });

/**
 * Saves only the fields the analyst changed since the form was opened, as the claim edit form
 * does: after a conflict, applying them on the newer version keeps the other analyst's changes.
 */
export async function saveSourceEdits(previous: SourceFormState, form: FormData): Promise<SourceFormState> {
  const values = readValues(form);
  const answer = (patch: Partial<SourceFormState>): SourceFormState => ({ ...previous, attempt: previous.attempt + 1, values, error: null, ...patch });
  const record = editedRecordSchema.safeParse({ id: text(form, "id"), version: text(form, "version") });
  const startedFrom = postedStartingValues(sourceFormFields, form.get("startedFrom"));
  if (!record.success || !startedFrom)
    return answer({ error: { code: "validation_failed", message: "The form could not be read: reload the page and try again" } });
  const { id, version } = record.data;
  const changed = changedFields(sourceFormFields, values, startedFrom);
  if (Object.keys(changed).length === 0) {
    return answer({ error: { code: "validation_failed", message: "Nothing to save: no field differs from the source as you opened it" } });
  }
  const actor = await currentActor();
  const saved = await validatedAction(sourceUpdateSchema, (input) => updateSource(actor, id, version, input))(asFields(changed));
  if (saved.ok) redirect(`/sources/${saved.data.slug}?saved=${saved.data.version}`);
  const current = saved.error.code === "version_conflict" ? (saved.error.details?.current as SourceRecord | null | undefined) : null;
  if (current && current.deletedAt === null) {
    const history = await getSourceHistory(actor, id);
    const changedMeanwhile = await changesSince(actor, history?.revisions ?? [], version);
    const theirParent = await sourceChoicesByIds(actor, current.parentId ? [current.parentId] : []);
    return answer({
      version: current.version,
      conflict: { theirs: sourceFormValuesOf(current), version: current.version, changedMeanwhile },
      sourceNames: { ...previous.sourceNames, ...Object.fromEntries(theirParent.map((parent) => [parent.id, parent.label])) },
    });
  }
  return answer({ error: saved.error, conflict: previous.conflict });
}

/** The duplicate is posted as "id:version", the version it was listed at. */
const mergeFormSchema = z.object({
  into: recordId,
  duplicate: z
    .string()
    .regex(/^[^:]+:\d+$/, "Choose the duplicate")
    .transform((value) => ({ id: value.split(":")[0]!, version: Number(value.split(":")[1]) })),
});

export async function mergeSourceFromForm(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const actor = await currentActor();
  const merged = await validatedAction(mergeFormSchema, ({ duplicate, into }) => mergeSource(actor, duplicate.id, duplicate.version, into))(
    Object.fromEntries(form),
  );
  if (!merged.ok) return { error: merged.error };
  redirect(`/sources/${merged.data.slug}?merged=1#history-heading`);
}

const undoFormSchema = z.object({ id: recordId, version: z.coerce.number().pipe(versionNumber), revisionId: recordId });

export async function undoMergeFromForm(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const actor = await currentActor();
  const undone = await validatedAction(undoFormSchema, ({ id, version, revisionId }) => undoSourceMerge(actor, id, version, revisionId))(
    Object.fromEntries(form),
  );
  if (!undone.ok) return { error: undone.error };
  redirect(`/sources/${undone.data.slug}?unmerged=1#history-heading`);
}
