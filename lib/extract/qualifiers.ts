// How precisely a figure is stated. The words sit just before the figure ("up to 12,000") or
// just after it ("10,000 or more"); they belong to the claim's words, so the span covers them.
import type { Qualifier } from "../domain/vocabulary";

// "nearly"/"almost" count as approx, not at_most: the writer says the figure is close to the
// number, and (0, n] would let a comparison accept figures nowhere near it. See ADR 0005.
const leadingPhrases: Array<[string, Qualifier]> = [
  ["could rise to", "up_to"],
  ["could reach", "up_to"],
  ["could grow to", "up_to"],
  ["could increase to", "up_to"],
  ["may rise to", "up_to"],
  ["may reach", "up_to"],
  ["might rise to", "up_to"],
  ["might reach", "up_to"],
  ["is expected to rise to", "up_to"],
  ["are expected to rise to", "up_to"],
  ["could number", "up_to"],
  ["up to", "up_to"],
  ["as many as", "up_to"],
  ["as high as", "up_to"],
  ["as much as", "up_to"],
  ["a maximum of", "up_to"],
  ["a total of", "exact"],
  // A toll that moves states its new figure exactly: "the toll hit 94", "was raised to 148".
  ["rose to", "exact"],
  // "went up to 23" is a toll that moved, not a ceiling: the movement verb comes with "up".
  ["went up to", "exact"],
  ["gone up to", "exact"],
  ["goes up to", "exact"],
  ["rose up to", "exact"],
  ["shot up to", "exact"],
  ["rises to", "exact"],
  ["risen to", "exact"],
  ["raised to", "exact"],
  ["climbed to", "exact"],
  ["jumped to", "exact"],
  ["increased to", "exact"],
  ["reached", "exact"],
  ["hit", "exact"],
  ["stood at", "exact"],
  ["stands at", "exact"],
  // A toll that went beyond a round figure: "the toll topped 2,000", "has surpassed 500".
  ["topped", "more_than"],
  ["tops", "more_than"],
  ["exceeded", "more_than"],
  ["exceeds", "more_than"],
  ["surpassed", "more_than"],
  ["surpasses", "more_than"],
  ["exceed", "more_than"],
  ["surpass", "more_than"],
  ["an estimated", "approx"],
  ["approximately", "approx"],
  ["roughly", "approx"],
  ["around", "approx"],
  ["about", "approx"],
  ["some", "approx"],
  ["nearly", "approx"],
  ["almost", "approx"],
  ["close to", "approx"],
  ["circa", "approx"],
  ["approx.", "approx"],
  ["~", "approx"],
  ["more than", "more_than"],
  // "the actual turnout is much larger than 1.7 million": a comparison bounds the figure.
  ["much larger than", "more_than"],
  ["far larger than", "more_than"],
  ["larger than", "more_than"],
  ["much higher than", "more_than"],
  ["far higher than", "more_than"],
  ["higher than", "more_than"],
  ["greater than", "more_than"],
  ["bigger than", "more_than"],
  ["smaller than", "at_most"],
  ["lower than", "at_most"],
  ["over", "more_than"],
  ["upwards of", "more_than"],
  ["in excess of", "more_than"],
  ["just over", "more_than"],
  ["well over", "more_than"],
  ["at least", "at_least"],
  ["a minimum of", "at_least"],
  ["no fewer than", "at_least"],
  ["no less than", "at_least"],
  ["not less than", "at_least"],
  ["at most", "at_most"],
  ["no more than", "at_most"],
  ["not more than", "at_most"],
  ["fewer than", "at_most"],
  ["less than", "at_most"],
  ["just under", "at_most"],
  ["under", "at_most"],
  ["below", "at_most"],
];

const trailingPhrases: Array<[RegExp, Qualifier]> = [
  [/^\s+or more\b/, "at_least"],
  [/^\s+or so\b/, "approx"],
  [/^(?:\s*\+|-plus\b)/, "more_than"],
];

export type QualifierMatch = { qualifier: Qualifier; start: number; end: number; phrase: string };

// A toll's verb ("rose to 94", "reached 1,481") says the figure is exact, but it is the verb of
// the sentence, not a word of the figure: the figure's words are "94" (the labels' convention).
const figureVerbs = new Set([
  "rose to",
  "went up to",
  "gone up to",
  "goes up to",
  "rose up to",
  "shot up to",
  "rises to",
  "risen to",
  "raised to",
  "climbed to",
  "jumped to",
  "increased to",
  "reached",
  "hit",
  "stood at",
  "stands at",
  "topped",
  "tops",
  "exceeded",
  "exceeds",
  "surpassed",
  "surpasses",
  "exceed",
  "surpass",
]);

export function isFigureVerb(match: QualifierMatch): boolean {
  return figureVerbs.has(match.phrase);
}

const beyondVerbs = new Set(["topped", "tops", "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass"]);

const leadingLongestFirst = [...leadingPhrases].sort((a, b) => b[0].length - a[0].length);

/** The qualifier whose words end right before `position` ("no more than " before "more than "). */
export function qualifierBefore(folded: string, position: number): QualifierMatch | null {
  const before = folded.slice(Math.max(0, position - 40), position);
  for (const [phrase, qualifier] of leadingLongestFirst) {
    const gap = before.endsWith(`${phrase} `) ? 1 : phrase === "~" && before.endsWith(phrase) ? 0 : -1;
    if (gap < 0) continue;
    const start = position - phrase.length - gap;
    if (/\w/.test(folded[start - 1] ?? "")) continue; // "hangover 5" is not "over 5"
    // "had never exceeded 500,000", "did not top 300": a figure not gone beyond is a ceiling.
    const denied = beyondVerbs.has(phrase) && /\b(?:never|not|n't)\s+$/.test(folded.slice(Math.max(0, start - 12), start));
    return { qualifier: denied ? "at_most" : qualifier, start, end: start + phrase.length, phrase };
  }
  return null;
}

export function qualifierAfter(folded: string, position: number): QualifierMatch | null {
  const after = folded.slice(position, position + 12);
  for (const [pattern, qualifier] of trailingPhrases) {
    const match = after.match(pattern);
    if (match) return { qualifier, start: position, end: position + match[0].length, phrase: match[0].trim() };
  }
  return null;
}

/** up_to 12,000 is (0, 12,000]; at_least 10,000 is [10,000, ∞): bounds follow from the qualifier. */
export function boundsFor(qualifier: Qualifier, value: number): { lower: number | null; upper: number | null } {
  if (qualifier === "up_to" || qualifier === "at_most") return { lower: null, upper: value };
  if (qualifier === "at_least" || qualifier === "more_than") return { lower: value, upper: null };
  return { lower: null, upper: null };
}
