"use server";
// Creating, editing, merging and un-merging sources from their pages. The data layer checks
// the role and the version; these read the form, call it, and say what happened.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ConfirmState } from "@/app/claims/[id]/actions";
import { currentActor } from "@/lib/auth/current-actor";
import { mergeSource, undoSourceMerge } from "@/lib/data/mutations/source-merge";
import { createSource, updateSource } from "@/lib/data/mutations/sources";
import type { SourceRecord } from "@/lib/data/mutations/records";
import { type ActionError, validatedAction } from "@/lib/http/action";
import { sourceCreateSchema, sourceUpdateSchema } from "@/lib/schemas/source";
import { recordId, versionNumber } from "@/lib/schemas/text";
import { type SourceFormValues, sourceFormFields, sourceFormValuesOf } from "./source-form-values";

export type SourceFormState = {
  attempt: number;
  values: SourceFormValues;
  error: ActionError | null;
  /** On a version conflict: the source as someone else saved it. */
  theirs: { version: number; values: SourceFormValues } | null;
};

const text = (form: FormData, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
const blankIsNull = (value: string) => (value.trim() === "" ? null : value.trim());

function readValues(form: FormData): SourceFormValues {
  return Object.fromEntries(sourceFormFields.map((field) => [field, text(form, field)])) as SourceFormValues;
}

/** Typed form text as the API's fields: blanks are none, aliases one a line, the country in capitals. */
function asFields(values: SourceFormValues) {
  return {
    name: values.name,
    kind: values.kind,
    country: blankIsNull(values.country)?.toUpperCase() ?? null,
    parentId: blankIsNull(values.parentId),
    aliases: values.aliases
      .split("\n")
      .map((alias) => alias.trim())
      .filter(Boolean),
    homepage: blankIsNull(values.homepage),
    description: blankIsNull(values.description),
    reliability: blankIsNull(values.reliability),
  };
}

export async function createSourceFromForm(previous: SourceFormState, form: FormData): Promise<SourceFormState> {
  const values = readValues(form);
  const actor = await currentActor();
  const created = await validatedAction(sourceCreateSchema, (input) => createSource(actor, input))(asFields(values));
  if (created.ok) redirect(`/sources/${created.data.slug}?saved=1`);
  return { ...previous, attempt: previous.attempt + 1, values, error: created.error, theirs: null };
}

export async function saveSourceEdits(previous: SourceFormState, form: FormData): Promise<SourceFormState> {
  const values = readValues(form);
  const id = text(form, "id");
  const version = Number(text(form, "version"));
  const actor = await currentActor();
  const saved = await validatedAction(sourceUpdateSchema, (input) => updateSource(actor, id, version, input))(asFields(values));
  if (saved.ok) redirect(`/sources/${saved.data.slug}?saved=${saved.data.version}`);
  const current = saved.error.code === "version_conflict" ? (saved.error.details?.current as SourceRecord | null | undefined) : null;
  const theirs = current && current.deletedAt === null ? { version: current.version, values: sourceFormValuesOf(current) } : null;
  return { ...previous, attempt: previous.attempt + 1, values, error: saved.error, theirs };
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
