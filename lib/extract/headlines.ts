// A headline repeats the body's figures ("2,704 children among 6,546 killed" above "At least
// 6,546 Palestinians have been killed"): the body's sentence says who and when, so a headline
// figure that a body figure repeats is merged into it. A headline is a short opening paragraph
// without a closing stop; a headline figure with no twin in the body stays a claim.
import type { DetailedCandidate } from "./candidate";
import type { Document } from "./text";

type Figure = Pick<DetailedCandidate, "kind" | "start" | "value" | "lower" | "upper">;

/** The paragraphs at the top of the text that read as a headline or a kicker. */
export function headlineParagraphs(document: Document): Set<number> {
  const headlines = new Set<number>();
  for (const sentence of document.sentences) {
    if (sentence.paragraph > 3) break;
    const words = document.text.slice(sentence.start, sentence.end);
    const alone =
      document.sentences[sentence.index + 1]?.paragraph !== sentence.paragraph && document.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
    if (!alone || /[.!?]["”’')\]]?$/.test(words) || words.split(/\s+/).length > 24) break;
    headlines.add(sentence.paragraph);
  }
  return headlines;
}

function sameFigure(a: Figure, b: Figure): boolean {
  return a.value !== null ? a.value === b.value : a.lower === b.lower && a.upper === b.upper;
}

/** Drops headline figures that a body figure repeats; everything else is kept in order. */
export function withoutRepeatedHeadlines<T extends Figure>(document: Document, candidates: readonly T[], paragraphOf: (candidate: T) => number): T[] {
  const headlines = headlineParagraphs(document);
  if (headlines.size === 0) return [...candidates];
  // Headlines open the text: only candidates before the first body sentence can be in one.
  const bodyStart = document.sentences.find((sentence) => !headlines.has(sentence.paragraph) && sentence.paragraph > Math.min(...headlines))?.start ?? 0;
  const inHeadline = (candidate: T) => candidate.start < bodyStart && headlines.has(paragraphOf(candidate));
  const headed = candidates.filter((candidate) => candidate.kind === "quantity" && inHeadline(candidate));
  if (headed.length === 0) return [...candidates];
  const body = candidates.filter((candidate) => candidate.kind === "quantity" && !inHeadline(candidate));
  return candidates.filter((candidate) => !headed.includes(candidate) || !body.some((other) => sameFigure(candidate, other)));
}
