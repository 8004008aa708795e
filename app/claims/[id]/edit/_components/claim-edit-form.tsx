"use client";
// Editing a claim. The form carries the version it was loaded with and the values it
// started from; a save that meets a newer version keeps the analyst's values here and shows
// the other analyst's change beside them (ClaimEditConflict).
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import type { Choice } from "@/lib/schemas/choices";
import { type ClaimEditState, saveClaimEdits } from "@/app/claims/[id]/actions";
import { Choices, FormField } from "@/app/_components/common/form-field";
import { ClaimEditChain } from "./claim-edit-chain";
import { ClaimEditConflict } from "./claim-edit-conflict";
import { ClaimEditScope } from "./claim-edit-scope";
import { dayFields, type EditableClaimField, fieldChoices, fieldLabels, numberFields } from "@/app/_components/claims/claim-edit-fields";

/** scopeNotFound: the stored scope's name, when the gazetteer did not know it. */
type Props = {
  claimId: string;
  initial: ClaimEditState;
  /** The claim's topic as saved; other topics are searched for as the analyst types. */
  topic: Choice | null;
  scopeNotFound?: string | null;
};

const groups: { legend: string; fields: EditableClaimField[] }[] = [
  { legend: "The figure", fields: ["value", "qualifier", "lower", "upper", "unit", "asStated"] },
  { legend: "What it counts, where", fields: ["measure", "scopePlace"] },
  { legend: "What it describes", fields: ["modality", "stance"] },
  { legend: "Place", fields: ["placeName", "placeRelation", "placePrecision", "latitude", "longitude"] },
  { legend: "Times", fields: ["claimedAt", "periodStart", "periodEnd"] },
  { legend: "The analyst's judgement", fields: ["confidence", "credibility", "reviewStatus"] },
  { legend: "Filed under", fields: ["topicId"] },
];

const hints: Partial<Record<EditableClaimField, string>> = {
  value: "A number; 12,000 or 12000",
  asStated: "The words of the report, e.g. “four brigades”",
  placeRelation: "As stated, e.g. “near”, “north of Vladivostok”",
  scopePlace: "A place the gazetteer knows, e.g. “Malatya” or “Turkey”",
  periodStart: "Leave empty when the figure holds at one day",
  periodEnd: "The day the figure holds at; it starts as the day it was claimed",
  credibility: "Admiralty grade of the information; the source's own grade is set on its page",
};

function errorsByField(state: ClaimEditState): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of state.error?.issues ?? []) {
    const field = issue.path.split(".")[0] || "statement";
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return errors;
}

function Field({
  field,
  value,
  error,
  topicPicker,
  scopeNotFound = null,
}: {
  field: EditableClaimField;
  value: string;
  error?: string;
  topicPicker?: { chosen: Choice | null; onChoose: (choice: Choice | null) => void };
  scopeNotFound?: string | null;
}) {
  if (topicPicker) {
    return (
      <div className={`field field-${field}`}>
        <ChoiceCombobox
          name={field}
          carries="id"
          label={fieldLabels[field]}
          endpoint="/api/v1/topics/choices"
          chosen={topicPicker.chosen}
          placeholder="none: type a topic’s title"
          onChoose={topicPicker.onChoose}
        />
        {error ? <p className="field-error">{error}</p> : null}
      </div>
    );
  }
  const choices = fieldChoices[field];
  return (
    <FormField id={`claim-${field}`} label={fieldLabels[field]} hint={hints[field]} error={error} className={`field-${field}`}>
      {(control) => {
        const common = { ...control, name: field, defaultValue: value };
        if (choices)
          return (
            <select {...common}>
              <Choices choices={choices} />
            </select>
          );
        if (field === "scopePlace")
          return (
            <ClaimEditScope id={control.id} value={value} describedBy={control["aria-describedby"]} invalid={Boolean(error)} storedNotFound={scopeNotFound} />
          );
        if (field === "notes" || field === "statement") return <textarea {...common} rows={field === "notes" ? 4 : 2} />;
        return <input {...common} type={dayFields.has(field) ? "date" : "text"} inputMode={numberFields.has(field) ? "decimal" : undefined} />;
      }}
    </FormField>
  );
}

export function ClaimEditForm({ claimId, initial, topic, scopeNotFound = null }: Props) {
  // The titles of the topics seen here, so that a form shown again after an answer names its topic.
  const topicsSeen = useRef(new Map<string, Choice>(topic ? [[topic.id, topic]] : []));
  const [state, formAction, pending] = useActionState(saveClaimEdits, initial);
  const errors = errorsByField(state);
  // The names of the sources seen here: the chains' as read, and those the analyst chose.
  const sourcesSeen = useRef(new Map<string, string>(Object.entries(initial.sourceNames ?? {})));
  for (const [id, name] of Object.entries(state.sourceNames ?? {})) sourcesSeen.current.set(id, name);
  const sourceNames = Object.fromEntries(sourcesSeen.current);
  // After an answer the form is new: take the keyboard to what the analyst must read first.
  useEffect(() => {
    if (state.attempt > 0) document.getElementById(state.conflict ? "conflict-heading" : "edit-problem")?.focus();
  }, [state.attempt, state.conflict]);
  return (
    <form key={state.attempt} action={formAction} className={state.conflict ? "claim-edit has-conflict-panel" : "claim-edit"} noValidate>
      <input type="hidden" name="id" value={claimId} />
      <input type="hidden" name="version" value={state.version} />
      <input type="hidden" name="startedFrom" value={JSON.stringify(state.startedFrom)} />
      {state.conflict ? (
        <ClaimEditConflict
          conflict={state.conflict}
          startedFrom={state.startedFrom}
          yours={state.values}
          sourceNames={sourceNames}
          claimId={claimId}
          pending={pending}
        />
      ) : null}
      <div className="claim-edit-fields">
        {state.error ? (
          <div role="alert" className="form-error" id="edit-problem" tabIndex={-1}>
            <p>
              <strong>{state.error.message}</strong>
            </p>
            {errors.size ? <p>The fields marked below need another look.</p> : null}
          </div>
        ) : null}
        <Field field="statement" value={state.values.statement} error={errors.get("statement")} />
        {groups.map((group) => (
          <fieldset key={group.legend} className="field-group">
            <legend>{group.legend}</legend>
            {group.fields.map((field) => (
              <Field
                key={field}
                field={field}
                value={state.values[field]}
                error={errors.get(field)}
                topicPicker={
                  field === "topicId"
                    ? {
                        // A topic id never seen here (another analyst's, from a conflict) is kept, not dropped.
                        chosen: state.values.topicId
                          ? (topicsSeen.current.get(state.values.topicId) ?? { id: state.values.topicId, slug: "", label: "the topic as saved" })
                          : null,
                        onChoose: (choice) => {
                          if (choice) topicsSeen.current.set(choice.id, choice);
                        },
                      }
                    : undefined
                }
                scopeNotFound={field === "scopePlace" ? scopeNotFound : null}
              />
            ))}
          </fieldset>
        ))}
        <ClaimEditChain
          initial={state.values.chain}
          sourceNames={sourceNames}
          onNamed={(choice) => sourcesSeen.current.set(choice.id, choice.label)}
          error={errors.get("chain")}
        />
        <Field field="notes" value={state.values.notes} error={errors.get("notes")} />
        {state.conflict ? null : (
          <div className="actions">
            <button type="submit" className="primary" disabled={pending}>
              {pending ? "Saving…" : "Save changes"}
            </button>
            <Link href={`/claims/${claimId}`}>Cancel</Link>
          </div>
        )}
      </div>
    </form>
  );
}
