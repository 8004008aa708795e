// The report's text as the engine reads it: a folded copy for matching, paragraphs,
// sentences and clauses, all as offsets into the original string. Folding is
// character-for-character so every offset found in the folded copy is valid in the original
// (String.prototype.toLowerCase can change a string's length; this never does).
import { itemCovering, itemsTouching } from "./positions";
import { findQuotations } from "./quotation-marks";

export type Span = { start: number; end: number };
export type Sentence = Span & { paragraph: number; index: number };

export type Document = {
  text: string;
  /** Lower case, typographic apostrophes as ', typographic double quotes as ". Same length. */
  folded: string;
  sentences: Sentence[];
  /** Direct quotations, between their marks (marks excluded). */
  quotations: Span[];
};

const apostrophes = new Set(["\u2018", "\u2019", "\u02BC", "\u0060", "\u00B4"]);
const doubleQuotes = new Set(["\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"]);

// toLowerCase keeps the length for nearly every text; the character walk is for the rare
// one with a letter whose lower case is longer ("İ").
export function fold(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered.replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'").replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"');
  let folded = "";
  for (const char of text) {
    if (apostrophes.has(char)) folded += "'";
    else if (doubleQuotes.has(char)) folded += '"';
    else {
      const lower = char.toLowerCase();
      folded += lower.length === char.length ? lower : char;
    }
  }
  return folded;
}

// Words whose trailing period is not a sentence end. Kept short: news text uses few.
const abbreviations = new Set(
  "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st no nos vs etc approx est inc ltd co corp jr sr retd p pp fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split(
    " ",
  ),
);

export function isAbbreviation(text: string, periodAt: number): boolean {
  let wordStart = periodAt;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1] ?? "")) wordStart--;
  const word = text.slice(wordStart, periodAt).toLowerCase();
  if (/^[a-z]$/.test(word)) return true; // an initial: "Kim J. Un", "U.S."
  return abbreviations.has(word);
}

// A stop inside a quotation ends the writer's sentence only when it also ends the quotation:
// “pure fiction.” He said … splits; “We lost 23 men. Every one …” does not.
function insideQuotation(quotations: Span[], position: number): boolean {
  return quotations.some((quote) => position >= quote.start && position < quote.end - 1);
}

/**
 * One paragraph per line: scraped news text keeps a paragraph on one line, and a headline
 * without a full stop must not run into the first sentence.
 */
function findParagraphs(text: string): Span[] {
  return joinWrappedLines(text, findLines(text));
}

// Wire copy with hard line breaks wraps sentences over lines ("… Syrian refugees may\nhave
// crossed …"). A text where lines often stop mid-sentence before a lower-case word is wrapped:
// there a line that does not end a sentence runs on into the next.
const endsSentence = /[.!?:;\u201D"\u2019')\]]$/;
const shortestWrappedLine = 40;

function joinWrappedLines(text: string, lines: Span[]): Span[] {
  const runsOn = (line: Span, next: Span | undefined) =>
    next !== undefined && line.end - line.start >= shortestWrappedLine && !endsSentence.test(text.slice(line.end - 1, line.end));
  const midSentence = lines.filter((line, index) => runsOn(line, lines[index + 1]) && /^\p{Ll}/u.test(text.slice(lines[index + 1]?.start ?? 0))).length;
  if (midSentence < 2) return lines;
  // In wrapped copy a short line inside the body ("The Borno State" above "Government on Tuesday
  // said …") is a wrap too, when no blank line follows it; the text's first line may be its headline.
  const shortWrap = (line: Span, next: Span | undefined, index: number) =>
    next !== undefined && index > 0 && !endsSentence.test(text.slice(line.end - 1, line.end)) && !/\n\s*\n/.test(text.slice(line.end, next.start));
  const joined: Span[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = joined.at(-1);
    const previousLine = lines[index - 1];
    if (previous && previousLine && (runsOn(previousLine, line) || shortWrap(previousLine, line, index - 1))) previous.end = line.end;
    else joined.push({ ...line });
  }
  return joined;
}

function findLines(text: string): Span[] {
  const paragraphs: Span[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) paragraphs.push({ start, end });
  }
  return paragraphs;
}

