// Attribution frames: the words in a sentence that say who says what. A frame is a source
// and its verb ("Seoul’s spy agency has confirmed"), with any source it cites or that relays
// it ("According to Yonhap, citing the NIS", "Reports …, as conveyed by BBC Russian,").
// Hops are ordered as the claim travelled: originator first, then toward the report.
import { resolvePointer } from "./coreference";
import type { Mention } from "./mentions";
import { lookUpPlace } from "./place-lookup";
import { firstStartingAt, firstWithin, itemsWithin } from "./positions";
import { looksLikePerson, suggestKind } from "./source-kinds";
import { ahead, type Document, oneOf, type Sentence } from "./text";

export type FrameHop = { mention: Mention; verb: string };

export type Frame = {
  sentence: Sentence;
  start: number;
  end: number;
  /** The source that speaks in this frame: the subject of its verb. */
  speaker: Mention;
  hops: FrameHop[];
  /** "…, the ministry said." governs the words before it. */
  trailing: boolean;
  /** "The ministry said …" governs the words after it; so does "…, it said, adding that …". */
  governsAfter: boolean;
  /** "120 deaths confirmed by authorities": a passive agent governs only the words right before it. */
  nearestOnly?: boolean;
  /** "… and the organizers 22,000", "sued X for estimating 400,000": not reported by the frame before it, and speaking for its own clause only. */
  coordinate?: boolean;
  /** "Police detained 100 people": the body did what is counted, which is not a statement of it. */
  deed?: boolean;
};

// Verbs of saying and reporting, in every form news text uses them.
const speechVerbForms = [
  "say says said saying",
  "tell tells told telling",
  "state states stated stating",
  "note notes noted noting",
  "add adds added adding",
  "report reports reported reporting",
  "confirm confirms confirmed confirming",
  "estimate estimates estimated estimating",
  "claim claims claimed claiming",
  "announce announces announced announcing",
  "warn warns warned warning",
  "suggest suggests suggested suggesting",
  "believe believes believed",
  "deny denies denied denying",
  "reject rejects rejected",
  "dismiss dismisses dismissed",
  "insist insists insisted",
  "indicate indicates indicated indicating",
  "reveal reveals revealed",
  "disclose discloses disclosed",
  "caution cautions cautioned",
  "argue argues argued",
  "explain explains explained",
  "clarify clarifies clarified",
  "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
  "stress stresses stressed stressing",
  "acknowledge acknowledges acknowledged",
  "admit admits admitted",
  "assess assesses assessed",
  "write writes wrote",
  "tweeted posted put puts",
  "allege alleges alleged alleging",
  "briefed quoted quotes showed shows accused accuses",
  "dispute disputes disputed disputing",
  "found finds",
  "fear fears feared",
  "predicted",
  "projected",
  "expect expects expected",
  "ask asks asked",
  "publish publishes published",
  "count counts counted",
  "list lists listed",
  "tally tallies tallied",
  "peg pegs pegged",
  // Verbs of the manner of speaking, which news uses around quotations: "“Everything changed,” he murmured".
  "murmur murmurs murmured",
  "whisper whispers whispered",
  "mutter mutters muttered",
  "exclaim exclaims exclaimed",
  "reply replies replied",
  "remark remarks remarked",
  "lament laments lamented",
  "recall recalls recalled",
];
export const speechVerb = `(?:${oneOf(speechVerbForms.flatMap((forms) => forms.split(" ")))}|point(?:s|ed|ing)? out)`;
/** A speech verb as a whole word. */
export const speechVerbWord = new RegExp(String.raw`\b${speechVerb}\b`);

const auxiliaries = String.raw`(?:(?:has|have|had|is|are|was|were|will|would|also|previously|reportedly|recently|now|currently|still|already|initially|jointly|earlier|later|again|repeatedly|publicly|officially|separately|first|further|itself|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month)|this week|in a statement|in a briefing|in a report|meanwhile|so far|for (?:his|her|its|their) part|(?:went|goes|go|going) on to|(?!(?:family|families|rally|ally|assembly|supply|july|daily|weekly|monthly|italy|reply|early|only)\b)[a-z]{2,}ly)\s+){0,3}`;

