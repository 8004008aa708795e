"use client";
// The attribution chain in the edit form, originator first: reorder, remove, change a hop's
// source, role or verb, and add a hop from the sources the tracker knows. New sources are
// made where reports are added, not here. The hops post as chain.N.sourceId/role/verb.
import { useState } from "react";
import { SourceOptions } from "@/app/_components/sources/source-options";
import { hopRoles } from "@/lib/domain/vocabulary";
import type { FormHop } from "@/app/_components/claims/claim-edit-fields";

type Props = { initial: FormHop[]; sources: { id: string; name: string }[]; error?: string };

export function ClaimEditChain({ initial, sources, error }: Props) {
  const [chain, setChain] = useState(initial);
  const [adding, setAdding] = useState("");
  const nameOf = (id: string) => sources.find((source) => source.id === id)?.name ?? "unknown source";
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
          // biome-ignore lint/suspicious/noArrayIndexKey: a hop has no identity of its own until saved; its place in the chain is its identity
          <li key={`${hop.sourceId}-${index}`} className="inline-fields" aria-label={`Hop ${index + 1}: ${nameOf(hop.sourceId)}`}>
            <label>
              Source
              <select name={`chain.${index}.sourceId`} value={hop.sourceId} onChange={(event) => set(index, { sourceId: event.target.value })}>
                {sources.some((source) => source.id === hop.sourceId) ? null : <option value={hop.sourceId}>{nameOf(hop.sourceId)}</option>}
                <SourceOptions sources={sources} />
              </select>
            </label>
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
        <label>
          Add a source
          <select value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">Choose a source…</option>
            <SourceOptions sources={sources} />
          </select>
        </label>
        <button
          type="button"
          disabled={!adding || chain.length >= 10}
          onClick={() => {
            setChain([...chain, { sourceId: adding, role: chain.length ? "relay" : "originator", verb: "" }]);
            setAdding("");
          }}
        >
          Add to the chain
        </button>
      </div>
    </fieldset>
  );
}
