"use client";
// The confirmation step before a change that needs a second thought (restoring a version,
// deleting, restoring a deleted record): the question, one button that does it, one way out.
// A refusal (role, a newer version, a rule) is said here, in place.
import Link from "next/link";
import { type ReactNode, useActionState } from "react";
import type { ConfirmState } from "@/app/claims/[id]/actions";

type Props = {
  action: (previous: ConfirmState, form: FormData) => Promise<ConfirmState>;
  fields: Record<string, string | number>;
  question?: ReactNode;
  confirmLabel: string;
  /** The button's name for screen readers when its label alone is ambiguous (a list of Restore buttons). */
  confirmName?: string;
  /** Without it the form is a single button (the question is the page's banner). */
  cancelHref?: string;
  tone?: "danger" | "normal";
};

export function ConfirmForm({ action, fields, question, confirmLabel, confirmName, cancelHref, tone = "normal" }: Props) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} className={`confirm-step confirm-${tone}`}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {question ? <div className="confirm-question">{question}</div> : null}
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error.message}
          {state.error.code === "version_conflict" ? " Reload the page to see the claim as it is now." : null}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className={tone === "danger" ? "danger" : "primary"} disabled={pending} aria-label={confirmName}>
          {pending ? "Working…" : confirmLabel}
        </button>
        {cancelHref ? <Link href={cancelHref}>Cancel</Link> : null}
      </div>
    </form>
  );
}
