"use client";
// The claims list's bulk action: the rows ticked in the table (their checkboxes belong to
// this form by its id) move into the chosen topic, after a confirmation that says how many.
import { useActionState, useState } from "react";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import { type MoveClaimsState, moveSelectedClaims } from "@/app/topics/actions";

export const moveFormId = "move-claims";

export function MoveClaimsForm() {
  const [state, formAction, pending] = useActionState<MoveClaimsState, FormData>(moveSelectedClaims, { error: null, confirm: null, attempt: 0 });
  const confirming = state.confirm;
  // The picker is gone while confirming, so the form remembers the chosen topic's title.
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const title = chosen && chosen.id === confirming?.topicId ? chosen.label : "the topic";
  return (
    <form id={moveFormId} action={formAction} className="move-claims" aria-label="Move selected claims to a topic">
      {confirming ? (
        <div className="confirm-step confirm-normal" role="group" aria-labelledby="move-question">
          <p id="move-question">
            <strong>
              Move {confirming.count} claim{confirming.count === 1 ? "" : "s"} into {title}?
            </strong>{" "}
            Each keeps its history; the move is a new version of each.
          </p>
          <input type="hidden" name="topicId" value={confirming.topicId} />
          <input type="hidden" name="confirmed" value="yes" />
          {confirming.claims.map((claim) => (
            <input key={claim} type="hidden" name="claimId" value={claim} />
          ))}
          <div className="actions">
            <button type="submit" className="primary" disabled={pending}>
              {pending ? "Moving…" : `Move ${confirming.count} claim${confirming.count === 1 ? "" : "s"}`}
            </button>
            <button type="button" onClick={() => window.location.reload()}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="move-claims-choice">
          <ChoiceCombobox
            name="topicId"
            carries="id"
            label="Move selected claims to topic"
            endpoint="/api/v1/topics/choices"
            chosen={null}
            placeholder="type a topic’s title"
            onChoose={setChosen}
          />
          <button type="submit" disabled={pending}>
            Move selected…
          </button>
        </div>
      )}
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error.message}
          {state.error.code === "version_conflict" ? " Nothing was moved: reload the list to see the claims as they are now." : null}
        </p>
      ) : null}
    </form>
  );
}
