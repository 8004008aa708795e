// Likely duplicate sources: two records of one agency, spelt two ways. A pair is likely when
// the names are the same once case, punctuation and a leading "the" are set aside; when one's
// name is the other's alias (or alias shared); when one's name is the initials of the other's
// ("NIS", "National Intelligence Service"); or when both have the same homepage host.
import { normalizeAlias } from "./aliases";

export type SourceForMatching = { id: string; name: string; aliases: readonly string[]; homepage: string | null };
export type DuplicateReason = "same name" | "alias" | "initials" | "same homepage";
export type LikelyDuplicate = { first: SourceForMatching; second: SourceForMatching; reasons: DuplicateReason[] };

/** "The Ministry of Defence." → "ministry of defence". */
export function comparableName(name: string): string {
  return normalizeAlias(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const linkingWords = new Set(["of", "the", "for", "and", "de", "du", "des", "la", "le", "on"]);

/** "National Intelligence Service" → "nis"; a name of one word has no initials worth matching. */
export function initialsOf(name: string): string | null {
  const words = comparableName(name)
    .split(" ")
    .filter((word) => word && !linkingWords.has(word));
  return words.length >= 2 ? words.map((word) => word[0]).join("") : null;
}

export function homepageHost(homepage: string | null): string | null {
  if (!homepage) return null;
  try {
    return new URL(homepage).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

function reasonsFor(a: SourceForMatching, b: SourceForMatching): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  const [nameA, nameB] = [comparableName(a.name), comparableName(b.name)];
  if (nameA === nameB) reasons.push("same name");
  const aliasesA = new Set(a.aliases.map(comparableName));
  const aliasesB = new Set(b.aliases.map(comparableName));
  if (nameA !== nameB && (aliasesB.has(nameA) || aliasesA.has(nameB))) reasons.push("alias");
  const [compactA, compactB] = [nameA.replace(/ /g, ""), nameB.replace(/ /g, "")];
  if (initialsOf(a.name) === compactB || initialsOf(b.name) === compactA) reasons.push("initials");
  const hostA = homepageHost(a.homepage);
  if (hostA !== null && hostA === homepageHost(b.homepage)) reasons.push("same homepage");
  return reasons;
}

/** Every pair with at least one reason, in the order the sources came. Quadratic: fine for the thousands of sources a desk keeps. */
export function findLikelyDuplicates(sources: readonly SourceForMatching[]): LikelyDuplicate[] {
  const pairs: LikelyDuplicate[] = [];
  for (let i = 0; i < sources.length; i += 1) {
    for (let j = i + 1; j < sources.length; j += 1) {
      const reasons = reasonsFor(sources[i]!, sources[j]!);
      if (reasons.length) pairs.push({ first: sources[i]!, second: sources[j]!, reasons });
    }
  }
  return pairs;
}
