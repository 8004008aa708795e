"use client";
// Creating or editing a topic: its title, what it measures in words, the unit its figures
// are compared in, and a description.
import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/app/_components/common/form-field";
import type { TopicFormState } from "@/app/topics/actions";
import type { TopicFormValues } from "@/app/topics/topic-form-values";

type Props = {
  action: (previous: TopicFormState, form: FormData) => Promise<TopicFormState>;
  initial: TopicFormState;
  record: { id: string; slug: string; version: number } | null;
};

const fields: { field: keyof TopicFormValues; label: string; hint?: string; multiline?: boolean }[] = [
  { field: "title", label: "Title", hint: "The question, e.g. “North Korean troops sent to Russia”" },
  { field: "measure", label: "What is measured", hint: "In words, e.g. “troops sent”" },
  { field: "unit", label: "Unit", hint: "The unit figures are compared in, e.g. “troops”" },
  { field: "description", label: "Description", multiline: true },
];

export function TopicForm({ action, initial, record }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const errors = new Map((state.error?.issues ?? []).map((issue) => [issue.path.split(".")[0] || "title", issue.message]));
  return (
    <form key={state.attempt} action={formAction} className="source-form" noValidate>
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      {state.error ? (
        <p role="alert" className="form-error">
          <strong>{state.error.message}</strong>
        </p>
      ) : null}
      {fields.map(({ field, label, hint, multiline }) => (
        <FormField key={field} id={`topic-${field}`} label={label} hint={hint} error={errors.get(field)}>
          {(control) => {
            const common = { ...control, name: field, defaultValue: state.values[field] };
            return multiline ? <textarea {...common} rows={4} /> : <input {...common} type="text" />;
          }}
        </FormField>
      ))}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : record ? "Save changes" : "Create the topic"}
        </button>
        <Link href={record ? `/topics/${record.slug}` : "/"}>Cancel</Link>
      </div>
    </form>
  );
}
