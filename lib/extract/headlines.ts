// A headline repeats the body's figures ("2,704 children among 6,546 killed" above "At least
// 6,546 Palestinians have been killed"): the body's sentence says who and when, so a headline
// figure that a body figure repeats is merged into it. Head matter is a short paragraph without
// a closing stop (a headline, anywhere: a digest has one per item), a summary line ("- Missing:
// 161 people"), and everything before a dateline ("KERRVILLE, Texas (AP) —"). A head figure
// with no twin in the body after it stays a claim.
import { normaliseUnit } from "../domain/measure";
import type { DetailedCandidate } from "./candidate";
import type { Document } from "./text";

type Figure = Pick<DetailedCandidate, "kind" | "start" | "value" | "lower" | "upper" | "qualifier" | "measure" | "unit">;

// "KERRVILLE, Texas (AP) —", "BEIJING, July 23 (UPI) --": where a wire story's body begins.
const dateline = /^[\p{Lu}][\p{L} .'-]{1,40},[^\n]{0,40}\([\p{Lu}][\p{L}.]{1,15}\)\s*(?:—|–|--|-)\s/u;
const summaryLine = /^\s*(?:[-•*▪]|\d+[.)])\s+/;

function looksLikeHeadline(words: string): boolean {
  return !/[.!?:]["”’')\]]?$/.test(words) && words.split(/\s+/).length <= 24;
}

/** The paragraphs that read as a headline, a kicker, a summary line or a standfirst before a dateline. */
export function headlineParagraphs(document: Document): Set<number> {
  const headlines = new Set<number>();
  const { sentences, text } = document;
  const firstBody = sentences.find((sentence) => sentence.start < 3000 && dateline.test(text.slice(sentence.start, sentence.start + 80)));
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    if (firstBody && sentence.paragraph < firstBody.paragraph) {
      headlines.add(sentence.paragraph);
      continue;
    }
    const alone = sentences[sentence.index + 1]?.paragraph !== sentence.paragraph && sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
    if ((alone && looksLikeHeadline(words)) || summaryLine.test(words)) headlines.add(sentence.paragraph);
  }
  return headlines;
}

// "nearly 80 million" above "79.5 million": a rounded headline figure repeats the exact one.
// The same number counting the same thing (or something unsaid) is the same figure; a rounded
// one only when both count the same thing.
function sameFigure(head: Figure, body: Figure): boolean {
  const measures = [head.measure, body.measure].filter((measure) => measure && measure !== "other");
  if (new Set(measures).size > 1) return false;
  const units = [head.unit, body.unit].filter((unit) => unit !== null).map((unit) => normaliseUnit(unit)?.unit);
  if (new Set(units).size > 1) return false;
  if (head.value === null || body.value === null) return head.value === body.value && head.lower === body.lower && head.upper === body.upper;
  if (head.value === body.value) return true;
  return head.qualifier !== "exact" && head.measure === body.measure && Math.abs(head.value - body.value) <= 0.05 * body.value;
}

/** Drops head-matter figures that a later figure repeats; everything else is kept in order. */
export function withoutRepeatedHeadlines<T extends Figure>(document: Document, candidates: readonly T[], paragraphOf: (candidate: T) => number): T[] {
  const headlines = headlineParagraphs(document);
  if (headlines.size === 0) return [...candidates];
  // The twin may itself be a short paragraph: a story that is cut off, or a repeated headline
  // before the body's own. Figures sorted by value, so each head figure looks only at its near values.
  const byValue = candidates.filter((candidate) => candidate.kind === "quantity").sort((a, b) => figureValue(a) - figureValue(b));
  const quantities = candidates.filter((candidate) => candidate.kind === "quantity");
  const repeatedLater = (head: T) => {
    if (isVague(head)) return quantities.some((other) => other.start > head.start && vagueRepeat(head, other));
    const low = figureValue(head) * 0.95;
    for (let index = firstAtLeast(byValue, low); index < byValue.length; index++) {
      const other = byValue[index];
      if (!other || figureValue(other) > figureValue(head) * 1.05) return false;
      if (other.start > head.start && sameFigure(head, other)) return true;
    }
    return false;
  };
  return candidates.filter((candidate) => candidate.kind !== "quantity" || !headlines.has(paragraphOf(candidate)) || !repeatedLater(candidate));
}

function isVague(figure: Figure): boolean {
  return figure.value === null && figure.qualifier === "range" && figure.lower !== null && figure.upper !== null;
}

// "Thousands flee fighting" above "More than 5,000 people have fled", "Dozens detained" above
// "Police detained 45 people": a vague headline amount that holds the body's figure, counting the
// same thing in the same way, is that figure said loosely.
function vagueRepeat(head: Figure, body: Figure): boolean {
  const amount = body.value ?? body.lower;
  if (amount === null || head.lower === null || head.upper === null || amount < head.lower || amount > head.upper) return false;
  if (isVague(body) || !head.measure || head.measure !== body.measure) return false;
  return head.unit !== null && body.unit !== null && normaliseUnit(head.unit)?.unit === normaliseUnit(body.unit)?.unit;
}

function figureValue(figure: Figure): number {
  return figure.value ?? figure.upper ?? figure.lower ?? 0;
}

function firstAtLeast(sorted: readonly Figure[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (figureValue(sorted[middle] as Figure) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
