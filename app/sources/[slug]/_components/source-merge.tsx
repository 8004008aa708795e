"use client";
// Merging a duplicate into the source on screen: pick the other spelling, confirm. The
// option's value carries the duplicate's version, so a merge of a source someone changed
// meanwhile is refused rather than applied to a record the analyst has not seen.
import { useActionState } from "react";
import type { ConfirmState } from "@/app/claims/[id]/actions";
import { mergeSourceFromForm } from "@/app/sources/actions";

type Props = { survivor: { id: string; name: string }; choices: { id: string; name: string; version: number }[] };

export function SourceMergeForm({ survivor, choices }: Props) {
  const [state, formAction, pending] = useActionState<ConfirmState, FormData>(mergeSourceFromForm, { error: null });
  const others = choices.filter((choice) => choice.id !== survivor.id);
  return (
    <form action={formAction} className="source-merge confirm-step confirm-danger" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge a duplicate into this source</h2>
      <p className="meta">
        Its claims, the reports it published, its sources and its names move to {survivor.name}; it becomes a deleted alias. The merge can be undone from the
        history below.
      </p>
      <input type="hidden" name="into" value={survivor.id} />
      <div className="field">
        <label htmlFor="merge-duplicate">Duplicate</label>
        <select id="merge-duplicate" name="duplicate" required defaultValue="">
          <option value="" disabled>
            choose the other spelling
          </option>
          {others.map((choice) => (
            <option key={choice.id} value={`${choice.id}:${choice.version}`}>
              {choice.name}
            </option>
          ))}
        </select>
      </div>
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
