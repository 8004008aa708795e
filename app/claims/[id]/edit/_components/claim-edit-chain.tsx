"use client";
// The attribution chain in the edit form, originator first: reorder, remove, change a hop's
// source, role or verb, and add a hop from the sources the tracker knows. New sources are
// made where reports are added, not here. The hops post as chain.N.sourceId/role/verb.
// Sources are searched for as the analyst types (ChoiceCombobox), never shipped whole: only
// the names of the chain's own sources come with the page (issue 14).
import { useRef, useState } from "react";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import { hopRoles } from "@/lib/domain/vocabulary";
import type { Choice } from "@/lib/schemas/choices";
import type { FormHop } from "@/app/_components/claims/claim-edit-fields";

type Props = {
  initial: FormHop[];
  /** The names of the sources known on this form, by id. */
  sourceNames: Record<string, string>;
  /** Told of every source chosen, so that other parts of the form can name it. */
  onNamed: (choice: Choice) => void;
  error?: string;
};

/** A hop and the key it keeps while the chain is edited: a picker keeps its focus when its source changes. */
type KeyedHop = FormHop & { key: number };

const sourcesEndpoint = "/api/v1/sources/choices";

export function ClaimEditChain({ initial, sourceNames, onNamed, error }: Props) {
  const nextKey = useRef(initial.length);
  const [chain, setChain] = useState<KeyedHop[]>(() => initial.map((hop, key) => ({ ...hop, key })));
  const [names, setNames] = useState(sourceNames);
  const [adding, setAdding] = useState<Choice | null>(null);
  // Remounts the "add" picker empty after a hop is added.
  const [addingKey, setAddingKey] = useState(0);
  const nameOf = (id: string) => (id ? (names[id] ?? "unknown source") : "no source");
  const chosenOf = (id: string): Choice | null => (id ? { id, slug: "", label: nameOf(id) } : null);
  const named = (choice: Choice | null) => {
    if (!choice) return;
    setNames((known) => ({ ...known, [choice.id]: choice.label }));
    onNamed(choice);
  };
  const set = (index: number, patch: Partial<FormHop>) => setChain(chain.map((hop, at) => (at === index ? { ...hop, ...patch } : hop)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...chain];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    setChain(next);
  };
  return (
    <fieldset className="chain-editor" aria-describedby={error ? "chain-error" : undefined}>
      <legend>Who says it, originator first</legend>
      {error ? (
        <p id="chain-error" className="field-error">
          {error}
        </p>
      ) : null}
      {chain.length === 0 ? <p className="meta">No source named: the claim is unattributed.</p> : null}
      <ol>
        {chain.map((hop, index) => (
          <li key={hop.key} className="inline-fields" aria-label={`Hop ${index + 1}: ${nameOf(hop.sourceId)}`}>
            <ChoiceCombobox
              name={`chain.${index}.sourceId`}
              carries="id"
              label="Source"
              endpoint={sourcesEndpoint}
              chosen={chosenOf(hop.sourceId)}
              placeholder="type a source’s name"
              onChoose={(choice) => {
                named(choice);
                set(index, { sourceId: choice?.id ?? "" });
              }}
            />
            <label>
              Role
              <select name={`chain.${index}.role`} value={hop.role} onChange={(event) => set(index, { role: event.target.value as FormHop["role"] })}>
                {hopRoles.map((role) => (
                  <option key={role}>{role}</option>
                ))}
              </select>
            </label>
            <label>
              Verb as written
              <input name={`chain.${index}.verb`} value={hop.verb} onChange={(event) => set(index, { verb: event.target.value })} size={12} />
            </label>
            <span className="hop-buttons">
              <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${nameOf(hop.sourceId)} earlier`}>
                ↑
              </button>
              <button type="button" onClick={() => move(index, 1)} disabled={index === chain.length - 1} aria-label={`Move ${nameOf(hop.sourceId)} later`}>
                ↓
              </button>
              <button
                type="button"
                onClick={() => setChain(chain.filter((_, at) => at !== index))}
                aria-label={`Remove ${nameOf(hop.sourceId)} from the chain`}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="inline-fields">
        <ChoiceCombobox
          key={addingKey}
          carries="id"
          label="Add a source"
          endpoint={sourcesEndpoint}
          chosen={null}
          placeholder="type a source’s name"
          onChoose={(choice) => {
            named(choice);
            setAdding(choice);
          }}
        />
        <button
          type="button"
          disabled={!adding || chain.length >= 10}
          onClick={() => {
            if (!adding) return;
            setChain([...chain, { sourceId: adding.id, role: chain.length ? "relay" : "originator", verb: "", key: nextKey.current++ }]);
            setAdding(null);
            setAddingKey((key) => key + 1);
          }}
        >
          Add to the chain
        </button>
      </div>
    </fieldset>
  );
}
