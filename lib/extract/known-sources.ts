// Mentions of sources the analyst already tracks, found by name or alias. Matching ignores
// case and the difference between ’ and ', and keeps possessives as written: "Seoul’s spy
// agency" is an alias of the NIS, while "Seoul" alone is the government. The longest alias
// at a position wins.
import type { KnownSource } from "./candidate";
import { fold } from "./text";

export type KnownMatch = { start: number; end: number; source: KnownSource };

type Alias = { folded: string; source: KnownSource };

export type AliasIndex = Map<string, Alias[]>;

function firstWord(folded: string): string {
  return folded.match(/^[^\s]+/)?.[0] ?? "";
}

export function indexAliases(knownSources: readonly KnownSource[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const source of knownSources) {
    const names = new Set([source.name, ...source.aliases].map((name) => fold(name.trim().replace(/\s+/g, " "))).filter(Boolean));
    for (const folded of names) {
      const key = firstWord(folded);
      const entries = index.get(key) ?? [];
      entries.push({ folded, source });
      index.set(key, entries);
    }
  }
  for (const entries of index.values()) entries.sort((a, b) => b.folded.length - a.folded.length || a.source.id.localeCompare(b.source.id));
  return index;
}

/** The known source a whole name (or alias) is, ignoring case, spacing and the kind of apostrophe; null for none. */
export function knownSourceNamed(index: AliasIndex, name: string): KnownSource | null {
  const folded = fold(name.trim().replace(/\s+/g, " "));
  const candidates = index.get(folded.split(" ")[0] ?? "") ?? [];
  return candidates.find((alias) => alias.folded === folded)?.source ?? null;
}

// An alias ends where a word ends; a possessive after it ("NIS's") still counts as the source.
function endsAtWordBoundary(folded: string, end: number): boolean {
  const next = folded[end] ?? "";
  return !/[\p{L}\p{N}]/u.test(next) || (next === "'" && folded[end + 1] === "s");
}

export function findKnownMentions(folded: string, index: AliasIndex): KnownMatch[] {
  const matches: KnownMatch[] = [];
  if (index.size === 0) return matches;
  const word = /[\p{L}\p{N}][^\s]*/gu;
  let coveredUntil = 0;
  for (const match of folded.matchAll(word)) {
    const start = match.index ?? 0;
    if (start < coveredUntil) continue;
    const candidates = candidatesAt(index, match[0]);
    const found = candidates.find((alias) => folded.startsWith(alias.folded, start) && endsAtWordBoundary(folded, start + alias.folded.length));
    if (!found) continue;
    matches.push({ start, end: start + found.folded.length, source: found.source });
    coveredUntil = start + found.folded.length;
  }
  return matches;
}

// The word as it stands in text may carry punctuation the alias's first word lacks
// ("Yonhap," or "NIS's"), so look it up with and without trailing marks.
function candidatesAt(index: AliasIndex, token: string): Alias[] {
  const bare = token.replace(/(?:'s)?[^\p{L}\p{N}]*$/u, "");
  const exact = index.get(token) ?? [];
  const stripped = bare !== token ? (index.get(bare) ?? []) : [];
  const possessive = bare !== token && token.startsWith(`${bare}'s`) ? (index.get(`${bare}'s`) ?? []) : [];
  return [...exact, ...possessive, ...stripped].sort((a, b) => b.folded.length - a.folded.length);
}
