// One labelled form field: the label, the control, its hint and its error, the last two tied
// to the control by aria-describedby so a screen reader reads them with it. The control is
// the caller's (an input, a select, a textarea or a custom one), given the wiring to spread.
import type { ReactNode } from "react";

/** What the control must carry for its label, hint and error to be read with it. */
export type FieldControl = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Extra class names beside "field", e.g. "field-country" for a narrower box. */
  className?: string;
  children: (control: FieldControl) => ReactNode;
};

export function FormField({ id, label, hint, error, className, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="meta">
          {hint}
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

/** The options of a select, as value and label. */
export function Choices({ choices }: { choices: readonly { value: string; label: string }[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
