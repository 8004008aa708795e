// Quotations and who said them. A quotation introduced as speech ("noted, “They could …”")
// or followed by its speaker ("“We know …,” Zelensky stated") is a quote; a few words quoted
// inside someone's reported speech ("using “all available means.”") is a statement. The
// claim's words are those inside the marks; a statement leaves out a final stop that ends
// the writer's sentence rather than the speaker's words.
import { type Frame, type FrameHop, framesBySentence, speechVerb, speechVerbWord } from "./frames";
import { framesIn, type QuoteContext, speakerHops } from "./quote-context";
import { labelBefore, participleSpeaker, statementAnchor, statementSpeaker } from "./statements";
import { resolvePointer } from "./coreference";
import type { Mention } from "./mentions";
import { suggestKind } from "./source-kinds";
import { itemsWithin } from "./positions";
import { ahead, type Document, type Sentence, type Span, sentenceAt } from "./text";

export type QuoteFinding = {
  kind: "quote" | "statement";
  start: number;
  end: number;
  quotation: Span;
  hops: FrameHop[];
  /** The fragment is a name the speaker gave ("referring to him as his “closest comrade.”"). */
  labelled: boolean;
};

const participleBefore = new RegExp(String.raw`\b(${speechVerb})\s*[,:]?\s*$`);
// What may stand between a speaker's verb and the opening mark: "told the Gazette on Sunday: “".
// So may whom it was told to or where it was written, before a colon: "told reporters:",
// "wrote on social media:", "told a news conference in Kyiv:".
const speechLead =
  /^(?:\s*(?:(?:on|last|this|late on|early on) \w+\s*|in a statement\s*|in an interview\s*)?(?:,|:|that)?|\s+(?:[^\s.!?;"\u201C\u201D]+\s+){0,6}[^\s.!?;"\u201C\u201D]+:)\s*[\u201C"]$/;

// Closing marks, double or single ('…,' said X), then between the mark and its speaker's name, a few describing words may stand: “…,” the
// semi-official Mehr News Agency quoted …, “…,” the Front’s convenor, Jimmy Sham, said.
const describingGap = /^[\u201D"\u2019'\u00BB]?[\s,]*(?:[\p{L}\p{M}\d’'.-]+,?\s+){0,5}(?:\p{L}+-)?$/u;

// “… confirms the death of nine people” including a minister, said X: the quoted clause goes on
// outside the marks, in lower case and with no stop, up to the comma before its speaker.
const invertedVerb = /^(?:said|says|added|told|stated|wrote)\s/;
const clauseGoesOn = /^[\u201D"\u2019'\u00BB]\s+\p{Ll}[^.;:!?\u201C\u201D"]{0,100},\s*$/u;

/** “…,” Zelensky stated — the frame right after the closing mark. */
function speakerAfter(context: QuoteContext, quotation: Span, sentence: Sentence): Frame | undefined {
  return framesIn(context, sentence).find((frame) => {
    if (frame.start <= quotation.end) return false;
    const gap = context.document.text.slice(quotation.end, frame.start);
    return describingGap.test(gap) || (frame.trailing && invertedVerb.test(ahead(context.document.folded, frame.start, 12)) && clauseGoesOn.test(gap));
  });
}

// “…,” Jim McDonnell gave examples. / “…” (Via CNN): the source named right after the quotation.
const viaAfter = /^[\u201D"\u2019'\u00BB]?\s*\((?:via|source:?)\s+$/i;
// "“The airport is closed.” – Anna Kovalenko": a dash before the name credits it too.
// "“…,” read a statement from the ministry": the document's issuer, after an inverted verb.
// "“We don't do body counts,” was the explanation of Gen. Tommy Franks": whose answer the words were.
const nameAfter =
  /^[\u201D"\u2019'\u00BB]?\s*(?:,|[\u2013\u2014]|\s-)?\s*[\u201D"\u2019'\u00BB]?\s*(?:(?:said|says|read|reads|added)\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:statement|post|letter|note|message|communiqu\u00E9|release|notice)\s+(?:from|by|of|issued by)\s+|(?:was|were|came)\s+the\s+(?:explanation|reply|response|answer|verdict|comment|assessment|message|reaction|warning)\s+(?:of|from)\s+)?(?:(?:the|a|an)\s+)?$/;

/** The source named right after the closing mark, when no frame of saying was found there. */
function namedAfter(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const closing = quotation.end + 1;
  const following = itemsWithin(context.mentions, { start: closing, end: Math.min(sentence.end + 40, closing + 60) });
  const first = following[0];
  if (!first) return null;
  const gap = context.document.text.slice(quotation.end, first.start);
  const via = viaAfter.test(gap);
  if (!via && !(nameAfter.test(gap) && first.end <= sentence.end)) return null;
  // "UN refugee agency spokesman Andrej Mahecic": the person, when the title names one.
  const person = following.find((mention) => mention.start - first.end < 30 && mention.person && mention.end <= sentence.end) ?? first;
  const named = via ? first : person;
  const speaker = resolvePointer(context.document.text, named, context.mentions, []);
  const answered = /\b(?:was|were|came)\s+the\s+[a-z]+\s+(?:of|from)\s/.test(gap);
  const verb = via ? "via" : answered ? "said" : (ahead(context.document.text, named.appositiveEnd ?? named.end, 30).match(/^[\s,]*([a-z]+)/)?.[1] ?? "said");
  if (!speaker) return null;
  // "…,” the Al-Quds daily reported quoting the ministry as saying: the ministry spoke.
  const quoted = following.find(
    (mention) =>
      mention.start > named.end &&
      mention.end <= sentence.end &&
      /\bquot(?:ing|ed)\s+$/.test(context.document.folded.slice(named.end, mention.start).replace(/\bthe\s+$/, "")) &&
      /^\s+as saying\b/.test(ahead(context.document.folded, mention.end, 12)),
  );
  const origin = quoted && resolvePointer(context.document.text, quoted, context.mentions, []);
  return origin
    ? [
        { mention: origin, verb: "as saying" },
        { mention: speaker, verb },
      ]
    : [{ mention: speaker, verb }];
}

// He continued: “…” / Another official asked, “…”: a source, one verb, then the quotation.
const oneVerbLead = /^\s+[a-z]+[:,]\s*[\u201C"]$/;

function namedBefore(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const before = itemsWithin(context.mentions, { start: sentence.start, end: quotation.start }).at(-1);
  if (!before || !oneVerbLead.test(context.document.text.slice(before.end, quotation.start))) return null;
  const speaker = resolvePointer(context.document.text, before, context.mentions, []);
  return speaker
    ? [
        {
          mention: speaker,
          verb: context.document.text
            .slice(before.end, quotation.start)
            .trim()
            .replace(/[:,]?\s*[\u201C"]$/, ""),
        },
      ]
    : null;
}

// 'Navy chief: "We have enough ships"', 'Mayor: "We will rebuild"': a heading credits its quotation
// to a role, and the story's first person to speak, in the paragraphs right below it, is who holds it.
const roleLabel = /^[^.!?:;\u201C\u201D"]{1,40}:\s*$/;
const headingReach = 3;

function headingSpeaker(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const { document } = context;
  const alone =
    document.sentences[sentence.index + 1]?.paragraph !== sentence.paragraph && document.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
  const rest = document.text.slice(quotation.end + 1, sentence.end);
  if (!alone || !roleLabel.test(document.text.slice(sentence.start, quotation.start - 1)) || /[.!?]\s*$/.test(rest)) return null;
  for (let index = sentence.index + 1; index <= sentence.index + headingReach; index++) {
    const frame = framesIn(context, document.sentences[index]).find((candidate) => candidate.speaker.person);
    if (frame) return speakerHops(frame);
  }
  return null;
}

// "the officer told them, “…”", "she told reporters on Sunday, “…”": whom the words were told to, then a comma.
const toldLead = /^\s+(?:[^\s.!?;:,"\u201C\u201D]+\s+){0,3}[^\s.!?;:,"\u201C\u201D]+\s*,\s*[\u201C"]$/;

/**
 * Ryabykh … noted, “They … — the frame ending right before the opening mark. Of two, the nearer:
 * "Police said the officer reported: “…”" gives the officer's words, which police pass on.
 */
function speakerBefore(context: QuoteContext, quotation: Span, sentence: Sentence): Frame | undefined {
  return framesIn(context, sentence).findLast((frame) => {
    if (frame.end >= quotation.start) return false;
    const lead = context.document.folded.slice(frame.end, quotation.start);
    return speechLead.test(lead) || (/^(?:told|tells?)$/.test(frame.hops.find((hop) => hop.mention === frame.speaker)?.verb ?? "") && toldLead.test(lead));
  });
}

/** “…,” he said, “until they leave.” — the second part continues the first. */
function continuesQuote(context: QuoteContext, quotation: Span, previous: Span | undefined, sentence: Sentence): boolean {
  if (!previous || previous.start < sentence.start || !/^\s*\p{Ll}/u.test(context.document.text.slice(quotation.start, quotation.end))) return false;
  const between = context.document.folded.slice(previous.end + 1, quotation.start - 1);
  return between.length < 80 && /,\s*$/.test(between) && speechVerbWord.test(between);
}

// A line with no closing stop, alone in its paragraph: a headline or a cross-head. A quotation
// opening it ('Battlefield after bombardment') is a phrase lifted from the story, someone's
// words only when the heading names who said them (Navy chief: "We have enough ships").
function isHeading(document: Document, quotation: Span, sentence: Sentence): boolean {
  // A heading heads something: the text's last line (an excerpt cut off inside a quotation) is body.
  if (document.sentences[sentence.index + 1] === undefined && sentence.index > 0) return false;
  const alone =
    document.sentences[sentence.index + 1]?.paragraph !== sentence.paragraph && document.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
  const words = document.text.slice(sentence.start, sentence.end);
  const opens = quotation.start - 1 <= sentence.start;
  return (
    alone &&
    opens &&
    quotation.end <= sentence.end &&
    !/[.,;:!?\u2014\u2026][\u201D"\u2019')\]]*\s*$/.test(words) &&
    // Sentences inside it ("It's irrelevant … They are free to …, so l", an excerpt cut off) make it prose.
    !/[.!?]\s+\S/.test(words) &&
    !/[.,;:!?\u2014\u2026]\s*$/.test(document.text.slice(quotation.start, quotation.end))
  );
}

// A quotation introduced as speech: after a comma, a dash or at a sentence's start, opening
// as a sentence does (a capital, or an editor's "[Our]", "(The rescuers)" or "…" before the words); after a
// colon, whatever its first letter ("said: “we need pumps”").
// "Cook said, adding “this will not be a permanent presence.”": a participle of saying right
// before the mark, then a whole sentence of words (a few words, closed by their own stop).
const sayingParticiple = /\b(?:adding|saying|noting|stating|declaring|insisting|explaining|telling (?:\w+ ){1,3})\s*$/i;
// The same after a finite verb with no comma ("He said “contrary to media speculation, it was …”"):
// the quotation is the verb's whole object, the speaker's words, not a fragment of the writer's.
const sayingVerb = /\b(?:said|says|added|adds|stated|states|declared|insisted|explained|warned|replied|wrote|told (?:\w+ ){1,3})\s*$/i;

// "Gov. Abbott’s Pledge: “We will not stop” search efforts": words that run on, in lower case, straight
// after the closing mark make the quotation part of the writer's sentence, a fragment.
function runsOnAfter(context: QuoteContext, quotation: Span, sentence: Sentence, inner: string): boolean {
  if (/[,.;:!?\u2014\u2026]$/.test(inner)) return false;
  return /^[\u201D"\u2019'\u00BB]\s+\p{Ll}/u.test(context.document.text.slice(quotation.end, sentence.end)) && !speakerAfter(context, quotation, sentence);
}

function isIntroduced(context: QuoteContext, quotation: Span, sentence: Sentence): boolean {
  const before = context.document.text.slice(sentence.start, quotation.start - 1);
  const inner = context.document.text.slice(quotation.start, quotation.end);
  if (runsOnAfter(context, quotation, sentence, inner)) return false;
  if (/:\s*$/.test(before) && /\p{L}/u.test(inner)) return true;
  // "… and now she wants everyone to pray - "so pray for her. You don't need to know her name."": after
  // a dash, words that hold a whole sentence of their own are the speaker's, whatever their first letter.
  if (/(?:\s[-\u2013]|\u2014)\s*$/.test(before) && /[.!?]\s+[\p{Lu}\u201C"]/u.test(inner)) return true;
  if ((sayingParticiple.test(before) || sayingVerb.test(before)) && /[.!?]$/.test(inner) && inner.split(/\s+/).length >= 4) return true;
  return /^(?:[[(]|\u2026\s*|\.\.\.\s*)?[\p{Lu}\d\u2018'"]/u.test(inner.trimStart()) && /(?:[,\u2014]\s*|\s-\s*|^\s*)$/.test(before);
}

// "arrested due to “his behavior during the arrest,” according to police": a quotation that
// opens in lower case straight after a word of the writer's sentence (no comma, colon or dash,
// and no verb of saying) is a fragment of that sentence, even when its source follows it.
const introducingWord = new RegExp(String.raw`(?:\b${speechVerb}|[,:;\u2014\u2013-])\s*$`);

function embedded(document: Document, quotation: Span, sentence: Sentence): boolean {
  if (!/^\p{Ll}/u.test(document.text.slice(quotation.start, quotation.start + 1))) return false;
  const before = document.folded.slice(sentence.start, quotation.start - 1);
  return /[\p{L}\d]\s*$/u.test(before) && !introducingWord.test(before);
}

// "… but “the scale of the destruction is still being assessed,” Reznichenko said.": a fragment
// that closes the writer's clause with its comma, its speaker's verb right after the mark, is
// quoted as the speaker's words (a quote); "“…,” for the troops, said X" and "“…,” according to
// a post" stay fragments of the writer's sentence.
function creditedRightAfter(document: Document, quotation: Span, frame: Frame): boolean {
  return (
    /,$/.test(document.text.slice(quotation.start, quotation.end)) &&
    /^[\u201D"\u2019'\u00BB]?\s*$/.test(document.text.slice(quotation.end, frame.start)) &&
    frame.hops.at(-1)?.verb !== "according to"
  );
}

/**
 * A fragment after a verb of naming ("called the raid “…”", "described it as “…”") whose subject is
 * not the source credited after the closing mark: the namer's words, relayed by that source.
 */
function relayedLabel(context: QuoteContext, quotation: Span, sentence: Sentence, after: Frame): FrameHop[] | null {
  const { document } = context;
  if (!embedded(document, quotation, sentence)) return null;
  const label = document.folded.slice(sentence.start, quotation.start - 1).match(labelBefore);
  if (!label?.[1]) return null;
  const namer = statementSpeaker(context, sentence, quotation.start - 1);
  const relay = speakerHops(after);
  const origin = namer?.[0];
  if (!namer || !origin || relay.some((hop) => hop.mention.name === origin.mention.name)) return null;
  const verb = document.text.slice(quotation.start - 1 - label[0].length, quotation.start - 1 - label[0].length + label[1].length);
  return [{ ...origin, verb }, ...relay];
}

// 'Protesters chanted slogans such as "Russia without Putin" and "Russia will be free."', 'protesters
// continued to chant "Freedom!"': words chanted, shouted or sung, one quotation or a list of them,
// are the quotes of whoever chanted (the last source named before the verb).
const chantLead =
  /\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|sang|sing(?:s|ing)?)(?:\s+(?:slogans?|songs?|words|chants)(?:\s+(?:such as|like|including))?)?\s*[:,]?\s+(?:[\u201C"][^\u201C\u201D"]{1,80}[\u201D"]\s*(?:,|and|or|,\s*and)\s+)*[\u201C"]$/;

// What may stand between the chanters and their verb: "protesters continued to chant", "the crowd began chanting".
const chantAuxiliaries = /(?:\s+(?:continued|began|started|kept|were|was|had|have|also|then|all|again|would)(?:\s+to)?)*\s+$/;

/** The chanters: the source named right before the verb, else a plural noun of people there ("protesters"). */
function chanterBefore(context: QuoteContext, sentence: Sentence, verbAt: number): Mention | null {
  const text = context.document.text;
  const subjectEnd = verbAt - (text.slice(sentence.start, verbAt).match(chantAuxiliaries)?.[0].length ?? 0);
  const named = itemsWithin(context.mentions, { start: sentence.start, end: subjectEnd })
    .filter((mention) => !mention.quoted && subjectEnd - mention.end <= 1)
    .at(-1);
  if (named) return resolvePointer(text, named, context.mentions, []);
  const noun = text
    .slice(Math.max(sentence.start, subjectEnd - 40), subjectEnd)
    .match(/(?:^|\s)((?:[a-z]+(?:ers|ors|ists|ents|ants|ies)|crowds?|people|fans|mourners|residents))$/);
  if (!noun?.[1]) return null;
  const start = subjectEnd - noun[1].length;
  return {
    start,
    end: subjectEnd,
    name: noun[1],
    sourceId: null,
    kind: suggestKind(noun[1]),
    person: false,
    description: null,
    appositiveEnd: null,
    pointsBack: null,
  };
}

function chantedBy(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const before = context.document.text.slice(sentence.start, quotation.start);
  const lead = before.match(chantLead);
  if (!lead) return null;
  const speaker = chanterBefore(context, sentence, sentence.start + (lead.index ?? 0));
  return speaker ? [{ mention: speaker, verb: lead[0].trim().split(/\s+/)[0] ?? "chanted" }] : null;
}

// "the Corps has only this to say (as it did on April 14): “…”", "The mayor put it this way: “…”": a
// clause announcing words to come, then a colon; its subject (after the clause's opening comma) speaks.
const announcesWords =
  /\b(?:ha(?:s|d|ve)\s+(?:only\s+)?(?:this|these words|the following|little more|nothing more)\s+to\s+say|put\s+it\s+(?:this|that|thus)\s+way|summed\s+(?:it\s+)?up|(?:said|wrote|says|writes)\s+(?:this|the following))\b[^:\u201C\u201D"]*:\s*[\u201C"]$/;

function announcedBy(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const before = context.document.text.slice(sentence.start, quotation.start);
  const lead = before.match(announcesWords);
  if (!lead) return null;
  const verbAt = sentence.start + (lead.index ?? 0);
  const clauseStart = sentence.start + Math.max(0, before.slice(0, lead.index).search(/[,;][^,;]*$/) + 1);
  const subject = itemsWithin(context.mentions, { start: clauseStart, end: verbAt }).find((mention) => !mention.quoted);
  const speaker = subject && resolvePointer(context.document.text, subject, context.mentions, []);
  return speaker ? [{ mention: speaker, verb: "said" }] : null;
}

// "Gov. Abbott’s Pledge: “We will not stop”", "the minister's warning, “…”": words someone owns
// by a possessive before a noun of saying are theirs.
const ownedWordsLead =
  /['\u2019]s\s+(?:pledge|promise|vow|message|warning|words|reply|response|answer|verdict|slogan|plea|appeal|call|comment|remark|statement|assurance)\s*[:,\u2014-]?\s*[\u201C"]$/i;

function possessedWords(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const before = context.document.text.slice(sentence.start, quotation.start);
  const lead = before.match(ownedWordsLead);
  if (!lead) return null;
  const ownerEnd = sentence.start + (lead.index ?? 0);
  const owner = context.mentions.find((mention) => mention.start < ownerEnd && mention.end >= ownerEnd && mention.start >= sentence.start);
  if (!owner) return null;
  // "Gov. Abbott’s Pledge" is read as one name ending in the owned noun: the owner is the part before "’s".
  const possessor =
    owner.end > ownerEnd
      ? { ...owner, end: ownerEnd, name: context.document.text.slice(owner.start, ownerEnd).replace(/^(?:\p{Lu}\p{Ll}{1,4}\.\s+)+/u, ""), person: true }
      : owner;
  const speaker = resolvePointer(context.document.text, possessor, context.mentions, []);
  return speaker ? [{ mention: speaker, verb: "said" }] : null;
}

/**
 * A quotation with no speaker of its own: the one who spoke last in its paragraph, else the
 * one who speaks first in the next sentence; a quotation standing as a paragraph of its own
 * goes on from the person who spoke at the end of the paragraph before.
 */
function neighbourSpeaker(context: QuoteContext, sentence: Sentence): FrameHop[] | null {
  const previous = context.document.sentences[sentence.index - 1];
  const fromPrevious = previous?.paragraph === sentence.paragraph ? framesIn(context, previous).at(-1) : undefined;
  const next = context.document.sentences[sentence.index + 1];
  const fromNext = next?.paragraph === sentence.paragraph ? framesIn(context, next).find((frame) => frame.start - next.start < 40) : undefined;
  const frame = fromPrevious ?? fromNext;
  if (frame) return speakerHops(frame);
  const opensParagraph = previous === undefined || previous.paragraph !== sentence.paragraph;
  const earlier = opensParagraph && previous && previous.paragraph === sentence.paragraph - 1 ? framesIn(context, previous).at(-1) : undefined;
  return earlier?.speaker.person ? speakerHops(earlier) : null;
}

// "Linda Howe, the regional governor, spoke at a briefing on Monday. “We have lost everything.”": a
// quotation that is a sentence of its own, with no verb of saying around it, belongs to the one the
// sentence beside it (before it, or after it when the quotation opens the paragraph) shows speaking:
// its subject, with a verb of addressing an audience rather than of saying words.
const speechEvent =
  /^[^.!?;]{0,80}?\b(?:spoke|speaks|speaking|addressed|addresses|briefed|briefs|held\s+an?\s+(?:news|press)\s+(?:conference|briefing)|gave\s+(?:an?\s+)?(?:statement|interview|speech|briefing|address)|took\s+questions|appeared\s+(?:before|at|on)|told\s+(?:reporters|journalists|the\s+press))\b/i;

function standsAlone(document: Document, quotation: Span, sentence: Sentence): boolean {
  const closing = sentenceAt(document, quotation.end) ?? sentence;
  return (
    /^\s*$/.test(document.text.slice(sentence.start, quotation.start - 1)) &&
    /^[\u201D"\u2019'\u00BB]?\s*$/.test(document.text.slice(quotation.end, closing.end))
  );
}

function eventSubject(context: QuoteContext, beside: Sentence | undefined): FrameHop[] | null {
  if (!beside) return null;
  const subject = itemsWithin(context.mentions, beside).find((mention) => !mention.quoted);
  if (!subject || !/^[\s"\u201C]*(?:the\s+)?$/i.test(context.document.text.slice(beside.start, subject.start))) return null;
  if (!speechEvent.test(context.document.text.slice(subject.appositiveEnd ?? subject.end, beside.end))) return null;
  const speaker = resolvePointer(context.document.text, subject, context.mentions, []);
  return speaker && (speaker.person || !speaker.pointsBack) ? [{ mention: speaker, verb: "said" }] : null;
}

function presentedSpeaker(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const { document } = context;
  if (!standsAlone(document, quotation, sentence)) return null;
  const closing = sentenceAt(document, quotation.end) ?? sentence;
  const previous = document.sentences[sentence.index - 1];
  const next = document.sentences[closing.index + 1];
  const opensParagraph = previous?.paragraph !== sentence.paragraph;
  return (
    eventSubject(context, previous?.paragraph === sentence.paragraph || previous?.paragraph === sentence.paragraph - 1 ? previous : undefined) ??
    (opensParagraph && next?.paragraph === closing.paragraph ? eventSubject(context, next) : null)
  );
}

// “…” The words were Smith's. / The remarks came from the minister.: the sentence after a
// quotation that says whose its words were names the speaker.
const ownerLead =
  /^\s*(?:the|those|these|his|her|their)\s+(?:words|remarks?|comments?|warning|quote|quotation)\s+(?:were|was|came|come)\s+(?:from\s+|those\s+of\s+)?(?:the\s+)?$/i;

function ownerAfter(context: QuoteContext, quotation: Span, sentence: Sentence): FrameHop[] | null {
  const closing = sentenceAt(context.document, quotation.end) ?? sentence;
  const next = context.document.sentences[closing.index + 1];
  if (!next || next.paragraph !== closing.paragraph) return null;
  const owner = itemsWithin(context.mentions, next)[0];
  if (!owner || !ownerLead.test(context.document.text.slice(next.start, owner.start))) return null;
  const speaker = resolvePointer(context.document.text, owner, context.mentions, []);
  return speaker ? [{ mention: speaker, verb: "said" }] : null;
}

// "“…,” the 45-year-old said." / "the father of three told AFP": a description that names no one,
// after the quotation, stands for the person named last before it.
const describedAfter = /^[\u201D"\u2019'\u00BB]?,?\s+the\s+(?:[a-z\d-]+\s+){0,4}?[a-z\d-]+\s+(?:said|says|told|added|recalled|explained|asked|continued)\b/;

function describedSpeaker(context: QuoteContext, quotation: Span): FrameHop[] | null {
  const after = context.document.text.slice(quotation.end, quotation.end + 80);
  const match = after.match(describedAfter);
  if (!match) return null;
  const person = itemsWithin(context.mentions, { start: Math.max(0, quotation.start - 800), end: quotation.start })
    .filter((mention) => mention.person && !mention.pointsBack)
    .at(-1);
  return person ? [{ mention: person, verb: match[0].trim().split(/\s+/).at(-1) ?? "said" }] : null;
}

// “…,” said Melissa Fleming, chief spokeswoman. “Borders remain open.”: a quotation that opens
// soon after the last one closed, with nobody else named between, goes on in the same voice.
function followsQuote(context: QuoteContext, quotation: Span, previous: Span | undefined, speaker: FrameHop[] | null): boolean {
  if (!previous) return false;
  const between = context.document.text.slice(previous.end + 1, quotation.start - 1);
  const voice = speaker?.at(0)?.mention.name;
  const someoneElse = itemsWithin(context.mentions, { start: previous.end + 1, end: quotation.start - 1 }).some(
    (mention) => mention.person && !mention.pointsBack && mention.name !== voice,
  );
  return between.length < 200 && !someoneElse && !/[\u201C\u201D"]/.test(between) && /[.!?]\)?\s*$/.test(between);
}

/** Between the last quotation and this one no source is named but those who voiced the last (or words pointing back at them). */
function onlyVoiceBetween(context: QuoteContext, quotation: Span, previous: Span | undefined, voice: FrameHop[] | null): boolean {
  if (!previous || !voice) return false;
  const names = new Set(voice.map((hop) => hop.mention.name));
  // "the wire service", "he": words pointing back, not a name ("The Defence Ministry" names a body).
  const pointsBackOnly = (mention: Mention) =>
    mention.pointsBack !== null && !/\p{Lu}/u.test(context.document.text.slice(mention.start, mention.end).replace(/^\p{Lu}\p{Ll}*\s+/u, ""));
  return itemsWithin(context.mentions, { start: previous.end + 1, end: quotation.start - 1 }).every(
    (mention) => pointsBackOnly(mention) || names.has(mention.name),
  );
}

// "We will rebuild our homes.¶"And we will go back!": news style opens each paragraph of a long
// quotation again and closes only the last; the paragraph the quotation ran to the end of
// (no closing mark) is continued by a quotation opening the next paragraph.
function reopensQuote(document: Document, quotation: Span, previous: Span | undefined): boolean {
  if (!previous || /[\u201D"\u00BB\u201C]/.test(document.text[previous.end] ?? "")) return false;
  const between = document.text.slice(previous.end, quotation.start - 1);
  return /^\s*$/.test(between) && between.includes("\n");
}

// "“The river is rising.” “We need boats,” the mayor added.": a whole sentence quoted, then at once
// (a space, on the same line) another quotation.
function inOneRun(document: Document, quotation: Span, next: Span): boolean {
  return /[.!?]$/.test(document.text.slice(quotation.start, quotation.end)) && /^[\u201D"] ?[\u201C"]$/.test(document.text.slice(quotation.end, next.start));
}

// "“We will not leave.” Colonel Aung Min, spokesperson of the KNU": a name, with perhaps a role, signed
// under the quotation on its line, with no verb and no closing stop, is who said it.
function signedAfter(context: QuoteContext, quotation: Span): FrameHop[] | null {
  const { text } = context.document;
  const lineEnd = text.indexOf("\n", quotation.end);
  const line = text.slice(quotation.end + 1, lineEnd < 0 ? text.length : lineEnd);
  if (line.length > 120 || /[.!?;:]\s*$/.test(line) || speechVerbWord.test(line.toLowerCase())) return null;
  const signer = itemsWithin(context.mentions, { start: quotation.end + 1, end: quotation.end + 1 + line.length })[0];
  if (!signer?.person || signer.pointsBack || !/^\s*(?:[\u2013\u2014-]\s*)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(quotation.end + 1, signer.start)))
    return null;
  return [{ mention: signer, verb: "said" }];
}

function quoteSpeaker(
  context: QuoteContext,
  quotation: Span,
  sentence: Sentence,
  previousSpeaker: FrameHop[] | null,
  { continuing, following, previous }: { continuing: boolean; following: boolean; previous: Span | undefined },
): FrameHop[] | null {
  if (continuing && previousSpeaker) return previousSpeaker;
  // A quotation wrapped over several lines is followed by its speaker after the last one.
  const closing = sentenceAt(context.document, quotation.end) ?? sentence;
  const wrapped = closing !== sentence ? speakerAfter(context, quotation, closing) : undefined;
  if (wrapped) return speakerHops(wrapped);
  const after = speakerAfter(context, quotation, sentence);
  if (after) return speakerHops(after);
  const before = speakerBefore(context, quotation, sentence);
  if (before) return speakerHops(before);
  const lead = context.document.folded.slice(sentence.start, quotation.start - 1);
  const participle = lead.match(participleBefore);
  const subject = participle ? participleSpeaker(context, sentence, quotation.start, participle[1] ?? "") : null;
  if (subject) return subject;
  return (
    namedAfter(context, quotation, sentence) ??
    signedAfter(context, quotation) ??
    headingSpeaker(context, quotation, sentence) ??
    announcedBy(context, quotation, sentence) ??
    namedBefore(context, quotation, sentence) ??
    ownerAfter(context, quotation, sentence) ??
    describedSpeaker(context, quotation) ??
    // "Jane Moss said the family had lost everything - “so help them. …”": whoever speaks in the sentence the words end.
    (/(?:\s[-\u2013]|\u2014)\s*$/.test(lead) ? statementSpeaker(context, sentence, quotation.start - 1) : null) ??
    // A quotation that goes on right after a spoken one, with nobody else named between, keeps its
    // voice before any frame of the sentence before is asked ("…,” X told the wire service. “…”).
    (following && onlyVoiceBetween(context, quotation, previous, previousSpeaker) ? previousSpeaker : null) ??
    neighbourSpeaker(context, sentence) ??
    (following ? previousSpeaker : null) ??
    presentedSpeaker(context, quotation, sentence)
  );
}

export function findQuotes(document: Document, frames: readonly Frame[], mentions: readonly Mention[]): QuoteFinding[] {
  const context: QuoteContext = { document, framesBySentence: framesBySentence(frames), mentions };
  const findings: QuoteFinding[] = [];
  let previousSpeaker: FrameHop[] | null = null;
  document.quotations.forEach((quotation, index) => {
    const sentence = sentenceAt(document, quotation.start);
    if (!sentence || quotation.end - quotation.start < 2) return;
    const continuing = continuesQuote(context, quotation, document.quotations[index - 1], sentence);
    const closing = sentenceAt(document, quotation.end) ?? sentence;
    // "“we are ready to help”, he said": a quotation opening its sentence may leave its comma outside the marks.
    const opensSentence = quotation.start - 1 <= sentence.start && /^[\u201D"\u2019'\u00BB],/.test(document.text.slice(quotation.end, quotation.end + 2));
    const after = speakerAfter(context, quotation, sentence) ?? speakerAfter(context, quotation, closing);
    const followedBySpeaker =
      (!embedded(document, quotation, sentence) || (after !== undefined && creditedRightAfter(document, quotation, after))) &&
      after !== undefined &&
      (/[,.!?]$/.test(document.text.slice(quotation.start, quotation.end)) || opensSentence);
    // “…,” said G. Keith Still, professor … in the U.K. “In this instance, …”: a quotation that
    // opens a new sentence right after a spoken one goes on in that voice.
    const reopening = previousSpeaker !== null && reopensQuote(document, quotation, document.quotations[index - 1]);
    const following = reopening || (previousSpeaker !== null && followsQuote(context, quotation, document.quotations[index - 1], previousSpeaker));
    // An editor's bracket may open the words: "(The rescuers) dug for a whole day".
    const opensCapital = /^[[(]?[\p{Lu}\d]/u.test(document.text.slice(quotation.start, quotation.start + 2));
    const chant = chantedBy(context, quotation, sentence);
    if (chant) {
      findings.push({ kind: "quote", start: quotation.start, end: quotation.end, quotation, hops: chant, labelled: false });
      previousSpeaker = chant;
      return;
    }
    // "The army called the raid “a success,” the agency said": the words are the name the army gave,
    // a statement of the army's that the agency passes on, not the agency's own quote.
    const relayed = after && followedBySpeaker ? relayedLabel(context, quotation, sentence, after) : null;
    if (relayed) {
      findings.push({ kind: "statement", ...statementAnchor(document, quotation), quotation, hops: relayed, labelled: true });
      previousSpeaker = speakerHops(after as Frame);
      return;
    }
    if (
      continuing ||
      followedBySpeaker ||
      (following && opensCapital) ||
      (isIntroduced(context, quotation, sentence) && !isHeading(document, quotation, sentence))
    ) {
      const hops = quoteSpeaker(context, quotation, sentence, previousSpeaker, {
        continuing: continuing || reopening,
        following,
        previous: document.quotations[index - 1],
      });
      findings.push({ kind: "quote", start: quotation.start, end: quotation.end, quotation, hops: hops ?? [], labelled: false });
      previousSpeaker = hops;
      return;
    }
    // "The situation was “very difficult”, he said.": a fragment whose sentence ends with its speaker.
    // "…accused officers of “kettling people,” Ann Rowe said.": the speaker right after the closing
    // mark quoted the words, whatever verb of the writer's sentence stands before them.
    const tail = speakerAfter(context, quotation, sentence);
    const tailHops = tail ? speakerHops(tail) : null;
    const rightAfter = tail !== undefined && /^[\u201D"\u2019'\u00BB]?,?\s*$/.test(document.text.slice(quotation.end, tail.start));
    const hops =
      (rightAfter ? tailHops : null) ?? statementSpeaker(context, sentence, quotation.start - 1) ?? tailHops ?? possessedWords(context, quotation, sentence);
    if (!hops) return; // scare quotes or a title: words the writer marks, not anyone's claim
    const label = document.folded.slice(sentence.start, quotation.start - 1).match(labelBefore);
    const labelled = label?.[1]
      ? hops.map((hop, at) =>
          at === hops.length - 1
            ? { ...hop, verb: document.text.slice(quotation.start - 1 - label[0].length, quotation.start - 1 - label[0].length + (label[1]?.length ?? 0)) }
            : hop,
        )
      : hops;
    findings.push({ kind: "statement", ...statementAnchor(document, quotation), quotation, hops: labelled, labelled: Boolean(label) });
  });
  // A quotation run over several paragraphs is credited once, after its last part: the earlier
  // parts, reopened paragraph by paragraph, take the speaker of the part that follows them.
  // So are quotations set one after another with nothing between ("“…” “…” “…,” X added."):
  // the verb after the last closes the run.
  for (let index = findings.length - 2; index >= 0; index--) {
    const finding = findings[index] as QuoteFinding;
    const next = findings[index + 1] as QuoteFinding;
    if (
      finding.kind === "quote" &&
      finding.hops.length === 0 &&
      next.kind === "quote" &&
      (reopensQuote(document, next.quotation, finding.quotation) || inOneRun(document, finding.quotation, next.quotation))
    ) {
      finding.hops = next.hops;
    }
  }
  return findings;
}
