// Statements: a few words quoted inside someone's reported speech ("using “all available
// means.”", "called the move 'reckless'"), and whose words they are: the subject of the
// nearest verb of saying, judging or reporting before them.
import { resolvePointer } from "./coreference";
import type { FrameHop } from "./frames";
import type { Mention } from "./mentions";
import { itemsWithin } from "./positions";
import { framesIn, type QuoteContext, speakerHops } from "./quote-context";
import { type Document, oneOf, type Sentence, type Span } from "./text";

// Verbs that make a fragment someone's words: "urging …", "referring to him as …", "vowed".
const statementVerbs = [
  "urg(?:ed|es|ing)",
  "call(?:ed|s|ing)",
  "referr?(?:ed|ing|s)",
  "describ(?:ed|es|ing)",
  "dubb(?:ed|ing)",
  "brand(?:ed|ing)",
  "label(?:l?ed|l?ing)",
  "term(?:ed|ing)",
  "vow(?:ed|s|ing)",
  "promis(?:ed|es|ing)",
  "pledg(?:ed|es|ing)",
  "demand(?:ed|s|ing)",
  "warn(?:ed|s|ing)",
  "said",
  "says",
  "saying",
  "told",
  "telling",
  "stated",
  "noted",
  "added",
  "insisted",
  "threaten(?:ed|ing)",
  "accus(?:ed|ing)",
  // Verbs of judging and reporting that news uses to frame a few quoted words.
  "report(?:ed|s|ing)",
  "announc(?:ed|es|ing)",
  "claim(?:ed|s|ing)",
  "argu(?:ed|es|ing)",
  "explain(?:ed|s|ing)",
  "acknowledg(?:ed|es|ing)",
  "admitt(?:ed|ing)",
  "condemn(?:ed|s|ing)",
  "denounc(?:ed|es|ing)",
  "critici[sz](?:ed|es|ing)",
  "slamm(?:ed|ing)",
  "hail(?:ed|s|ing)",
  "prais(?:ed|es|ing)",
  "dismiss(?:ed|es|ing)",
  "reject(?:ed|s|ing)",
  "wrote",
  "writing",
  "according to",
  // Verbs of stressing a point (branch quotes5): "The IOM stressed that … remains “tense and highly fluid”".
  "stress(?:ed|es|ing)",
  "emphasi[sz](?:ed|es|ing)",
  "point(?:ed|s|ing) out",
  "maintain(?:ed|s|ing)",
  "observ(?:ed|es|ing)",
];
const statementVerb = new RegExp(String.raw`\b${oneOf(statementVerbs)}\b`, "g");
export const labelBefore =
  /\b((?:referr?(?:ed|ing) to (?:\w+ )?as|call(?:ed|ing)?(?: \w+){0,2}|describ(?:ed|ing)(?: \w+){0,2} as|dubb(?:ed|ing)(?: \w+)?|brand(?:ed|ing)(?: \w+)?(?: as)?|label(?:l?ed|l?ing)(?: \w+)?(?: as)?|term(?:ed|ing)(?: \w+)?))\s+(?:(?:his|her|their|its|the|a|an)\s+)?$/;
/** The sentence's subject: who a participle ("emphasizing, “…”", "urging …") belongs to. */
function sentenceSubject(context: QuoteContext, sentence: Sentence, before: number): Mention | null {
  const frame = framesIn(context, sentence).find((candidate) => candidate.start < before);
  if (frame) return frame.speaker;
  const within = itemsWithin(context.mentions, { start: sentence.start, end: before });
  // "She, however, expressed dissatisfaction …, saying: “…”": a pointer opening the sentence is
  // its subject, and stands for whom it points back to.
  const opening = within[0];
  // So is one after an opening phrase closed by a comma: "Regarding the dead, the officer refused …, saying".
  if (
    opening?.pointsBack &&
    /^[\s\u201C"]*(?:(?:but|and|yet|so)\s+)?(?:[^,.;:\u201C\u201D"]{1,60},\s*)?$/i.test(context.document.text.slice(sentence.start, opening.start))
  ) {
    return resolvePointer(context.document.text, opening, context.mentions, []);
  }
  return (
    within.find(
      (mention) =>
        !mention.pointsBack &&
        (mention.person || mention.kind !== "other") &&
        !/\b(?:to|by|with|for|of|from|about|against|on|at|in)\s+$/i.test(context.document.text.slice(sentence.start, mention.start)),
    ) ?? null
  );
}

export function participleSpeaker(context: QuoteContext, sentence: Sentence, before: number, verb: string): FrameHop[] | null {
  const subject = sentenceSubject(context, sentence, before);
  return subject ? [{ mention: subject, verb }] : null;
}

/**
 * Whose words a fragment is: the subject of the nearest verb of saying before it. A
 * participle ("urging", "referring to him as") belongs to the sentence's subject; a finite
 * verb ("analysts called") to the source named right before it.
 */
export function statementSpeaker(context: QuoteContext, sentence: Sentence, before: number): FrameHop[] | null {
  const lead = context.document.folded.slice(sentence.start, before);
  // The nearest verb first; "He said the deployment, called Operation X, is to “…”": a nearer verb
  // whose speaker cannot be found gives way to an earlier one.
  const verbs = [...lead.matchAll(statementVerb)];
  // Right after "called by" or "dubbed" the quotation is a name the verb gives, nobody else's words.
  const last = labelBefore.test(lead) ? verbs.length - 1 : 0;
  for (let index = verbs.length - 1; index >= Math.max(0, last); index--) {
    const found = speakerOfVerb(context, sentence, lead, verbs[index] as RegExpExecArray);
    if (found) return found;
  }
  return null;
}

function speakerOfVerb(context: QuoteContext, sentence: Sentence, lead: string, verb: RegExpExecArray): FrameHop[] | null {
  const verbStart = sentence.start + (verb.index ?? 0);
  if (verb[0].endsWith("ing")) return participleSpeaker(context, sentence, verbStart, verb[0]);
  const frame = framesIn(context, sentence).find((candidate) => candidate.start <= verbStart && candidate.end >= verbStart);
  if (frame) return speakerHops(frame);
  // "called the attack “barbaric” and said …": a verb joined by "and" shares the earlier verb's subject.
  const joined = lead.slice(0, verb.index ?? 0).match(/\s+and\s+$/);
  if (joined) {
    const shared = statementSpeaker(context, sentence, verbStart - joined[0].length);
    if (shared) return shared;
  }
  const named = itemsWithin(context.mentions, { start: sentence.start, end: verbStart }).at(-1);
  const gap = named ? context.document.folded.slice(named.appositiveEnd ?? named.end, verbStart) : "";
  const speaker =
    named && /^[\s,]*(?:which |who )?(?:also |later |previously )?$/.test(gap) ? resolvePointer(context.document.text, named, context.mentions, []) : null;
  return speaker ? [{ mention: speaker, verb: verb[0] }] : null;
}

export function statementAnchor(document: Document, quotation: Span): Span {
  let end = quotation.end;
  while (end > quotation.start && /[.,;:\s]/.test(document.text[end - 1] ?? "")) end--;
  return { start: quotation.start, end };
}
