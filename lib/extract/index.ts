// The extraction engine's public face: text in, proposed claims out. POST /api/v1/extract,
// `npm run extract` and the review screen all come through here. See docs/decisions/0005.
import { type Candidate, type DetailedCandidate, toCandidate } from "./candidate";
import { keepingDateReadings } from "./dates";
import { type ExtractOptions, extractDetailedProposals } from "./extract";

export { candidateSchema, knownSourceSchema, toCandidate } from "./candidate";
export type { AttributionHop, Candidate, CandidateKind, DetailedCandidate, DetailedHop, KnownSource, ProposedSource } from "./candidate";
export type { ExtractOptions } from "./extract";
export { proposeSources } from "./propose-sources";

/** Proposed claims with exactly the fixed Candidate keys, sorted by position in the text. */
export function extractCandidates(text: string, options: ExtractOptions = {}): Candidate[] {
  return keepingDateReadings(() => extractDetailedProposals(text, options, false)).map(toCandidate);
}

/** The same proposals with what the review screen shows: words as stated, place, verbs, dates. */
export function extractDetailed(text: string, options: ExtractOptions = {}): DetailedCandidate[] {
  return keepingDateReadings(() => extractDetailedProposals(text, options, true));
}
