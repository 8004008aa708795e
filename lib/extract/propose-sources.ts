// Sources to create: every name in a chain that no known source answers to, once, with the
// kind it most likely is. The review screen shows them for the analyst to confirm or merge.
import type { Candidate, DetailedCandidate, KnownSource, ProposedSource } from "./candidate";
import { suggestKind } from "./source-kinds";
import { fold } from "./text";

function key(name: string): string {
  return fold(name).replace(/\s+/g, " ").trim();
}

/**
 * Detailed candidates carry the words beside each name ("editor at …", "President"), which
 * tell the kind better than the name alone; plain candidates fall back on the name.
 */
export function proposeSources(candidates: ReadonlyArray<Candidate | DetailedCandidate>, knownSources: readonly KnownSource[] = []): ProposedSource[] {
  const known = new Set(knownSources.flatMap((source) => [source.name, ...source.aliases]).map(key));
  const proposed = new Map<string, ProposedSource>();
  for (const candidate of candidates) {
    for (const hop of candidate.attribution) {
      const name = hop.name.trim();
      if (hop.sourceId || known.has(key(name)) || proposed.has(key(name))) continue;
      const detailed = "suggestedKind" in hop ? hop : null;
      proposed.set(key(name), { name, suggestedKind: detailed?.suggestedKind ?? suggestKind(name) });
    }
  }
  return [...proposed.values()];
}
