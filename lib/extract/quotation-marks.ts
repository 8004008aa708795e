// Where quotations are, as news text marks them. Double marks of every common style (“…”,
// "…", „…“, «…»); single marks (‘…’, '…') for the quotes headlines and partial quotes use
// ("called the move 'reckless'"), told from apostrophes by what stands either side. A
// quotation may run past its paragraph: news style opens each paragraph of a long quotation
// again and closes only the last, and wire copy with hard line breaks wraps a quotation over
// several lines, which this reads as one quotation up to its closing mark.
import { firstStartingAt, itemsTouching } from "./positions";
import type { Span } from "./text";

// Copy pasted together from two sources mixes straight and curly marks (“…" and "…”): either closes either.
const closingFor: Record<string, string> = { "\u201C": '\u201D"', '"': '"\u201D', "\u201E": "\u201C\u201D", "\u00AB": "\u00BB" };
// Every mark that opens or closes a double quotation: any other character is passed over by its code.
const doubleMarks = new Set([...Object.keys(closingFor), ...Object.values(closingFor).join("")].map((mark) => mark.charCodeAt(0)));
const opensQuotation = /^[\u201C"\u201E\u00AB]\S/;
// A line that stops mid-sentence (no stop, colon or closing mark at its end) is a hard wrap. A
// single mark right after a letter ends no sentence: inside a double quotation it is a plural's
// apostrophe ("Boko Haram Terrorists’" at a line's end) or closes a quoted word the sentence goes on after.
const endsSentence = /(?:[.!?:;\u201D"\u00BB)\u2014\u2026]|[.!?,;:)][\u2019'])\s*$/;
const longestWrap = 8;

type Open = { at: number; closers: string; paragraph: number };

// Copy whose curly marks were set by a careless converter opens quotations with the right mark
// too (”The situation got very tense.”). A right mark closes only after a non-space, so one with
// no quotation open that stands at a line's or a word's start, before a letter, opens one.
function opensAsRightMark(text: string, at: number): boolean {
  return text[at] === "\u201D" && (at === 0 || /[\s([\u2014\u2013]/.test(text[at - 1] ?? "")) && /[\p{L}\d]/u.test(text[at + 1] ?? "");
}

/** The paragraph where the quotation opened continues past its end: a wrapped line, not a new paragraph. */
function wraps(text: string, paragraphs: readonly Span[], open: Open, index: number): boolean {
  const paragraph = paragraphs[index];
  const next = paragraphs[index + 1];
  if (!paragraph || !next || index - open.paragraph >= longestWrap) return false;
  return !endsSentence.test(text.slice(paragraph.start, paragraph.end)) && !opensQuotation.test(text.slice(next.start, next.start + 2));
}

// The fewest words a quotation cut off by the end of the excerpt must hold to count as one.
const fewestCutWords = 3;

/** The text ends, mid-sentence, inside a quotation opened in its last paragraph. */
function cutOff(text: string, paragraphs: readonly Span[], open: Open, index: number): boolean {
  const paragraph = paragraphs[index] as Span;
  if (index !== paragraphs.length - 1 || open.paragraph !== index || /\S/.test(text.slice(paragraph.end))) return false;
  return (
    text
      .slice(open.at + 1, paragraph.end)
      .trim()
      .split(/\s+/).length >= fewestCutWords
  );
}

function pairDoubleMarks(text: string, paragraphs: readonly Span[]): Span[] {
  const quotations: Span[] = [];
  let open: Open | null = null;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index] as Span;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      if (!doubleMarks.has(text.charCodeAt(i))) continue;
      const char = text[i] ?? "";
      if (open?.closers.includes(char)) {
        quotations.push({ start: open.at + 1, end: i });
        open = null;
      } else if (!open && closingFor[char]) open = { at: i, closers: closingFor[char] ?? "", paragraph: index };
      else if (!open && opensAsRightMark(text, i)) open = { at: i, closers: "\u201D\u201C", paragraph: index };
    }
    if (!open || wraps(text, paragraphs, open, index)) continue;
    // Unclosed at the end of a paragraph that ends a sentence: the quotation runs to the end of
    // the paragraph it opened in (news style reopens it in the next). A wrap that never closes,
    // or a text cut off mid-quotation, is read again from the line after the mark, as if stray.
    const opened = paragraphs[open.paragraph] as Span;
    if (endsSentence.test(text.slice(opened.start, opened.end))) quotations.push({ start: open.at + 1, end: opened.end });
    // An excerpt cut off inside a quotation (its last paragraph stops mid-sentence): the words
    // up to the cut are the quotation, when there are a few of them ("… we are doing all we can as a local govern").
    else if (cutOff(text, paragraphs, open, index)) quotations.push({ start: open.at + 1, end: paragraph.end });
    index = open.paragraph;
    open = null;
  }
  return quotations.sort((a, b) => a.start - b.start);
}

// An opening single mark follows a space, a bracket or a dash and comes before a letter; a
// closing one follows a non-space and comes before a space, a stop or the end. "workers' union"
// closes only a quotation already open; "don't", "'90s" and "Qur'an" open none.
const singleOpening = /(?:^|[\s([\u2014\u2013:])([\u2018'])(?=\p{L})/gu;
const singleClosing = /(?<=[^\s])[\u2019'](?=$|[\s.,;:!?)\]\u2014\u2013-])/gu;
const longestSingle = 300;

function pairSingleMarks(text: string, paragraph: Span, doubles: readonly Span[]): Span[] {
  const quotations: Span[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  let from = 0;
  for (const opening of body.matchAll(singleOpening)) {
    const at = (opening.index ?? 0) + opening[0].length - 1;
    if (at < from) continue;
    // Inside a double quotation a single mark is a quotation within a quotation: the outer one counts.
    const position = paragraph.start + at;
    const covering = doubles[firstStartingAt(doubles, position + 2) - 1];
    if (covering && position < covering.end + 1) continue;
    // A bounded look for the closing mark keeps a paragraph of stray marks linear.
    const window = body.slice(at, at + longestSingle);
    singleClosing.lastIndex = 2;
    const closing = singleClosing.exec(window);
    if (!closing) continue;
    const end = paragraph.start + at + closing.index;
    // British style quotes in single marks and nests in double ones ('We told them, "leave now", but …'):
    // a double quotation wholly inside is the inner one; one running past the closing mark means this is no quotation.
    const nextDouble = doubles[firstStartingAt(doubles, position + 1)];
    if (nextDouble && nextDouble.start < end && nextDouble.end + 1 >= end) continue;
    quotations.push({ start: paragraph.start + at + 1, end });
    from = at + closing.index + 1;
  }
  return quotations;
}

/** Every quotation in the text, in order, marks excluded. */
export function findQuotations(text: string, paragraphs: readonly Span[]): Span[] {
  const doubles = pairDoubleMarks(text, paragraphs);
  const singles = paragraphs.flatMap((paragraph) => pairSingleMarks(text, paragraph, itemsTouching(doubles, paragraph)));
  // A quotation within a quotation: the outer one counts.
  const outer = doubles.filter((double) => !singles.some((single) => single.start < double.start && double.end < single.end));
  return [...outer, ...singles].sort((a, b) => a.start - b.start);
}
