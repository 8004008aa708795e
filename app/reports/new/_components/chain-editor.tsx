"use client";
// The attribution chain, originator first: each hop is a known source or a new one.
import type { DraftHop } from "@/lib/review/draft";
import { SourceOptions } from "@/app/_components/sources/source-options";
import { hopRoles, sourceKindLabels, sourceKinds } from "@/lib/domain/vocabulary";

type Props = { chain: DraftHop[]; knownSources: { id: string; name: string }[]; onChange: (chain: DraftHop[]) => void; idPrefix: string };

export function ChainEditor({ chain, knownSources, onChange, idPrefix }: Props) {
  const set = (index: number, patch: Partial<DraftHop>) => onChange(chain.map((hop, at) => (at === index ? { ...hop, ...patch } : hop)));
  const blank: DraftHop = { name: "", role: chain.length ? "relay" : "originator", verb: null, sourceId: null, newSourceKind: "other" };
  return (
    <fieldset className="chain-editor wide">
      <legend>Who said it, originator first</legend>
      {chain.length === 0 ? <p className="meta">No attribution.</p> : null}
      <ol>
        {chain.map((hop, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a hop has no identity of its own until saved; its place in the chain is its identity
          <li key={`${idPrefix}-hop-${index}`} className="inline-fields">
            <label>
              Source
              <select
                value={hop.sourceId ?? "new"}
                onChange={(event) => {
                  const sourceId = event.target.value === "new" ? null : event.target.value;
                  set(index, { sourceId, name: sourceId ? (knownSources.find((source) => source.id === sourceId)?.name ?? hop.name) : hop.name });
                }}
              >
                <option value="new">New source: {hop.name || "…"}</option>
                <SourceOptions sources={knownSources} />
              </select>
            </label>
            {hop.sourceId ? null : (
              <>
                <label>
                  Name
                  <input value={hop.name} onChange={(event) => set(index, { name: event.target.value })} />
                </label>
                <label>
                  Kind
                  <select value={hop.newSourceKind} onChange={(event) => set(index, { newSourceKind: event.target.value as DraftHop["newSourceKind"] })}>
                    {sourceKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {sourceKindLabels[kind]}
                      </option>
                    ))}
                  </select>
                </label>
              </>
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
      <button type="button" onClick={() => onChange([...chain, blank])}>
        Add a source to the chain
      </button>
    </fieldset>
  );
}
