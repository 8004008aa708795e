// "He said", "the agency added", "it reported": the source a pointer stands for is the most
// recent one it can be. A person who has already spoken is preferred to one who was only
// mentioned ("Kim sent greetings to Putin … He said" is most often Kim).
import type { PointerHead } from "./descriptors";
import type { Mention } from "./mentions";
import { firstStartingAt } from "./positions";
import { tableShortForm } from "./source-aliases";
import { suggestKind } from "./source-kinds";
import { titleAbbreviations } from "./word-lists";

// How far back a pointer may reach: a few paragraphs of a news report.
const reach = 1500;

const fits: Record<PointerHead, (mention: Mention) => boolean> = {
  person: (mention) => mention.person,
  // "the agency" after "the International Organization for Migration (IOM)" or "UNICEF": bodies of
  // the UN family and international organisations are agencies in news English.
  agency: (mention) =>
    mention.kind === "intelligence_service" ||
    mention.kind === "news_agency" ||
    /agency|service|intelligence/i.test(mention.name) ||
    tableShortForm(mention.name) !== null ||
    (/\b(?:organi[sz]ation|fund|programme|program|commission(?:er)?|office)\b/i.test(mention.name) &&
      /\b(?:united nations|un|u\.n\.|international|world)\b/i.test(mention.name)),
  ministry: (mention) => mention.kind === "government" || /ministry|government|kremlin/i.test(mention.name),
  military: (mention) => mention.kind === "military",
  outlet: (mention) => mention.kind === "media_outlet" || mention.kind === "news_agency",
  expert: (mention) => mention.kind === "expert",
  organisation: (mention) => !mention.person && mention.kind !== "anonymous" && mention.kind !== "other",
  // "Police said they …", "the ministry said they …": news English uses "they" for any body.
  group: (mention) => !mention.person,
  // "…, the source said": the last source, whatever it is.
  source: () => true,
};

// An object of a preposition ("greetings to Putin") is rarely who speaks next.
function isObject(text: string, mention: Mention): boolean {
  return /\b(?:to|by|with|for|of|from|about|against|on|at|in|into|toward|towards|near|along|across|through|outside|inside|behind|beside|between|around|under|over)\s+$/i.test(
    text.slice(Math.max(0, mention.start - 12), mention.start),
  );
}

/**
 * The last item before `position` that passes `test`, looking back no further than `reach`.
 * Items are sorted by start, so the look is a binary search and a bounded walk: the cost
 * does not grow with the length of the text (a copy-and-reverse of every mention did).
 */
function latestBefore(items: readonly Mention[], position: number, test: (mention: Mention) => boolean): Mention | undefined {
  for (let index = firstStartingAt(items, position) - 1; index >= 0; index--) {
    const item = items[index];
    if (!item || position - item.start > reach + 200) return undefined;
    if (test(item)) return item;
  }
  return undefined;
}

// "the Ministry of Interior", "the ministry of health": capital letters or an "of" tail name one
// institution; it points back only to an earlier mention with the same head word in its name.
function namesItself(words: string): boolean {
  return /^[Tt]he\s+\p{Lu}/u.test(words) || /\sof\s/.test(words);
}

const pronoun = /^(?:he|she|they|it|one of them)$/i;

// "Elena Petrova, a teacher who fled with her children": the words about a person, up to the
// end of their sentence or the next name, often say whether "he" or "she" can stand for them.
const feminine = /\b(?:she|her|hers|herself|woman|spokeswoman|chairwoman|mother|wife|daughter|sister|grandmother|girl|mrs|ms|miss)\b/i;
const masculine = /\b(?:he|his|him|himself|man|spokesman|chairman|father|husband|son|brother|grandfather|boy|mr)\b/i;

