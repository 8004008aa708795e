"use client";
// Creating or editing a source: one form for both. Editing carries the version it was opened
// at and the values it started from; a save that meets a newer version keeps what was typed
// and shows the other analyst's change beside it (EditConflict, as on the claim edit form).
import Link from "next/link";
import { useActionState, useEffect } from "react";
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
  parents: { id: string; name: string }[];
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

export function SourceForm({ action, initial, record, parents }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const errors = new Map((state.error?.issues ?? []).map((issue) => [issue.path.split(".")[0] || "name", issue.message]));
  const values = state.values;
  const parentChoices = [
    { value: "", label: "none" },
    ...parents.filter((parent) => parent.id !== record?.id).map((parent) => ({ value: parent.id, label: parent.name })),
  ];
  const choicesOf: Partial<Record<keyof SourceFormValues, { value: string; label: string }[]>> = {
    kind: kindChoices,
    parentId: parentChoices,
    reliability: gradeChoices,
  };
  const parentNames = new Map(parents.map((parent) => [parent.id, parent.name]));
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
