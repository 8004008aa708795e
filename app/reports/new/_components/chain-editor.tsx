"use client";
// The attribution chain, originator first: each hop is a known source or a new one. A hop's
// source is searched for as the analyst types (ChoiceCombobox), never shipped whole (issue 14:
// every known source on every card weighed megabytes); a name typed but not chosen is a new
// source of that name, whose kind the analyst sets.
import { useRef } from "react";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import { SourceKindOptions } from "@/app/_components/common/source-kind-options";
import { hopRoles } from "@/lib/domain/vocabulary";
import type { DraftHop } from "@/lib/review/draft";
import type { Choice } from "@/lib/schemas/choices";

type Props = { chain: DraftHop[]; onChange: (chain: DraftHop[]) => void; idPrefix: string };

/** The known source a hop names, as its picker shows it; none for a new source. */
const chosenOf = (hop: DraftHop): Choice | null => (hop.sourceId ? { id: hop.sourceId, slug: "", label: hop.name } : null);

export function ChainEditor({ chain, onChange, idPrefix }: Props) {
  const added = useRef(0);
  const set = (index: number, patch: Partial<DraftHop>) => onChange(chain.map((hop, at) => (at === index ? { ...hop, ...patch } : hop)));
  const blank = (): DraftHop => ({
    key: `added-${added.current++}`,
    name: "",
    role: chain.length ? "relay" : "originator",
    verb: null,
    sourceId: null,
    newSourceKind: "other",
  });
  return (
    <fieldset className="chain-editor wide">
      <legend>Who said it, originator first</legend>
      {chain.length === 0 ? <p className="meta">No attribution.</p> : null}
      <ol>
        {chain.map((hop, index) => (
          <li key={`${idPrefix}-${hop.key}`} className="inline-fields">
            <ChoiceCombobox
              carries="id"
              label="Source"
              endpoint="/api/v1/sources/choices"
              chosen={chosenOf(hop)}
              typed={hop.name}
              placeholder="a known source, or a new one’s name"
              // Typing always leaves the known source: the typed words name a new one.
              onType={(name) => set(index, { name, sourceId: null })}
              onChoose={(choice) => {
                if (choice) set(index, { sourceId: choice.id, name: choice.label });
              }}
              noMatch={(words) => `No known source contains “${words}”: saved as a new source`}
            />
            {hop.sourceId || !hop.name.trim() ? null : (
              <label>
                Kind of the new source
                <select value={hop.newSourceKind} onChange={(event) => set(index, { newSourceKind: event.target.value as DraftHop["newSourceKind"] })}>
                  <SourceKindOptions />
                </select>
              </label>
            )}
            <label>
              Role
              <select value={hop.role} onChange={(event) => set(index, { role: event.target.value as DraftHop["role"] })}>
                {hopRoles.map((role) => (
                  <option key={role}>{role}</option>
                ))}
              </select>
            </label>
            <label>
              Verb
              <input value={hop.verb ?? ""} onChange={(event) => set(index, { verb: event.target.value || null })} />
            </label>
            <button type="button" onClick={() => onChange(chain.filter((_, at) => at !== index))} aria-label={`Remove ${hop.name || "this hop"}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...chain, blank()])}>
        Add a source to the chain
      </button>
    </fieldset>
  );
}