function gender(text: string, mention: Mention, mentions: readonly Mention[]): "f" | "m" | null {
  // The role right after the name ("Elena Petrova, a nurse who …") is part of what describes them.
  let at = firstStartingAt(mentions, mention.end);
  while (mentions[at] && /^,\s+$/.test(text.slice(mention.end, mentions[at]?.start))) at++;
  const next = mentions[at];
  const window = text.slice(mention.end, mention.end + 300);
  const stop = window.search(/[.!?](?:\s|$)/);
  const end = Math.min(next?.start ?? text.length, mention.end + (stop < 0 ? window.length : stop));
  // Only what describes them: a title, an appositive or a relative clause, not what they said.
  const after = text.slice(mention.end, end);
  const describing = /^\s*(?:,|\(|who\b)/.test(after) ? after.split(/\b(?:said|says|told|added|that)\b/)[0] : "";
  // "Betty Conner left with the one thing she could not replace": a pronoun in the person's own sentence, before
  // anyone else is named, is theirs.
  const own = /^[^\u201C\u201D"]*$/.test(after) && !/^\s*(?:,|\(|who\b)/.test(after) ? after.split(/\b(?:said|says|told|that)\b/)[0] : "";
  const about = `${mention.description ?? ""} ${text.slice(Math.max(0, mention.start - 5), mention.start)} ${describing} ${own}`;
  const f = feminine.test(about);
  const m = masculine.test(about);
  return f === m ? null : f ? "f" : "m";
}

// Titles as news writes them before a name ("Gov. Bob Ferguson", "Supt. Dana Ortiz"), by the role a
// later "the governor" or "the superintendent" names.
// Words for the one at the top of a body: "the head of the city police" is its "Police Chief".
const topRole = new Set(["head", "chief", "director"]);

function roleWords(mention: Mention): string {
  const words = `${mention.name} ${mention.description ?? ""}`.toLowerCase();
  return words.replace(/\b([a-z]+)\.(?=\s|$)/g, (whole, short: string) => titleAbbreviations[short] ?? whole);
}

/**
 * Whether an earlier source holds the role a pointer names: its name or title holds the head word
 * ("the officer" after "a camp officer"), spelled out ("the governor" after "Gov. Bob Ferguson"),
 * or, for the top of a body, any word for it with the body's word ("the head of the city police"
 * after "Police Chief Jim Wade").
 */
function holdsRole(mention: Mention, headWord: string, pointer: string): boolean {
  const words = roleWords(mention);
  if (headWord.length > 0 && new RegExp(`\\b${headWord}`).test(words)) return true;
  if (!topRole.has(headWord) || !mention.person) return false;
  const body = pointer.toLowerCase().match(/\sof\s+(?:the\s+)?(?:[a-z]+['\u2019]s\s+)?(?:[a-z]+\s+)*?([a-z]+)$/)?.[1];
  return body !== undefined && new RegExp(`\\b${body}\\b`).test(words) && [...topRole].some((role) => new RegExp(`\\b${role}\\b`).test(words));
}

const sentenceEnd = /[.!?][\u201D"\u2019')]*\s+/g;

/**
 * "“…,” Sterling said. With two minutes to go, Betty Conner left … “…,” she told KGPE": a person
 * named for the first time as the subject of a sentence after the last speaker, a sentence or
 * two before the pointer, is whom it stands for rather than the one who spoke before.
 */
function introducedSince(text: string, mention: Mention, speaker: Mention, pointer: Mention, mentions: readonly Mention[]): boolean {
  // A full name: a lone capitalised word opening a sentence ("Nine victims were …") may be no one's.
  if (!mention.person || mention.pointsBack || !/\s/.test(mention.name) || mention.start <= speaker.end || mention.name === speaker.name) return false;
  const at = firstStartingAt(mentions, mention.start);
  // Named before (looked for a few paragraphs back, so the cost does not grow with the text)?
  for (let index = at - 1; index >= 0; index--) {
    const other = mentions[index];
    if (!other || mention.start - other.start > 2 * reach) break;
    if (other.name === mention.name) return false;
  }
  const lead = text.slice(Math.max(0, mention.start - 200), mention.start);
  const opens = Math.max(...[...lead.matchAll(sentenceEnd)].map((match) => (match.index ?? 0) + match[0].length), lead.lastIndexOf("\n\n") + 2, 0);
  if (opens === 0 && mention.start > lead.length) return false;
  const opening = lead.slice(opens);
  const before = mentions[at - 1];
  // The subject: the sentence opens with the name, or with a phrase closed by a comma ("With two minutes to go,").
  return (
    !(before && before.end > mention.start - opening.length) &&
    /^\s*(?:[^,.;:\u201C\u201D"]{1,60},\s*)?$/.test(opening) &&
    [...text.slice(mention.end, pointer.start).matchAll(sentenceEnd)].length <= 2
  );
}

export function resolvePointer(text: string, pointer: Mention, mentions: readonly Mention[], speakers: readonly Mention[]): Mention | null {
  const head = pointer.pointsBack;
  if (!head) return pointer;
  const words = text.slice(pointer.start, pointer.end);
  const headWord = words.toLowerCase().match(/([a-z]+)(?:\s+of\s.*)?$/)?.[1] ?? "";
  // A title with a describing word ("the provincial governor") or a lone title ("the mayor")
  // means one office: only a source described by that word is the same one.
  const specific =
    (namesItself(words) && !pronoun.test(words)) ||
    (!pronoun.test(words) && !/^(?:its|their)\s/i.test(words) && (head === "person" || /^the\s+\S+\s+\S+/i.test(words)));
  const sameHead = (mention: Mention) => holdsRole(mention, headWord, words);
  // "the rights group" after "the Kalina human rights centre": a describing word the earlier
  // body's name holds makes it the same body, whatever head word each has.
  const describing = head !== "person" ? words.toLowerCase().match(/^the\s+([a-z]{4,})\s+[a-z]+$/)?.[1] : undefined;
  const sameDescription = (mention: Mention) =>
    describing !== undefined && !mention.person && new RegExp(`\\b${describing}\\b`).test(mention.name.toLowerCase());
  // "The official said" after "Jon Marr, the head of the refugee agency, said": "official" names
  // anyone who speaks for a body, so a person named in full (the named speaker before it, as a
  // speaker is preferred) may be the one it means; a nurse or a resident described as such is not.
  const anyOfficial = (mention: Mention) =>
    headWord === "official" &&
    mention.person &&
    /\s/.test(mention.name) &&
    !/\b(?:resident|witness|survivor|villager|relative|neighbou?r|student|patient|victim)s?\b/i.test(mention.description ?? "");
  const fitting = (mention: Mention) => (specific ? sameHead(mention) || sameDescription(mention) : fits[head](mention) || sameHead(mention));
  // "she" is not the man named before her, nor "he" the woman.
  const sex = /^she$/i.test(words) ? "m" : /^he$/i.test(words) ? "f" : null;
  const other = (mention: Mention) => sex !== null && mention.person && gender(text, mention, mentions) === sex;
  // "The Defence Ministry issued a statement. … it said": a body that names itself, though it
  // might point back further, is one a later "it" or "they" can stand for, as what it says it is.
  const selfNamed = (mention: Mention) => {
    const named = text.slice(mention.start, mention.end);
    return /^(?:it|they)$/i.test(words) && namesItself(named) && !pronoun.test(named);
  };
  const asItself = (mention: Mention): Mention =>
    mention.pointsBack && selfNamed(mention) ? { ...mention, kind: suggestKind(text.slice(mention.start, mention.end)), pointsBack: null } : mention;
  // “… Within three hours …,” she said: a name inside someone's quoted words is not whom the
  // writer's own "she" stands for.
  const inReach = (mention: Mention, widened = false) =>
    mention.end <= pointer.start &&
    (!mention.quoted || Boolean(pointer.quoted)) &&
    pointer.start - mention.end <= reach &&
    (!mention.pointsBack || selfNamed(mention)) &&
    (widened ? anyOfficial(mention) : fitting(asItself(mention))) &&
    !other(mention);
  // One who holds the very role comes first ("the official" after "an official said"); any named speaker for a body after.
  const latest = (items: readonly Mention[], test: (mention: Mention, widened: boolean) => boolean) =>
    latestBefore(items, pointer.start, (mention) => test(mention, false)) ??
    (headWord === "official" ? latestBefore(items, pointer.start, (mention) => test(mention, true)) : undefined);
  const speaker = latest(speakers, inReach);
  const mentioned = latest(mentions, (mention, widened) => inReach(mention, widened) && !isObject(text, mention));
  // A source that has just spoken is what "he", "the agency" or "the station" most often means;
  // "its president" belongs to the organisation named nearest before it.
  const owned = /^(?:its|their)\s/i.test(words);
  const antecedent =
    owned || (speaker && mentioned && introducedSince(text, mentioned, speaker, pointer, mentions)) ? (mentioned ?? speaker) : (speaker ?? mentioned);
  if (antecedent?.pointsBack) {
    const named = resolvePointer(text, antecedent, mentions, speakers);
    return named && { ...named, start: pointer.start, end: pointer.end, pointsBack: null };
  }
  if (antecedent) return { ...antecedent, start: pointer.start, end: pointer.end, pointsBack: null };
  // "The ministry of defence said …" with no ministry named before: the words themselves are
  // the source. An unresolved "he" or "they" names no one and is dropped.
  // A titled source with no one named before ("the provincial governor said") is a source of
  // its own, proposed with the words as its name; "its president" with no organisation is no one.
  if (pronoun.test(words) || /^(?:its|their)\s/i.test(words)) return null;
  return { ...pointer, name: words.replace(/^the\s+/i, ""), person: head === "person", kind: suggestKind(words), pointsBack: null };
}
