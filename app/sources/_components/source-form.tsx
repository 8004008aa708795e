"use client";
// Creating or editing a source: one form for both. Editing carries the version it was opened
// at; a save that meets a newer version keeps what was typed and shows the saved values beside.
import Link from "next/link";
import { useActionState } from "react";
import type { SourceFormState } from "@/app/sources/actions";
import type { SourceFormValues } from "@/app/sources/source-form-values";
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

function Field({
  field,
  value,
  error,
  choices,
  multiline,
}: {
  field: keyof SourceFormValues;
  value: string;
  error?: string;
  choices?: { value: string; label: string }[];
  multiline?: boolean;
}) {
  const id = `source-${field}`;
  const described = [hints[field] ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name: field, defaultValue: value, "aria-invalid": error ? true : undefined, "aria-describedby": described };
  return (
    <div className={`field field-${field}`}>
      <label htmlFor={id}>{labels[field]}</label>
      {choices ? (
        <select {...common}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={field === "homepage" ? "url" : "text"} />
      )}
      {hints[field] ? (
        <p id={`${id}-hint`} className="meta">
          {hints[field]}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SourceForm({ action, initial, record, parents }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const errors = new Map((state.error?.issues ?? []).map((issue) => [issue.path.split(".")[0] || "name", issue.message]));
  const values = state.values;
  const parentChoices = [
    { value: "", label: "none" },
    ...parents.filter((parent) => parent.id !== record?.id).map((parent) => ({ value: parent.id, label: parent.name })),
  ];
  return (
    <form key={state.attempt} action={formAction} className="source-form" noValidate>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={state.theirs?.version ?? record.version} />
        </>
      ) : null}
      {state.error ? (
        <div role="alert" className="form-error" tabIndex={-1}>
          <p>
            <strong>{state.error.message}</strong>
          </p>
          {state.theirs ? (
            <p>
              Saved meanwhile as version {state.theirs.version}: {state.theirs.values.name},{" "}
              {sourceKindLabels[state.theirs.values.kind as keyof typeof sourceKindLabels]}
              {state.theirs.values.reliability ? `, graded ${state.theirs.values.reliability}` : ""}. Your values are kept below: save again to apply them on
              top.
            </p>
          ) : null}
        </div>
      ) : null}
      <Field field="name" value={values.name} error={errors.get("name")} />
      <Field field="kind" value={values.kind} error={errors.get("kind")} choices={kindChoices} />
      <Field field="country" value={values.country} error={errors.get("country")} />
      <Field field="parentId" value={values.parentId} error={errors.get("parentId")} choices={parentChoices} />
      <Field field="aliases" value={values.aliases} error={errors.get("aliases")} multiline />
      <Field field="homepage" value={values.homepage} error={errors.get("homepage")} />
      <Field field="description" value={values.description} error={errors.get("description")} multiline />
      <Field field="reliability" value={values.reliability} error={errors.get("reliability")} choices={gradeChoices} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : record ? "Save changes" : "Create the source"}
        </button>
        <Link href={record ? `/sources/${record.slug}` : "/sources"}>Cancel</Link>
      </div>
    </form>
  );
}
