// What the extraction tests look at: the proposals of one kind for an invented text, and the
// short forms they compare (words, chains, speakers). Tests only; the engine never imports it.
import { type CandidateKind, type DetailedCandidate, type ExtractOptions, extractDetailed } from "./index";

/** The proposals of these kinds, in text order, with dates resolved as the review screen gets them. */
export function proposalsIn(text: string, kinds: CandidateKind | readonly CandidateKind[], options: ExtractOptions = {}): DetailedCandidate[] {
  const wanted = new Set<CandidateKind>(typeof kinds === "string" ? [kinds] : kinds);
  return extractDetailed(text, options).filter((candidate) => wanted.has(candidate.kind));
}

export const quantitiesIn = (text: string, options: ExtractOptions = {}) => proposalsIn(text, "quantity", options);

export const quantityTexts = (text: string, options: ExtractOptions = {}) => quantitiesIn(text, options).map((candidate) => candidate.text);

/** Quotes and statements: the speaker's own words and the few words quoted inside a sentence. */
export const quotationsIn = (text: string, options: ExtractOptions = {}) => proposalsIn(text, ["quote", "statement"], options);

export const locationsIn = (text: string, options: ExtractOptions = {}) => proposalsIn(text, "location", options);

/** The chain as "Name (role)" per hop, originator first; with the verb, "Name (role, verb)". */
export function chainOf(candidate: DetailedCandidate, options: { verb?: boolean } = {}): string[] {
  return candidate.attribution.map((hop) => (options.verb ? `${hop.name} (${hop.role}, ${hop.verb})` : `${hop.name} (${hop.role})`));
}

/** Who the proposal comes from: the first hop's name, or null when the text states it. */
export const originatorOf = (candidate: DetailedCandidate) => candidate.attribution[0]?.name ?? null;

/** A quotation as the tests compare it: its kind, its words and its speaker. */
export const quotationSummary = (candidate: DetailedCandidate) => ({ kind: candidate.kind, words: candidate.text, speaker: originatorOf(candidate) });
