"use client";
// Merging a duplicate into the source on screen: search for the other spelling by name,
// confirm. The posted value carries the duplicate's version as it was offered, so a merge of a
// source someone changed meanwhile is refused rather than applied to a record the analyst has
// not seen. The sources are asked for as the analyst types, never shipped whole (issue 14).
import { useActionState, useMemo } from "react";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import type { ConfirmState } from "@/app/claims/[id]/actions";
import { mergeSourceFromForm } from "@/app/sources/actions";
import type { SourceChoice } from "@/lib/schemas/choices";

type Props = { survivor: { id: string; name: string } };

export function SourceMergeForm({ survivor }: Props) {
  const [state, formAction, pending] = useActionState<ConfirmState, FormData>(mergeSourceFromForm, { error: null });
  const exclude = useMemo(() => [survivor.id], [survivor.id]);
  return (
    <form action={formAction} className="source-merge confirm-step confirm-danger" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a duplicate into this source</h2>
      <p className="meta">
        Its claims, the reports it published, its sources and its names move to {survivor.name}; it becomes a deleted alias. The merge can be undone from the
        history below.
      </p>
      <input type="hidden" name="into" value={survivor.id} />
      <ChoiceCombobox<SourceChoice>
        name="duplicate"
        carries="id"
        formValue={(choice) => `${choice.id}:${choice.version}`}
        label="Duplicate"
        endpoint="/api/v1/sources/choices"
        chosen={null}
        exclude={exclude}
        required
        placeholder="type the other spelling"
      />
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error.message}
          {state.error.code === "version_conflict" ? " Reload the page to see the source as it is now." : null}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="danger" disabled={pending}>
          {pending ? "Merging…" : `Merge into ${survivor.name}`}
        </button>
      </div>
    </form>
  );
}