// "…, the centre's duty officer said": a body speaks through its officer, named by the body's possessive.
const officerOf = String.raw`(?:'s\s+(?:[a-z-]+\s+)?(?:officials?|officers?|spokes(?:man|woman|person)|head|chief|director|representatives?)\b)?`;
// "The ministry issued a statement on Saturday saying that …": the source put out what says it.
const issuedStatement = String.raw`(?:\s+(?:issued|released|put out|published|sent out)\s+(?:a|an)\s+(?:(?:brief|short|joint|new|written|official)\s+)?(?:statement|report|communiqu[eé]|press release|release|notice|update|bulletin)(?:\s+(?:on|late on|early on|last)\s+\w+)?)?`;
// "The Hong Kong Public Opinion Research Institute (HKPORI) said", "the ministry statement said":
// an abbreviation in brackets, or the statement or figures the source put out, stand between.
const verbAfterSubject = new RegExp(
  String.raw`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*\d{1,3}\s*(?=,))?(?:\s+who\s+(?:spoke|asked|requested|declined)\s[^,.;:"\u201C\u201D]{1,60}?(?=\s+${speechVerb}\b))?(?:\s+(?:statement|report|data|figures|tally|count|estimates?|spokes(?:man|woman|person))\b)?${officerOf}${issuedStatement}\s*,?\s*${auxiliaries}(${speechVerb})\b`,
);
// After a closing mark, double or single: “…,” said X / '…,' said X.
// "…," said local administration official Roshan Khan: describing words may stand before the name.
// "…, wrote on Telegram" or "said in Geneva" is where it was said, not who: a preposition after
// the verb (other than "on" a weekday) opens no subject; after "told" comes whom it was told to.
const verbBeforeSubject = new RegExp(
  String.raw`(?:^|[,\u201D"\u2019']\s*)(?!(?:told|tells|tell|telling)\s)(${speechVerb})\s+(?!(?:on|in|at|to|from|via|through|with|into|onto|over)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,4}$`,
);
// "said UNICEF's regional chief of communications, Juliette Touma": a body's possessive and a role
// in lower case in front of the name, closed by a comma (read on the text as written, where case shows).
const verbBeforeRoleComma = new RegExp(
  String.raw`(?:^|[,\u201D"\u2019']\s*)(${speechVerb})\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+['\u2019]s\s+)?(?:[a-z][a-z-]*\s+){0,5}[a-z][a-z-]*,\s+$`,
  "u",
);
const citing =
  /^(?:\s+(?:on|last|this|late on|early on) \w+)?,?\s+(?:citing|quoting|which (?:quoted|cited)|who (?:quoted|cited))\s+(?:(?:insights|information|intelligence|data|a report|reports|an assessment|assessments|estimates|figures|documents)\s+(?:from|by|of)\s+)?(?:the\s+)?$/;
