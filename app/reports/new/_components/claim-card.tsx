"use client";
// One proposed claim, editable in place. Rejected claims stay listed (greyed) so a
// rejection can be undone before saving.
import type { DraftClaim } from "@/lib/review/draft";
import { claimKinds, modalities, modalityLabels, stances } from "@/lib/domain/vocabulary";
import { ChainEditor } from "./chain-editor";
import { FigureFields } from "./figure-fields";

type Props = {
  draft: DraftClaim;
  number: number;
  words: string;
  active: boolean;
  onFocus: () => void;
  onChange: (patch: Partial<DraftClaim>) => void;
  /** The report's publication day, the as-of of a figure that names no date of its own. */
  reportDay?: string | null;
};

export function ClaimCard({ draft, number, words, active, onFocus, onChange, reportDay = null }: Props) {
  const id = `claim-${draft.key}`;
  const rejected = draft.decision === "rejected";
  return (
    <li className={`claim-card${rejected ? " rejected" : ""}${active ? " active" : ""}`} onFocus={onFocus} aria-labelledby={`${id}-title`}>
      <div className="card-head">
        <h3 id={`${id}-title`}>
          Claim {number} · {draft.kind}
          {draft.proposedBy === "analyst" ? " · added by you" : ""}
        </h3>
        <button type="button" aria-pressed={!rejected} onClick={() => onChange({ decision: rejected ? "accepted" : "rejected" })}>
          {rejected ? "Rejected — accept again" : "Reject"}
        </button>
      </div>
      <blockquote className="card-words">“{words}”</blockquote>
      {rejected ? null : (
        <div className="card-fields">
          <label>
            Kind
            <select value={draft.kind} onChange={(event) => onChange({ kind: event.target.value as DraftClaim["kind"] })}>
              {claimKinds.map((kind) => (
                <option key={kind}>{kind}</option>
              ))}
            </select>
          </label>
          <label className="wide">
            Statement
            <textarea rows={2} value={draft.statement} onChange={(event) => onChange({ statement: event.target.value })} />
          </label>
          {draft.kind === "quantity" ? <FigureFields draft={draft} id={id} onChange={onChange} reportDay={reportDay} /> : null}
          {draft.kind === "location" ? (
            <>
              <label>
                Place
                <input value={draft.placeName ?? ""} onChange={(event) => onChange({ placeName: event.target.value || null })} />
              </label>
              <label>
                Relation as stated
                <input value={draft.placeRelation ?? ""} onChange={(event) => onChange({ placeRelation: event.target.value || null })} />
              </label>
            </>
          ) : null}
          <label>
            Modality
            <select value={draft.modality} onChange={(event) => onChange({ modality: event.target.value as DraftClaim["modality"] })}>
              {modalities.map((modality) => (
                <option key={modality} value={modality}>
                  {modalityLabels[modality]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Stance
            <select value={draft.stance} onChange={(event) => onChange({ stance: event.target.value as DraftClaim["stance"] })}>
              {stances.map((stance) => (
                <option key={stance}>{stance}</option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={draft.inTopic} onChange={(event) => onChange({ inTopic: event.target.checked })} /> In the topic
          </label>
          <ChainEditor chain={draft.chain} onChange={(chain) => onChange({ chain })} idPrefix={id} />
        </div>
      )}
    </li>
  );
}
