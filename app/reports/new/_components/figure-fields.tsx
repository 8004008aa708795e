"use client";
// A quantity's own fields on a review card: the number, what it counts (measure), the area it
// covers (scope) and the day it holds at (as of: the period's end, else the claim's date).
import type { DraftClaim } from "@/lib/review/draft";
import { measureLabels, measures, qualifierLabels, qualifiers } from "@/lib/domain/vocabulary";
import { ScopeField } from "./scope-field";

type Props = { draft: DraftClaim; id: string; onChange: (patch: Partial<DraftClaim>) => void; reportDay?: string | null };

const numberOrNull = (value: string) => (value.trim() === "" || !Number.isFinite(Number(value)) ? null : Number(value));
const day = (value: string | null) => (value ? value.slice(0, 10) : "");

export function FigureFields({ draft, id, onChange, reportDay = null }: Props) {
  return (
    <>
      <label>
        Value
        <input inputMode="decimal" value={draft.value ?? ""} onChange={(event) => onChange({ value: numberOrNull(event.target.value) })} />
      </label>
      <label>
        Qualifier
        <select value={draft.qualifier ?? "unknown"} onChange={(event) => onChange({ qualifier: event.target.value as DraftClaim["qualifier"] })}>
          {qualifiers.map((qualifier) => (
            <option key={qualifier} value={qualifier}>
              {qualifierLabels[qualifier]}
            </option>
          ))}
        </select>
      </label>
      {draft.qualifier === "range" ? (
        <>
          <label>
            From
            <input inputMode="decimal" value={draft.lower ?? ""} onChange={(event) => onChange({ lower: numberOrNull(event.target.value) })} />
          </label>
          <label>
            To
            <input inputMode="decimal" value={draft.upper ?? ""} onChange={(event) => onChange({ upper: numberOrNull(event.target.value) })} />
          </label>
        </>
      ) : null}
      <label>
        Unit
        <input value={draft.unit ?? ""} onChange={(event) => onChange({ unit: event.target.value || null })} />
      </label>
      <label>
        Measure
        <select value={draft.measure ?? ""} onChange={(event) => onChange({ measure: (event.target.value || null) as DraftClaim["measure"] })}>
          <option value="">not set</option>
          {measures.map((measure) => (
            <option key={measure} value={measure}>
              {measureLabels[measure]}
            </option>
          ))}
        </select>
      </label>
      <ScopeField id={id} value={draft.scopePlace} onChange={(scopePlace) => onChange({ scopePlace })} />
      <label>
        As of
        {/* What the save will store: the period's end, else the claim's date, else the report's day. */}
        <input
          type="date"
          value={day(draft.periodEnd ?? draft.claimedAt ?? reportDay)}
          onChange={(event) => onChange({ periodEnd: event.target.value || null })}
        />
      </label>
    </>
  );
}