// A sentence ends at . ! ? (and any closing marks after it) followed by space and a capital,
// a digit or an opening mark; never inside a quotation, so a quoted passage stays with its speaker.
function splitSentences(text: string, paragraph: Span, quotations: Span[]): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    // Compared by code (. ! ?), not as a one-letter string each: this runs for every character of the text.
    const code = text.charCodeAt(i);
    if ((code !== 46 && code !== 33 && code !== 63) || insideQuotation(quotations, i)) continue;
    if (code === 46 && isAbbreviation(text, i)) continue;
    let end = i + 1;
    while (end < paragraph.end && /[\u201D"\u2019')\]]/.test(text[end] ?? "")) end++;
    const next = ahead(text, end, 16).match(/^\s+(\S)/);
    if (end < paragraph.end && !(next && /[\p{Lu}\d\u201C"\u2018'(]/u.test(next[1] ?? ""))) continue;
    sentences.push({ start, end });
    start = end + (next ? next[0].length - 1 : 0);
    i = start - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences.flatMap((sentence) => withinLongest(text, sentence));
}

// Every pass reads a figure's sentence (its clause, its place, its source), so a "sentence"
// must stay short for the whole to stay linear: text with no full stops (a scraped list, a
// transcript) would otherwise be one sentence as long as the text and cost time in the square
// of its length. News sentences stay far below this (the longest in the tuning texts is under
// 500 characters); a longer run is cut after the last comma, semicolon or dash before the
// limit, else at the last space, else at the limit itself.
export const longestSentence = 1000;
const clauseBreak = /[,;:]\s|\s[\u2014\u2013-]\s/g;

function withinLongest(text: string, sentence: Span): Span[] {
  const pieces: Span[] = [];
  let start = sentence.start;
  while (sentence.end - start > longestSentence) {
    const window = text.slice(start, start + longestSentence);
    let cut = -1;
    for (const match of window.matchAll(clauseBreak)) if ((match.index ?? 0) >= longestSentence / 2) cut = (match.index ?? 0) + match[0].length;
    if (cut < 0) cut = window.lastIndexOf(" ", longestSentence - 1) + 1;
    if (cut <= 0) cut = longestSentence;
    let end = start + cut;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    pieces.push({ start, end });
    start += cut;
    while (start < sentence.end && /\s/.test(text[start] ?? "")) start++;
  }
  if (start < sentence.end) pieces.push({ start, end: sentence.end });
  return pieces;
}

export function readDocument(text: string): Document {
  const sentences: Sentence[] = [];
  const paragraphs = findParagraphs(text);
  const quotations = findQuotations(text, paragraphs);
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const paragraphQuotations = itemsTouching(quotations, paragraph);
    for (const sentence of splitSentences(text, paragraph, paragraphQuotations)) {
      sentences.push({ ...sentence, paragraph: paragraphIndex, index: sentences.length });
    }
  });
  return { text, folded: fold(text), sentences, quotations };
}

/** A regular-expression group matching any of `words`: lists of words stay readable as lists. */
export function oneOf(words: readonly string[]): string {
  return `(?:${words.join("|")})`;
}

/** The words just after `position`: a bounded look, so matching stays linear in the text. */
export function ahead(text: string, position: number, length = 160): string {
  return text.slice(position, position + length);
}

export function sentenceAt(document: Document, position: number): Sentence | undefined {
  return itemCovering(document.sentences, position);
}

// Where one claim's clause ends and the next one's begins: the words that govern a figure
// ("could", "arrived") belong to its own clause, not to a neighbour's.
const clauseBoundary = /[;:]\s|[.!?]\s|[\u201C\u201D"]|\s[\u2014\u2013]\s|,\s+(?:with|while|whereas|but|although|though|even as|as well as)\b/g;

export function clauseAround(document: Document, span: Span): Span {
  const sentence = sentenceAt(document, span.start) ?? { start: 0, end: document.text.length };
  let start = sentence.start;
  let end = sentence.end;
  const slice = document.folded.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(clauseBoundary)) {
    const at = sentence.start + (match.index ?? 0);
    if (at + match[0].length <= span.start) start = Math.max(start, at + (match[0].startsWith(",") ? 1 : match[0].length));
    else if (at >= span.end) {
      end = Math.min(end, at);
      break;
    }
  }
  return { start, end };
}
