"use client";
// Creating or editing a source: one form for both. Editing carries the version it was opened
// at and the values it started from; a save that meets a newer version keeps what was typed
// and shows the other analyst's change beside it (EditConflict, as on the claim edit form).
// The parent ("Part of") is searched for as the analyst types, never shipped whole (issue 14):
// only the names of the parents this form has seen come with it.
import Link from "next/link";
import { useActionState, useEffect, useMemo, useRef } from "react";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import { EditConflict } from "@/app/_components/common/edit-conflict";
import { Choices, FormField } from "@/app/_components/common/form-field";
import type { SourceFormState } from "@/app/sources/actions";
import { sourceFormFields, type SourceFormValues } from "@/app/sources/source-form-values";
import { reliabilityGrades, reliabilityLabels, sourceKindLabels, sourceKinds } from "@/lib/domain/vocabulary";

type Props = {
  action: (previous: SourceFormState, form: FormData) => Promise<SourceFormState>;
  initial: SourceFormState;
  /** Editing: the record and its version; creating: null. */
  record: { id: string; slug: string; version: number } | null;
};

const labels: Record<keyof SourceFormValues, string> = {
  name: "Name",
  kind: "Kind",
  country: "Country",
  parentId: "Part of",
  aliases: "Also called",
  homepage: "Homepage",
  description: "Description",
  reliability: "Reliability",
};

const hints: Partial<Record<keyof SourceFormValues, string>> = {
  country: "Two letters, e.g. KR; empty when not stated",
  parentId: "The body it belongs to; type part of its name and choose it, or leave empty",
  aliases: "One name a line, as texts write it (“NIS”, “Seoul's spy agency”)",
  reliability: "The desk's Admiralty grade of the source; who set it and when is kept in its history",
};

const kindChoices = sourceKinds.map((kind) => ({ value: kind, label: sourceKindLabels[kind] }));
const gradeChoices = [
  { value: "", label: "not graded" },
  ...reliabilityGrades.map((grade) => ({ value: grade, label: `${grade}: ${reliabilityLabels[grade]}` })),
];
const multiline = new Set<keyof SourceFormValues>(["aliases", "description"]);

/** A value as the conflict panel shows it: labels for choices, "none" for blanks. */
function readable(field: keyof SourceFormValues, value: string, parentNames: Map<string, string>): string {
  if (value.trim() === "") return "none";
  if (field === "kind") return sourceKindLabels[value as keyof typeof sourceKindLabels] ?? value;
  if (field === "parentId") return parentNames.get(value) ?? value;
  if (field === "reliability") return gradeChoices.find((choice) => choice.value === value)?.label ?? value;
  if (field === "aliases") return value.split("\n").filter(Boolean).join(" · ");
  return value;
}

export function SourceForm({ action, initial, record }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const errors = new Map((state.error?.issues ?? []).map((issue) => [issue.path.split(".")[0] || "name", issue.message]));
  const values = state.values;
  const choicesOf: Partial<Record<keyof SourceFormValues, { value: string; label: string }[]>> = { kind: kindChoices, reliability: gradeChoices };
  // The names of the parents seen here: the record's, those chosen, and the other analyst's after a conflict.
  const parentsSeen = useRef(new Map(Object.entries(initial.sourceNames)));
  for (const [id, name] of Object.entries(state.sourceNames)) parentsSeen.current.set(id, name);
  const parentNames = parentsSeen.current;
  const notOffered = useMemo(() => (record ? [record.id] : []), [record]);
  const { conflict, startedFrom } = state;
  // After an answer the form is new: take the keyboard to what the analyst must read first.
  useEffect(() => {
    if (state.attempt > 0) document.getElementById(conflict ? "conflict-heading" : "source-problem")?.focus();
  }, [state.attempt, conflict]);
  return (
    <form key={state.attempt} action={formAction} className="source-form" noValidate>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={state.version} />
          <input type="hidden" name="startedFrom" value={JSON.stringify(startedFrom)} />
        </>
      ) : null}
      {record && conflict ? (
        <EditConflict
          noun="source"
          version={conflict.version}
          changedMeanwhile={conflict.changedMeanwhile}
          rows={sourceFormFields
            .filter((field) => conflict.theirs[field] !== startedFrom[field])
            .map((field) => ({
              field,
              label: labels[field],
              theirs: readable(field, conflict.theirs[field], parentNames),
              yours: readable(field, values[field], parentNames),
              youChangedIt: values[field] !== startedFrom[field],
            }))}
          discardHref={`/sources/${record.slug}`}
          pending={pending}
        />
      ) : null}
      {state.error ? (
        <div role="alert" className="form-error" id="source-problem" tabIndex={-1}>
          <p>
            <strong>{state.error.message}</strong>
          </p>
        </div>
      ) : null}
      {sourceFormFields.map((field) => (
        <FormField key={field} id={`source-${field}`} label={labels[field]} hint={hints[field]} error={errors.get(field)} className={`field-${field}`}>
          {(control) => {
            const common = { ...control, name: field, defaultValue: values[field] };
            if (field === "parentId")
              return (
                <ChoiceCombobox
                  name={field}
                  carries="id"
                  label={labels[field]}
                  endpoint="/api/v1/sources/choices"
                  chosen={values.parentId ? { id: values.parentId, slug: "", label: parentNames.get(values.parentId) ?? "unknown source" } : null}
                  placeholder="none"
                  exclude={notOffered}
                  onChoose={(choice) => {
                    if (choice) parentNames.set(choice.id, choice.label);
                  }}
                  control={control}
                />
              );
            const choices = choicesOf[field];
            if (choices)
              return (
                <select {...common}>
                  <Choices choices={choices} />
                </select>
              );
            if (multiline.has(field)) return <textarea {...common} rows={4} />;
            return <input {...common} type={field === "homepage" ? "url" : "text"} />;
          }}
        </FormField>
      ))}
      {conflict ? null : (
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {pending ? "Saving…" : record ? "Save changes" : "Create the source"}
          </button>
          <Link href={record ? `/sources/${record.slug}` : "/sources"}>Cancel</Link>
        </div>
      )}
    </form>
  );
}