const conveyedBy = /^,\s+(as conveyed by|as relayed by|as reported by|as quoted by|quoted by|via|according to)\s+(?:the\s+)?$/;
const toldOutlet = /^\s+(?:in an interview with\s+)?(?:the\s+)?$/;
// "according to the Lithuanian daily Vakaro Žinios", "according to state broadcaster CCTV",
// "according to figures from the ministry": lower-case words that describe the source first.
// A preposition in between makes the mention an object inside a longer source ("a letter sent to lawmakers").
const accordingGap = /^(?:the\s+|a\s+|an\s+)?(?:(?!(?:to|by|from|of|for|in|on|at|with)\s)[a-z][a-z'-]*\s+){0,3}$/;

type Context = { document: Document; mentions: readonly Mention[]; byStart: Map<number, Mention>; speakers: Mention[] };

function resolved(context: Context, mention: Mention | undefined): Mention | null {
  if (!mention) return null;
  return resolvePointer(context.document.text, mention, context.mentions, context.speakers);
}

export function framesBySentence(frames: readonly Frame[]): Map<number, Frame[]> {
  const bySentence = new Map<number, Frame[]>();
  for (const frame of frames) bySentence.set(frame.sentence.index, [...(bySentence.get(frame.sentence.index) ?? []), frame]);
  return bySentence;
}

/** The next mention starting at or after `position`, with only the `gap` pattern between. */
function mentionAfter(context: Context, position: number, gap: RegExp, limit = 60): { mention: Mention; gap: RegExpMatchArray } | null {
  const next = context.mentions[firstStartingAt(context.mentions, position)];
  if (!next || next.start - position > limit) return null;
  const between = context.document.folded.slice(position, next.start).match(gap);
  return between ? { mention: next, gap: between } : null;
}

// A figure or a "that" after the verb means the frame introduces what follows ("Its editor,
// Viktor Sokol, said four brigades …"); without them it closes what came before
// ("…, the regional military administration said on Sunday.").
const introducesContent =
  /\d|\bthat\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|some|about|up to|more than|at least)\b/;

// "…, according to CCTV, which reported that …": the source's relative clause goes on in its voice.
const addingMore =
  /^(?:\s+(?:in a statement|in an interview|on \w+|late on \w+|earlier))*\s*,\s+(?:adding|saying|noting|and added|and said|(?:which|who)\s+(?:also\s+)?[a-z]+ed\b)\b/;

// "…, Afghan officials said", "…, New York police said": capitalised words that qualify the
// speaker stand between the comma and it.
const speakerModifiers = /(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

function governed(document: Document, sentence: Sentence, start: number, end: number): Pick<Frame, "trailing" | "governsAfter"> {
  const written = document.text.slice(Math.max(sentence.start, start - 400), start).trimEnd();
  const modified = written.replace(speakerModifiers, "");
  const before = /[,\u201D"\u2019']$/.test(modified) ? modified : written;
  // "…, the head of the United Nations Children's Fund said": an officer's words before the body.
  // "…, the district police chief Anna Berg said": describing words may stand before the name.
  const closesBefore =
    (/[,\u201D"\u2019'](?:\s+(?:the|a|an))?(?:\s+(?:[a-z]+\s+)?(?:head|chief|director|president|chair|chairman|chairwoman|spokes(?:man|woman|person))\s+of(?:\s+the)?)?$/i.test(
      before,
    ) ||
      // "…, an official from the National Relief Office said", "…, officials at the Health Ministry said":
      // someone who speaks for the body, described by a role before its name.
      /[,\u201D"\u2019']\s+(?:an?\s+|one\s+|two\s+|three\s+|several\s+|some\s+)?(?:[a-z]+\s+)?(?:officials?|officers?|spokes(?:man|woman|person|people)|representatives?|sources?)\s+(?:of|from|at|for|with)(?:\s+the)?$/i.test(
        before,
      ) ||
      /[,\u201D"\u2019']\s+(?:the|a|an)(?:\s+(?!(?:and|but|or|which|who|that|while)\b)[a-z]+){1,2}$/.test(before) ||
      // "…, Land and Environment Minister X said": capitalised words of a title.
      /[,\u201D"\u2019'](?:\s+\p{Lu}[\p{L}'-]*(?:\s+(?:and|&))?){1,3}$/u.test(before)) &&
    before.split(/\s+/).length >= 2;
  // Only this sentence's words count: a link or a figure after its full stop introduces nothing.
  const after = document.folded.slice(end, sentence.end).split(/["\u201C]|[.;!?](?:\s|$)/)[0] ?? "";
  if (!closesBefore) return { trailing: false, governsAfter: true };
  if (addingMore.test(after)) return { trailing: true, governsAfter: true };
  const trailing = !introducesContent.test(after);
  return { trailing, governsAfter: !trailing };
}

// The verb as an analyst would quote it: "has confirmed", not "on Wednesday also denied".
function verbWords(verb: string): string {
  return verb
    .replace(
      /\b(?:also|previously|reportedly|recently|now|earlier|later|again|repeatedly|publicly|officially|separately|first|further|itself|on \w+|last \w+|this week|in a statement|in a briefing|in a report)\s+/gi,
      "",
    )
    .trim();
}

function phrase(document: Document, start: number, end: number): string {
  return document.text.slice(start, end).trim();
}

const ownerlessRecord =
  /^(?:the\s+)?(?:(?:latest|new|initial|preliminary|available|recent|updated|early|these|those|such)\s+)?(?:figures|data|statistics|numbers|estimates|reports|tallies|counts|records)$/i;

/** "according to a letter sent to lawmakers", "according to the prefecture": the words up to the clause's end. */
function accordingPhrase(context: Context, sentence: Sentence, start: number): Mention | null {
  const words =
    context.document.text
      .slice(start, Math.min(sentence.end, start + 120))
      .match(/^[^,.;:()\u201C\u201D"]+/)?.[0]
      .trim() ?? "";
  const count = words.split(/\s+/).length;
  if (!/\p{L}/u.test(words) || /\d/.test(words) || count > 10) return null;
  // "according to figures", "according to initial reports": numbers with no owner name no one;
  // the sentence goes on for the source before it, or for the writer.
  if (ownerlessRecord.test(words)) return null;
  return { ...phraseMention(context, { start, end: start + words.length }), person: false };
}

// "according to a Facebook post from the Spokane Police Department": the site is where it was
// put out; who put it out is the source.
const issuedBy = /^\s+(?:post|posting|statement|letter|report|tweet|message|release|notice|video|update|page|account)\s+(?:from|by|of)\s+(?:the\s+)?$/;

function issuerOf(context: Context, medium: Mention | null): Mention | null {
  if (!medium) return null;
  return resolved(context, mentionAfter(context, medium.end, issuedBy, 30)?.mention) ?? medium;
}

// "according to a statement from the Harbour Police": no site named, the issuer after the document.
const documentIssuedBy =
  /^(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:post|posting|statement|letter|report|tweet|message|release|notice|video|update)\s+(?:from|by|of|issued by)\s+(?:the\s+)?$/;

/** "According to X" / "according to X, citing Y". */
function accordingTo(context: Context, sentence: Sentence): Frame[] {
  const frames: Frame[] = [];
  const words = context.document.folded.slice(sentence.start, sentence.end);
  // ", as stated by the ministry in a press release": the same closing source in other words.
  for (const match of words.matchAll(/\baccording to\s+|(?<=,\s+)as (?:stated|announced|declared|disclosed|revealed|confirmed|reported) by\s+/g)) {
    const start = sentence.start + (match.index ?? 0);
    const relay =
      issuerOf(context, resolved(context, mentionAfter(context, start + match[0].length, accordingGap, 40)?.mention)) ??
      resolved(context, mentionAfter(context, start + match[0].length, documentIssuedBy, 50)?.mention) ??
      accordingPhrase(context, sentence, start + match[0].length);
    if (!relay) continue;
    const cited = mentionAfter(context, relay.end, citing);
    const origin = cited ? resolved(context, cited.mention) : null;
    const hops: FrameHop[] = [{ mention: relay, verb: "according to" }];
    if (origin) hops.unshift({ mention: origin, verb: "citing" });
    const end = (origin ?? relay).end;
    // "Rome claimed the biggest turnout - 1 million according to police": with no comma, the
    // source stands right after its figure and vouches for it alone.
    if (/(?:\d|\b(?:million|billion|thousand|hundred))(?:\s+[a-z]+)?\s+$/.test(words.slice(Math.max(0, start - sentence.start - 30), start - sentence.start))) {
      frames.push({ sentence, start, end, speaker: relay, hops, trailing: true, governsAfter: false, nearestOnly: true });
      continue;
    }
    frames.push({ sentence, start, end, speaker: relay, hops, ...governed(context.document, sentence, start, end) });
  }
  return frames;
}

// "quoted X as saying", also past a role in commas: "quoted Alok Avasthy, regional commandant of the force, as saying".
function asSayingAfter(context: Context, mention: Mention): boolean {
  return [mention.end, mention.appositiveEnd].some((at) => at !== null && /^[\s,]*as saying/.test(ahead(context.document.folded, at, 20)));
}

// "…, the agency reported, citing a railway official.": a described source no name stands for.
const citingDescribed =
  /^(?:\s+(?:on|last|this|late on|early on) \w+)?,?\s+citing\s+((?:an?|one|two|three|several|some|local|senior|unnamed)\s+(?:[a-z][a-z'-]*\s+){0,4}[a-z][a-z'-]*)\s*(?=[,.;]|$)/;

function citedPhrase(context: Context, verbEnd: number): Mention | null {
  const match = ahead(context.document.folded, verbEnd, 90).match(citingDescribed);
  if (!match?.[1]) return null;
  const start = verbEnd + match[0].length - match[1].length - (match[0].length - match[0].trimEnd().length);
  const span = { start, end: start + match[1].length };
  if (itemsWithin(context.mentions, span).length > 0) return null;
  return phraseMention(context, span);
}

/** What comes right after a frame's verb: "told Reuters", "quoted X as saying", ", citing Y". */
function hopsAfterVerb(context: Context, speaker: Mention, verb: string, verbEnd: number): { hops: FrameHop[]; end: number } {
  const own: FrameHop = { mention: speaker, verb };
  const cited = mentionAfter(context, verbEnd, citing);
  const origin = (cited && resolved(context, cited.mention)) ?? citedPhrase(context, verbEnd);
  // "reported quoting the ministry as saying": the quotation is the ministry's.
  const quoted = origin && cited && /quoting/.test(cited.gap[0]) && asSayingAfter(context, origin);
  if (origin) return { hops: [{ mention: origin, verb: quoted ? "as saying" : "citing" }, own], end: origin.end };
  const listener = /told|quoted|quotes/.test(verb) ? mentionAfter(context, verbEnd, toldOutlet, 20) : null;
  const heard = listener && resolved(context, listener.mention);
  if (heard && /quote/.test(verb) && asSayingAfter(context, heard)) {
    return { hops: [{ mention: heard, verb: "as saying" }, own], end: heard.end };
  }
  if (heard && (heard.kind === "media_outlet" || heard.kind === "news_agency")) return { hops: [own, { mention: heard, verb }], end: heard.end };
  return { hops: [own], end: verbEnd };
}

const whereAppositive = new RegExp(
  String.raw`^,\s+(?:located|based|headquartered|situated)\s[^;:.!?"\u201C\u201D]{1,90}?,(?=\s*${auxiliaries}${speechVerb}\b)`,
);

const ofObject =
  /\b(?:province|region|state|city|county|district|town|village|area|municipality|prefecture|island|capital|republic|oblast)\s+of\s+(?:the\s+)?$/;
const prepositionBefore = /\b(?:in|at|near|from|across|throughout|inside|outside)\s+$/;
const prepositionAndTown = /\b(?:in|at|near|from|across|throughout|inside|outside)\s+([a-z][a-z.'-]*(?:\s[a-z][a-z.'-]*)?),\s+$/;

/**
 * "This week in Texas, estimates put …": the mention stands right after a preposition. "Camp
 * Willow, located in Hunt, Texas, confirmed": a named place after a town is the town's state. A
 * common noun after a phrase ("in court, police said", "In Texas, police said") is a subject.
 */
function placeAfterPreposition(document: Document, mention: Mention): boolean {
  const from = Math.max(0, mention.start - 30);
  const before = document.folded.slice(from, mention.start);
  if (prepositionBefore.test(before)) return true;
  const town = before.match(prepositionAndTown);
  if (!town?.[1] || !/^\p{Lu}/u.test(document.text.slice(mention.start, mention.start + 1))) return false;
  // The town ends where its comma is: the match's words end with ", " after it.
  const townAt = from + (town.index ?? 0) + town[0].trimEnd().length - 1 - town[1].length;
  return /^\p{Lu}/u.test(document.text.slice(townAt, townAt + 1));
}

/** "X said", "X, citing Y, said", "X, as conveyed by Y, indicate", "X, editor at Z, noted". */
function subjectVerb(context: Context, sentence: Sentence, mention: Mention): Frame | null {
  const { folded } = context.document;
  // "Camp Willow, located along the river in Hunt, Texas, confirmed": a participle saying where
  // the subject is stands between it and its verb.
  const located = ahead(folded, mention.end, 120).match(whereAppositive);
  let cursor = located ? mention.end + located[0].length : (mention.appositiveEnd ?? mention.end);
  const inserted: FrameHop[] = [];
  const insertion = mentionAfter(context, cursor, citing) ?? mentionAfter(context, cursor, conveyedBy);
  const insertedMention = insertion && resolved(context, insertion.mention);
  if (insertion && insertedMention && /^,\s*/.test(ahead(folded, insertedMention.end))) {
    const gapVerb = insertion.gap[1] ?? "citing";
    inserted.push({ mention: insertedMention, verb: gapVerb });
    cursor = insertedMention.end + (ahead(folded, insertedMention.end).match(/^,\s*/)?.[0].length ?? 0);
  }
  const verb = folded.slice(cursor, sentence.end).match(verbAfterSubject);
  if (!verb?.[1]) return null;
  // "This week in Texas, estimates put …": a place after a preposition, closed by a comma, is no subject.
  // "The Daily Mail in England initially reported": a place after a preposition is no subject either.
  // "authorities in the eastern province of Anhui said": the place after "province of" is part
  // of a longer subject, which subjectPhraseFrames reads whole.
  if (inserted.length === 0 && ofObject.test(folded.slice(Math.max(sentence.start, mention.start - 30), mention.start))) return null;
  if (
    (/^\s*,/.test(verb[0]) || mention.kind === "government" || /^\s*(?:[a-z]+ly\s)/.test(verb[0])) &&
    inserted.length === 0 &&
    // "Igor Petrenko, the head of the national police, wrote": a named person with a title is no place.
    !(mention.person && mention.appositiveEnd !== null && /\s/.test(mention.name)) &&
    // "A camp officer in Bor, Karim Dabo, said": a person's full name in commas is the role's holder.
    !(
      mention.person &&
      !mention.pointsBack &&
      /\s/.test(mention.name) &&
      /^\s*,/.test(verb[0]) &&
      /,\s+$/.test(folded.slice(Math.max(0, mention.start - 3), mention.start)) &&
      lookUpPlace(mention.name) === null
    ) &&
    // "Camp Willow, located in Hunt, Texas, confirmed": nor is the state or country after a town.
    placeAfterPreposition(context.document, mention)
  )
    return null;
  const speaker = resolved(context, mention);
  if (!speaker) return null;
  const verbEnd = cursor + (verb.index ?? 0) + verb[0].length;
  const verbText = verbWords(phrase(context.document, verbEnd - verb[0].length, verbEnd).replace(/^\s*,\s*(?:\d{1,3}\s*,\s*)?/, ""));
  const after = hopsAfterVerb(context, speaker, verbText, verbEnd);
  const cited = inserted.filter((hop) => hop.verb === "citing");
  const relays = inserted.filter((hop) => hop.verb !== "citing");
  const hops = [...cited, ...after.hops, ...relays];
  return { sentence, start: mention.start, end: after.end, speaker, hops, ...governed(context.document, sentence, mention.start, after.end) };
}

const givesName =
  /^\s*,?\s+(?:who\s+(?:identified|introduced|named)\s+(?:himself|herself)\s+(?:only\s+)?as|who\s+gave\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|full\s+)?name\s*(?:as|,)|named|called)\s+$/;

/** A described speaker who gives a name right after ("a soldier who gave only his first name, Oleksii"). */
function selfNamed(context: Context, sentence: Sentence, mention: Mention): Mention | null {
  const next = firstWithin(context.mentions, mention.end, sentence.end);
  if (!next?.person || !givesName.test(context.document.folded.slice(mention.end, next.start))) return null;
  return /^\s*(?:[,.;!?]|$)/.test(context.document.folded.slice(next.end, sentence.end)) ? next : null;
}

const subjectTail =
  /^((?:\s+(?!(?:to|from|by|with|who|which|that|after|before|as|while|when|on|in|at|for|of|had|has|have|was|were|is|are|will|would|could|did|does|do)\b)[a-z][a-z'-]*){1,6})\s*[.;!?]?\s*$/;

/** "…, said the ministry." */
function verbSubject(context: Context, sentence: Sentence, mention: Mention): Frame | null {
  const before = context.document.folded.slice(Math.max(sentence.start, mention.start - 80), mention.start);
  const verb =
    before.match(verbBeforeSubject) ?? context.document.text.slice(Math.max(sentence.start, mention.start - 80), mention.start).match(verbBeforeRoleComma);
  // "…," said the army statement.
  const closes = /^(?:\s+(?:statement|report|spokes(?:man|woman|person)))?\s*(?:[,.;!?]|$|\s(?:on|in|at|late|earlier)\b)/.test(
    context.document.folded.slice(mention.end, sentence.end),
  );
  if (!verb?.[1]) return null;
  // "said an Algerian who identified himself as Brahim": the person is the name given.
  const named = closes ? null : selfNamed(context, sentence, mention);
  // "…, said Yunnan province government agencies and state media.": the name opens a longer
  // subject that runs to the end of the sentence; the whole phrase is the source.
  const longer =
    !closes && !named && !mention.pointsBack && !/\bthat\b/.test(verb[0]) && /^\p{Lu}/u.test(context.document.text.slice(mention.start, mention.end))
      ? context.document.folded.slice(mention.end, sentence.end).match(subjectTail)
      : null;
  if (!closes && !named && !longer) return null;
  const speaker = named ?? (longer?.[1] ? phraseMention(context, { start: mention.start, end: mention.end + longer[1].length }) : resolved(context, mention));
  if (!speaker) return null;
  const start = mention.start - verb[0].length + verb[0].indexOf(verb[1]);
  const adding = addingMore.test(context.document.folded.slice(mention.end, sentence.end));
  return { sentence, start, end: speaker.end, speaker, hops: [{ mention: speaker, verb: verb[1] }], trailing: true, governsAfter: adding };
}

// "…, the ministry said on Wednesday, Trend reports citing TASS." / "…, said the ministry,
// according to Reuters.": outlets that pass a frame's words on, named after it.
const relayGap = /^(?:\s+(?:on|last|this|late on|early on) \w+)?\s*,\s+(?:(?:according to|as reported by|via)\s+)?(?:the\s+)?$/;
const relayVerb = /^\s+(?:reports|reported|says|said|writes|wrote|informs|informed)(?:\s+(?:citing|quoting|with reference to|referring to)\s+(?:the\s+)?)?/;
const outletKinds = new Set(["news_agency", "media_outlet"]);

/** The outlets named after a closing frame, nearest the originator first. */
function relaysAfter(context: Context, frame: Frame): FrameHop[] {
  // "…, said X, a local police commander, Hindustan Times reported": the relay follows the speaker's title.
  const titled = frame.speaker.appositiveEnd !== null && frame.speaker.appositiveEnd > frame.end ? frame.speaker.appositiveEnd : null;
  const from = titled !== null && context.document.text[titled - 1] === "," ? titled - 1 : (titled ?? frame.end);
  const relay = mentionAfter(context, from, relayGap, 40);
  if (!relay || relay.mention.end > frame.sentence.end) return [];
  const according = /according to|reported by|via/.exec(relay.gap[0])?.[0];
  const verb = according ? null : ahead(context.document.folded, relay.mention.end, 40).match(relayVerb);
  if (!according && !verb) return [];
  // Who "reports citing" another is an outlet, whatever its name suggests ("Trend").
  const asOutlet = (mention: Mention): Mention => (outletKinds.has(mention.kind) ? mention : { ...mention, kind: "news_agency", person: false });
  const hops: FrameHop[] = [{ mention: asOutlet(relay.mention), verb: according ?? verb?.[0].trim().split(/\s+/)[0] ?? "reported" }];
  const cited = verb && /citing|quoting|reference|referring/.test(verb[0]) ? mentionAfter(context, relay.mention.end + verb[0].length, /^$/, 2) : null;
  if (cited) hops.unshift({ mention: asOutlet(cited.mention), verb: "citing" });
  return hops;
}

// "at least 120 deaths confirmed by authorities", "3,000 arrests were reported by the ministry":
// the agent of a passive verb of telling or counting is the figure's source.
// "26 people reported killed earlier by the council": the state and a time may stand between.
const passiveBy =
  /\b((?:confirmed|reported|announced|recorded|counted|identified|listed|estimated|documented|verified|released|published|compiled|tallied|given|provided|cited|registered)(?:\s+(?:killed|dead|missing|injured|wounded|hurt|displaced|detained|arrested|evacuated))?(?:\s+(?:earlier|previously|initially|so far|on \w+))?\s+by)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z.'-]*\s+){0,3}$/;

// "22,000 identified by the police and 30,000 by the unions": the second count's verb is left
// out, and the agent after its figure is still its source.
const elidedBy = /\band\s+(?:(?:some|about|around|nearly|over|almost)\s+)?\d[\d,.]*(?:\s+[a-z]+)?\s+(by)\s+(?:the\s+|a\s+|an\s+)?$/;

function passiveAgent(context: Context, sentence: Sentence, mention: Mention): Frame | null {
  const before = context.document.folded.slice(Math.max(sentence.start, mention.start - 50), mention.start);
  const verb = before.match(passiveBy) ?? before.match(elidedBy);
  if (!verb?.[1]) return null;
  const speaker = resolved(context, mention);
  if (!speaker) return null;
  // The frame opens at its verb, after an elided count's own figure.
  const start = mention.start - before.length + (verb.index ?? 0) + verb[0].lastIndexOf(verb[1]);
  return { sentence, start, end: mention.end, speaker, hops: [{ mention: speaker, verb: verb[1] }], trailing: true, governsAfter: false, nearestOnly: true };
}

// "The police have detained over ten people", "The Pentagon deployed 1,500 troops": a body
// that tells of its own arrests, deployments or rescues is the source of their count.
const agentVerb = new RegExp(
  String.raw`^\s*${auxiliaries}(arrested|detained|deployed|evacuated|rescued|dispatched|sent|registered|recorded|recovered|seized|relocated|sheltered|housed|identified)\b`,
);

// "the prefecture counted 15,500 and the organizers 22,000": the second subject's verb is left
// out; a source after "and" with a figure right after it speaks with the verb before it.
const gappedFigure = /^\s+(?:(?:some|about|around|nearly|over|almost|more than|at least)\s+)?\d/;

function gappedSubject(context: Context, sentence: Sentence, mention: Mention, earlier: readonly Frame[]): Frame | null {
  const { folded } = context.document;
  if (!/(?:,\s*|\s)and\s+(?:the\s+)?$/.test(folded.slice(Math.max(sentence.start, mention.start - 12), mention.start))) return null;
  if (!gappedFigure.test(ahead(folded, mention.end, 30))) return null;
  const model = earlier.findLast((frame) => frame.governsAfter && !frame.trailing && frame.end <= mention.start);
  const verb = model?.hops.find((hop) => hop.mention === model.speaker)?.verb;
  if (!model || !verb) return null;
  const speaker = resolved(context, mention);
  if (!speaker) return null;
  return {
    sentence,
    start: mention.start,
    end: mention.end,
    speaker,
    hops: [{ mention: speaker, verb }],
    trailing: false,
    governsAfter: true,
    coordinate: true,
  };
}

// "China on Saturday raised the death toll to 54", "the ministry put the number of dead at 30":
// a body that sets a count tells it.
const tollVerb = new RegExp(
  String.raw`^\s*${auxiliaries}((?:raised|revised|lowered|updated|increased|put|puts|set|sets)\s+(?:(?:up|down)\s+)?(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:toll|tally|count|number|figure|estimate)s?)\b`,
);

function ownAction(context: Context, sentence: Sentence, mention: Mention): Frame | null {
  const before = context.document.folded.slice(sentence.start, mention.start);
  // "So, during the days of protests, the police detained …": a clause may open after a comma,
  // and a body named before ("the police") may open it.
  const opensClause = /(?:^|[.;:]\s*)(?:the\s+)?$/i.test(before) || (/,\s*the\s+$/.test(before) && !/\b(?:and|but|or|while|as)\s*,?\s*the\s+$/.test(before));
  if (mention.pointsBack && !/,\s*the\s+$/.test(before) && !/^\s*the\s+$/.test(before)) return null;
  const rest = context.document.folded.slice(mention.appositiveEnd ?? mention.end, sentence.end);
  const deed = opensClause ? rest.match(agentVerb) : null;
  const verb = deed ?? (opensClause ? rest.match(tollVerb) : null);
  if (!verb?.[1]) return null;
  const speaker = resolved(context, mention);
  if (!speaker) return null;
  return {
    sentence,
    start: mention.start,
    end: mention.end,
    speaker,
    hops: [{ mention: speaker, verb: verb[1] }],
    trailing: false,
    governsAfter: true,
    ...(deed ? { deed: true } : {}),
  };
}

// "threatened to sue the park service for estimating a crowd of 400,000", "criticised the
// ministry for reporting 300 deaths": the object blamed or thanked for a figure is its source.
const forTelling = new RegExp(
  String.raw`^\s+for\s+(?:having\s+)?(${speechVerbForms
    .flatMap((forms) => forms.split(" "))
    .filter((form) => form.endsWith("ing"))
    .join("|")})\b`,
);

function forItsTelling(context: Context, sentence: Sentence, mention: Mention): Frame | null {
  const verb = ahead(context.document.folded, mention.end, 60).match(forTelling);
  if (!verb?.[1]) return null;
  const speaker = resolved(context, mention);
  if (!speaker) return null;
  const end = mention.end + verb[0].length;
  return { sentence, start: mention.start, end, speaker, hops: [{ mention: speaker, verb: verb[1] }], trailing: false, governsAfter: true, coordinate: true };
}

/** Speakers stay sorted by where they were named, so a pointer finds the latest by binary search. */
function insertSpeaker(speakers: Mention[], speaker: Mention): void {
  const at = firstStartingAt(speakers, speaker.start + 1);
  speakers.splice(at, 0, speaker);
}

// The subject of a reporting verb when no known name or listed description stands there: the
// whole noun phrase opening the clause ("The Gansu provincial earthquake emergency response
// center said", "Both Israel and Palestine have so far reported", "Another woman asked").
const reportingVerbAt = new RegExp(String.raw`\b${auxiliaries}(${speechVerb})\b`, "g");
// "The toll rose after authorities in the province said": a subordinating word opens a clause too.
const subordinator = /^(?:that|while|as|whereas|after|when|because|since|before|until|although|though|once)$/;
const clauseOpening =
  /(?:^|[,;:\u201C\u201D"\u2014\u2013]\s*|--\s+|\b(?:that|and|but|while|as|whereas|after|when|because|since|before|until|although|though|once)\s+)$/;
// Words that never stand in a source's noun phrase: verbs, pronouns, conjunctions, prepositions
// that start clauses. A phrase holding one is no subject.
const notInSubject =
  /^(?:who|whom|which|what|that|this|these|those|there|it|its|he|she|they|we|i|you|his|her|their|our|is|are|was|were|be|been|being|has|have|had|do|does|did|not|no|to|by|with|when|after|before|as|if|than|then|also|would|will|could|should|may|might|can|must|said|says|while|but|or|so|because|since|until|where|how|why|on|into|over|under|about|more|less|such)$/;
const phraseGlue = /^(?:the|a|an|of|for|and|at|in|from|both|another|one|some|several|many)$/;
const looseVerbs = /^(?:put|puts|found|finds)$/;

// "the regional government's health department said": an office of a body named by its owner
// is one source, even with no capital in it.
const ownedOffice = /^the\s+[\p{L}\s-]+['’]s\s+(?:[a-z-]+\s+){0,2}(?:department|ministry|office|agency|bureau|service|council|commission|directorate|unit)$/u;

function subjectPhrase(context: Context, sentence: Sentence, verbStart: number): { start: number; end: number } | null {
  const { folded } = context.document;
  // A bounded look back (nine words fit in it), so a sentence with many verbs stays linear.
  const from = Math.max(sentence.start, verbStart - 300);
  const before = folded.slice(from, verbStart);
  // "An intelligence official who spoke on condition of anonymity said": the relative clause is no part of the name.
  // "a resident in Minxian County, where most of the deaths occurred, told …": nor is a clause
  // saying what happened at the place.
  const trimmed = before
    .replace(/\s+who\s+(?:spoke|asked|requested|declined)\s[^,.;:"\u201C\u201D]{1,60}$/, "")
    .replace(/,\s+(?:where|when)\s[^,.;:"\u201C\u201D]{1,80},\s*$/, "")
    .replace(/\s+$/, "");
  // The phrase runs back from the verb to where its clause opens.
  const words = [...trimmed.matchAll(/[^\s,;:\u201C\u201D"]+/g)];
  let first = words.length;
  while (first > 0) {
    const word = words[first - 1];
    if (!word) break;
    const between = trimmed.slice((word.index ?? 0) + word[0].length, first < words.length ? (words[first]?.index ?? 0) : trimmed.length);
    // "Organizers of marches in Seattle, Denver and Portland all claimed": a comma inside a list
    // of names ending "… and Portland" does not open the clause.
    const written = context.document.text.slice(from + (word.index ?? 0), verbStart);
    const inList = /^,\s*$/.test(between) && /^\p{Lu}[^,]*,\s*\p{Lu}/u.test(written) && /\sand\s+\p{Lu}/u.test(written);
    if (/[,;:\u201C\u201D"]/.test(between) && !inList) break;
    // "NEW DELHI — India's health minister says": a dash closes a dateline or an aside.
    if (/^(?:\u2014|\u2013|--)$/.test(word[0])) break;
    if (subordinator.test(word[0]) && first < words.length) break;
    if (notInSubject.test(word[0]) || /\d/.test(word[0])) return null;
    first--;
    if (words.length - first > 9) return null;
  }
  const opening = words[first];
  const lastWord = words.at(-1);
  if (!opening || !lastWord || first === words.length || (first === 0 && from > sentence.start)) return null;
  if (!clauseOpening.test(trimmed.slice(0, opening.index ?? 0))) return null;
  const phrase = words.slice(first).map((word) => word[0]);
  if (phrase.every((word) => phraseGlue.test(word)) || !phrase.some((word) => /\p{L}/u.test(word))) return null;
  const start = from + (opening.index ?? 0);
  const span = { start, end: from + (lastWord.index ?? 0) + lastWord[0].length };
  // A source is named: a capital past the sentence's first word ("the Gansu provincial … center",
  // "Both Israel and Palestine") or a name found there. "The initial deployment announced …" and
  // "the sheriff said" are not new sources (a definite description points back to one named before).
  const original = context.document.text.slice(span.start, span.end);
  const capitalInside = /\s\p{Lu}/u.test(original) || (start > sentence.start && /^\p{Lu}/u.test(original));
  const named = itemsWithin(context.mentions, span).some((mention) => !mention.pointsBack && mention.name !== original.replace(/^the\s+/i, ""));
  // An indefinite phrase introduces a source of its own ("Some conservative blogs claimed", "one of the locals said").
  const indefinite = /^(?:a|an|some|several|many|another|other|most|one of|two|three|four|five)\s/i.test(original);
  return capitalInside || named || indefinite || ownedOffice.test(original) ? span : null;
}

function phraseMention(context: Context, span: { start: number; end: number }): Mention {
  const inside = itemsWithin(context.mentions, span).filter((mention) => mention.sourceId && mention.end - mention.start >= (span.end - span.start) / 2);
  if (inside[0]) return { ...inside[0], start: span.start, end: span.end };
  const name = context.document.text.slice(span.start, span.end).replace(/^the\s+/i, "");
  // "An intelligence official" is judged as written mid-sentence: one person described by a role.
  const person = looksLikePerson(
    name.replace(/^(?:A|An|The|One)\b/, (article) => article.toLowerCase()),
    null,
  );
  return { start: span.start, end: span.end, name, sourceId: null, kind: suggestKind(name), person, description: null, appositiveEnd: null, pointsBack: null };
}

function subjectPhraseFrames(context: Context, sentence: Sentence, found: readonly Frame[]): Frame[] {
  const frames: Frame[] = [];
  const words = context.document.folded.slice(sentence.start, sentence.end);
  // Every match holds a speech verb as a whole word: a sentence with none needs no scan for the
  // words that may stand before one, the costly part.
  if (!speechVerbWord.test(words)) return frames;
  for (const match of words.matchAll(reportingVerbAt)) {
    const verbStart = sentence.start + (match.index ?? 0);
    const verb = match[1] ?? "";
    // A passive ("was reported") has no speaker for a subject; "put" and "found" are too loose.
    if (/\b(?:is|are|was|were|been|be)\s/.test(match[0]) || looseVerbs.test(verb)) continue;
    // A bare "report" or "note" is as often a noun ("Text of report by …"): only a told verb counts.
    if (match[0] === verb && !/(?:ed|s|said|told|wrote|put|out)$/.test(verb) && !/^(?:say|tell|estimate|believe|claim|fear|expect)$/.test(verb)) continue;
    const span = subjectPhrase(context, sentence, verbStart);
    if (!span) continue;
    const verbEnd = verbStart + match[0].length;
    if (found.some((frame) => frame.start < verbEnd && span.start < frame.end)) continue;
    if (itemsWithin(context.mentions, span).some((mention) => mention.pointsBack) && !ownedOffice.test(phrase(context.document, span.start, span.end)))
      continue;
    const speaker = phraseMention(context, span);
    const after = hopsAfterVerb(context, speaker, verbWords(phrase(context.document, verbStart, verbEnd)), verbEnd);
    frames.push({ sentence, start: span.start, end: after.end, speaker, hops: after.hops, ...governed(context.document, sentence, span.start, after.end) });
  }
  return frames;
}

export function findFrames(document: Document, mentions: readonly Mention[]): Frame[] {
  const context: Context = { document, mentions, byStart: new Map(mentions.map((mention) => [mention.start, mention])), speakers: [] };
  const frames: Frame[] = [];
  for (const sentence of document.sentences) {
    const inSentence = itemsWithin(mentions, sentence);
    const found = [...accordingTo(context, sentence)];
    for (const mention of inSentence) {
      if (found.some((frame) => mention.start >= frame.start && mention.start < frame.end)) continue;
      const frame =
        passiveAgent(context, sentence, mention) ??
        subjectVerb(context, sentence, mention) ??
        verbSubject(context, sentence, mention) ??
        ownAction(context, sentence, mention) ??
        forItsTelling(context, sentence, mention) ??
        gappedSubject(context, sentence, mention, found);
      // "X told the agency, Xinhua, adding …": the participle is X's, whose verb came first.
      const participle = frame?.hops.some((hop) => hop.mention === frame.speaker && /ing$/.test(hop.verb)) && /^,/.test(ahead(document.folded, mention.end, 2));
      if (frame && participle && found.some((earlier) => earlier.start < mention.start)) continue;
      if (!frame) continue;
      const relays = frame.trailing ? relaysAfter(context, frame) : [];
      const last = relays.at(-1);
      found.push(last ? { ...frame, hops: [...frame.hops, ...relays], end: Math.max(frame.end, last.mention.end) } : frame);
      // "Chicago police said they believed …": who has just spoken in this sentence is who "they" is.
      insertSpeaker(context.speakers, frame.speaker);
    }
    found.push(...subjectPhraseFrames(context, sentence, found));
    found.sort((a, b) => a.start - b.start);
    for (const frame of found) if (!context.speakers.includes(frame.speaker)) insertSpeaker(context.speakers, frame.speaker);
    frames.push(...found);
  }
  return frames;
}
