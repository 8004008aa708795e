// Quantity claims: a figure, its qualifier and what it counts, anchored on the words as
// stated ("about 10,000 soldiers", "could rise to 12,000", "four brigades, totaling 12,000
// soldiers"). Who says it and what it describes are decided later, from the sentence around it.
import { normaliseUnit } from "../domain/measure";
import type { Qualifier } from "../domain/vocabulary";
import { notAClaim, percentAfter } from "./not-claims";
import { findFigures, type NumberMatch } from "./numbers";
import { boundsFor, isFigureVerb, qualifierAfter, qualifierBefore } from "./qualifiers";
import { ahead, type Document, sentenceAt } from "./text";
import { formationUnits, openNounAfter, unitAfter, unitNounAt, type UnitMatch } from "./units";

export type QuantityFinding = {
  start: number;
  end: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier;
  unit: string | null;
};

type Figure = NumberMatch & { qualifier: Qualifier; spanStart: number; spanEnd: number };

const scaleWords: Array<[RegExp, number]> = [
  [/billions?$/, 1e9],
  [/crores?$/, 1e7],
  [/millions?$/, 1e6],
  [/lakhs?$/, 1e5],
  [/thousands?$/, 1e3],
  [/\dk$/, 1e3],
];

function scaleOf(written: string): number {
  return scaleWords.find(([pattern]) => pattern.test(written))?.[1] ?? 1;
}

const changeVerb =
  /\b(?:rose|risen|rise[sn]?|raised|revised|increased|climbed|jumped|grew|grown|went up|updated|dropped|fell|fallen|lowered|cut|reduced|corrected|adjusted|changed)(?:\s+(?:up|down|upward|downward|upwards|downwards))?\s*$/;

/** "11,000–12,000", "between 20,000 and 30,000", "from 1.5 to 2 million". */
function readRange(document: Document, low: NumberMatch, high: NumberMatch | undefined): Figure | null {
  if (!high || low.value === null || high.value === null) return null;
  const { folded } = document;
  const connector = folded.slice(low.end, high.start);
  const opener = folded.slice(Math.max(0, low.start - 8), low.start).match(/(between|from) $/);
  // "revised from 131 to 148", "rose from 78 to 109": a change gives two figures, the old and the new.
  if (opener?.[1] === "from" && changeVerb.test(folded.slice(Math.max(0, low.start - 40), low.start - opener[0].length))) return null;
  // "two or three children", "12 or 13 miners": two close figures joined by "or" are the writer's
  // uncertainty between them, a range; "12 or 60" is two different figures, not one.
  const uncertain = connector === " or " && high.value > low.value && high.value <= 2 * low.value && !opener;
  const joined = /^\s*[\u2013\u2014-]\s*$|^ to $/.test(connector) || (opener?.[1] === "between" && connector === " and ") || uncertain;
  if (!joined) return null;
  const highScale = scaleOf(folded.slice(high.start, high.end));
  const lowValue = low.value * highScale > low.value && low.value * highScale <= high.value ? low.value * highScale : low.value;
  if (lowValue >= high.value) return null;
  const spanStart = opener ? low.start - opener[0].length : low.start;
  return { ...high, start: low.start, value: null, lower: lowValue, upper: high.value, qualifier: "range", spanStart, spanEnd: high.end };
}

function readSingle(document: Document, figure: NumberMatch): Figure {
  const before = qualifierBefore(document.folded, figure.start);
  const after = before ? null : qualifierAfter(document.folded, figure.end);
  const qualifier: Qualifier = figure.written === "vague" ? "range" : (before?.qualifier ?? after?.qualifier ?? "exact");
  const bounds = figure.value === null ? { lower: figure.lower, upper: figure.upper } : boundsFor(qualifier, figure.value);
  const spanStart = before && !isFigureVerb(before) ? before.start : figure.start;
  return { ...figure, ...bounds, qualifier, spanStart, spanEnd: after?.end ?? figure.end };
}

/** What the figure counts: a noun after it or "-strong force". A share ("30% of the troops") is not a count (not-claims.ts). */
function unitFor(document: Document, figure: Figure): UnitMatch | null {
  const { text, folded } = document;
  const strong = ahead(folded, figure.end).match(/^-strong\s+(?:[a-z]+\s+)?(?:force|contingent|army|group|corps|brigade|division|battalion|unit)\b/);
  if (strong) return { unit: "troops", noun: strong[0], end: figure.end + strong[0].length };
  return (
    unitAfter(text, folded, figure.spanEnd) ??
    unitAfter(text, folded, figure.end) ??
    unitInVerb(folded, figure.end) ??
    openUnit(text, folded, figure) ??
    vagueOf(text, folded, figure)
  );
}

// "tens of thousands of tents", "hundreds of protesters", "2 million of the displaced": a vague
// or scaled amount takes its noun after "of".
function vagueOf(text: string, folded: string, figure: Figure): UnitMatch | null {
  if (figure.written !== "vague" && !/(?:thousand|million|billion)s?$/.test(folded.slice(figure.start, figure.end))) return null;
  const of = ahead(folded, figure.end, 12).match(/^\s+of(?=\s)/);
  if (!of) return null;
  const at = figure.end + of[0].length;
  const listed = unitAfter(text, folded, at);
  if (listed) return listed;
  const open = openNounAfter(text, folded, at);
  return open && { ...open, unit: normaliseUnit(open.unit)?.unit ?? open.unit };
}

/** Any other plural noun after the figure, in its normal word: "96 bodies" counts people. */
function openUnit(text: string, folded: string, figure: Figure): UnitMatch | null {
  // "120 of its staff": a part of a group counts what the group is.
  const partitive = ahead(folded, figure.end, 30).match(/^\s+of\s+(?:the|its|their|his|her|our|those|these)(?=\s)/);
  const noun =
    openNounAfter(text, folded, figure.spanEnd) ??
    openNounAfter(text, folded, figure.end) ??
    (partitive ? openNounAfter(text, folded, figure.end + partitive[0].length) : null);
  return noun && { ...noun, unit: normaliseUnit(noun.unit)?.unit ?? noun.unit };
}

// "about 1,000 of the first group had been wounded", "200 were killed", "3,250 are still missing",
// "Twenty-nine were arrested": the unit is the verb.
const countedByVerb =
  /^(?:\s+of\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2})?\s*(?:had been|have been|has been|were|was|are|had|remain|remained|(?:have|has|had) gone|went)\s+(?:still\s+)?(killed|wounded|injured|captured|evacuated|missing|arrested|detained)\b/;
// Held people have no unit noun of their own: they are people, and the verb says what befell them.
const heldVerb = /^(?:arrested|detained)$/;
// "when 140 died", "300 drowned": a figure whose own verb is a death counts the dead.
const diedAfter = /^\s+(?:(?:had|have)\s+)?(?:died|perished|drowned)\b/;

function unitInVerb(folded: string, position: number): UnitMatch | null {
  if (diedAfter.test(ahead(folded, position, 30))) return { unit: "killed", noun: "", end: position };
  const verb = ahead(folded, position, 80).match(countedByVerb);
  const noun = verb?.[1] ? (unitNounAt(verb[1], 0) ?? (heldVerb.test(verb[1]) ? { unit: "people", noun: "", end: 0 } : null)) : null;
  return noun ? { ...noun, end: position } : null;
}

// Words that point back to an earlier figure: "the number could rise to 12,000".
const pointerWords: Array<[RegExp, string | null]> = [
  [/\b(?:death toll|toll|death count|body count|number of (?:the )?(?:dead|deaths))\b/, "killed"],
  [/\b(?:losses|casualties)\b/, "casualties"],
  [/\b(?:crowds?|turnout|attendance|protesters|demonstrators|marchers|participants)\b/, "people"],
  [/\btroop (?:numbers|levels|strength)\b/, "troops"],
  // "his \u201cconservative\u201d estimate is", "an unofficial estimate of": one describing word may come between.
  [
    /\b(?:the|that|this|its|their|his|her|our|an|a)(?: ["\u201c\u201d'\u2018\u2019]?[a-z-]+["\u201c\u201d'\u2018\u2019]?)? (?:number|figure|total|tally|count|strength|estimate)\b/,
    null,
  ],
  // "looking at ranges of one to three million", "a scenario of one to five million": a projection of what was just named.
  [/\b(?:ranges?|scenarios?|projections?|forecasts?|estimates?) of\s+$/, null],
  // "Organisers' figure: 500,000", "Authorities' count: 350,000": a labelled figure in a list.
  [/\b(?:figure|estimate|count|tally|total|toll)s?\s*:\s*$/, null],
];

// "a further 1,000", "another six", "10k more", "1,200 of them": more of what was just counted.
const furtherBefore = /\b(?:a further|another|an additional|an extra)\s+$/;
const furtherAfter = /^\s+(?:more\b|of (?:them|those|these)\b)/;

// "58 of the 72 drones", "62,000 of the planned 150,000 conscripts": the part counts what the whole does.
const partOf = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?$/;

function unitOfWhole(document: Document, figure: Figure, next: NumberMatch | undefined): string | null {
  if (!next || next.start - figure.end > 30 || !partOf.test(document.folded.slice(figure.end, next.start))) return null;
  return unitAfter(document.text, document.folded, next.end)?.unit ?? null;
}

// "no more than 1,000 would be withdrawn", "down from about 20 a month earlier": a qualified
// figure followed by a verb, a time or a stop counts what was just counted.
const verbAfterFigure =
  /^(?:\s+(?:would|will|were|was|are|is|had|have|has|could|may|might|remain|remained|died|fled|left|returned|in|on|by|since|last|earlier|according)\b|\s+(?:a|one|two|three|\d+) (?:day|week|month|year)s? (?:earlier|before|ago)\b|\s*[.;,)\u2013\u2014]|\s+-\s|\s*$)/;

// "85 security personnel", "31 health personnel": staff, not soldiers.
const civilianPersonnel =
  /\b(?:health|medical|security|police|hospital|aid|humanitarian|emergency|rescue|civilian|embassy|diplomatic|airport|airline|school|prison)\s+personnel$/;

function countsPeople(unit: string | null): boolean {
  const normal = normaliseUnit(unit)?.unit;
  return normal === "people" || normal === "troops";
}

/** "destroyed 51,800 homes and damaged 240,000 others": "others" counts what the figure before it did. */
function othersUnit(document: Document, unit: string, figure: Figure, earlier: readonly QuantityFinding[]): string {
  if (unit !== "others") return unit;
  const previous = earlier.at(-1);
  return previous?.unit && sameSentence(document, previous, figure) ? previous.unit : unit;
}

function joinedUnit(document: Document, figure: Figure, next: NumberMatch | undefined, after: NumberMatch | undefined): string | null {
  if (!next || next.start - figure.spanEnd > 12 || !/^\s+(?:or|and)\s+(?:between\s+|from\s+)?$/.test(document.folded.slice(figure.spanEnd, next.start)))
    return null;
  // The second figure may itself be a range ("1,200 to 1,600"): its noun comes after its end.
  const second = readRange(document, next, after) ?? readSingle(document, next);
  const noun = unitAfter(document.text, document.folded, second.spanEnd) ?? openNounAfter(document.text, document.folded, second.spanEnd);
  return noun ? (normaliseUnit(noun.unit)?.unit ?? noun.unit) : null;
}

const irregularPlurals: Record<string, string> = { child: "children", man: "men", woman: "women", person: "people", policeman: "policemen" };

/** "one person", "one camp counselor": the singular noun after "one" (a person counts as people). */
function singleUnit(document: Document, figure: Figure): UnitMatch | null {
  const two = ahead(document.folded, figure.end, 40).match(/^\s+([a-z]+)(?:\s+([a-z]+))?/);
  if (!two?.[1]) return null;
  // "one camp counselor" is two words of a noun; "one person reported missing" is one and a verb.
  const verbNext =
    !two[2] ||
    /(?:ed|ing)$|^(?:was|is|were|has|had|died|and|or|in|at|on|with|who|from|after|before|during|near|for|to|by|as|over|outside|inside|while|when)$/.test(
      two[2],
    );
  const words = verbNext ? [two[1]] : [two[1], two[2] ?? ""];
  const noun = words.at(-1) ?? "";
  if (/^(?:of|in|and|or|the|a|day|time|more|other|another|was|is|who|which|year|week|month|hour)$/.test(words[0] ?? "")) return null;
  // "one counselor" counts a person as "ten counselors" would.
  const plural = irregularPlurals[noun] ?? (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);
  // "one soldier" counts troops as "ten soldiers" would.
  const normal = normaliseUnit(plural)?.unit;
  const unit = noun === "person" || normal === "people" ? "people" : normal === "troops" ? "troops" : words.join(" ");
  const end = figure.end + (two[0].match(/^\s+/)?.[0].length ?? 1) + words.join(" ").length;
  return { unit, noun, end };
}

// "one death has been recorded", "with one fatality reported": a noun that is itself a toll, as
// the subject of what was recorded or at the end of its clause, counts one.
const tollNounSingle = /^(?:death|fatality|casualty|body|injury|arrest|detainee)$/;
const tollNounTail = /^\s*(?:[.,;:)]|$)|^\s+(?:has|have|had|was|were|is|are|being|so far|reported|recorded|confirmed|registered)\b/;

// "killing one person", "injured one person", "the deaths of one soldier": one as the object of a
// toll or an arrest.
const tollVerbBefore =
  /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|abduct(?:ed|ing|s)?|kidnapp(?:ed|ing)|(?:deaths?|killing|injury|injuries|arrest|detention) of)\s+(?:at least\s+)?$/;

// "one man was seriously injured", "one neighbor was shot and killed", "one was shot dead": an
// adverb or the way it befell them may stand inside the verb group.
const singleCasualty =
  /^[^.;:]{0,30}?\b(?:was|is|has been|had been|were)\s+(?:(?:also|confirmed|reported|still|[a-z]+ly)\s+)?(?:(?:shot|stabbed|beaten|crushed|hit|struck)\s+(?:and\s+)?)?(?:killed|dead|injured|wounded|hurt|missing|arrested|detained|drowned)\b|^\s+(?:(?:reported|listed|confirmed)\s+)?(?:died|drowned|dead|missing|killed|injured)\b/;
// "10 girls and one camp counselor", "along with one counselor": one more of a count already given.
const alongsideFigure = /(?:\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+[a-z]+\s+and|\balong with)\s+$/;
// "The dead included one child", "among the injured was one police officer": one named as part of a toll.
const partOfToll =
  /\b(?:dead|killed|victims|injured|wounded|casualties|fatalities|missing|detainees|detained|arrested|displaced)\s+(?:included|include|includes|including|was|were)\s+$|\bamong (?:the|those) (?:dead|killed|victims|injured|wounded|missing|detained|arrested)\s+(?:was|were)\s+$/;

const crowdVerbAfter =
  /^\s+(?:(?:more|others|also|still|initially|reportedly)\s+)?(?:gathered|marched|march|protested|rallied|attended|joined|took to|turned out|filled|fled|flee|lined|poured|thronged|streamed|flocked|packed|massed|were (?:[a-z]+ly\s+)?(?:killed|injured|wounded|missing|listed|arrested|detained|displaced|evacuated|reported)|have (?:been|fled|died)|died|remain (?:missing|unaccounted))\b/;

const doneToPeople =
  /\b(?:killed|killing|kill|kills|injured|injuring|wounded|wounding|displaced|displacing|uprooted|evacuated|evacuating|arrested|arresting|detained|detaining|rescued|stranded|sickened|infected|forced|forcing|prompted|prompting|drove|driven|driving|left|leaving)\s+$/;

// "killed two people and wounded six", "has killed 259 in Zimbabwe": a figure with no noun as the
// object of a toll or an arrest counts people.
const tollObjectVerb = /\b(?:killed|killing|injured|injuring|wounded|wounding|arrested|arresting|detained|detaining|evacuated|rescued)\s+$/;

// "5,800 homes were destroyed and 16,300 damaged": a participle after a bare figure in a list.
const participleAfter = /^\s+(?:damaged|destroyed|killed|wounded|injured|dead|missing|arrested|detained|displaced|evacuated|rescued)\b/;

const turnedOutAfter = /^\s+(?:(?:had|have)\s+)?(?:showed up|turned out|turned up|came out|marched|rallied|gathered|protested)\b/;

/** The words after the last full stop or semicolon: a quoted sentence ends what it points back to. */
function afterLastStop(words: string): string {
  const stop = Math.max(words.lastIndexOf(". "), words.lastIndexOf("; "), words.lastIndexOf("! "), words.lastIndexOf("? "));
  return stop >= 0 ? words.slice(stop + 2) : words;
}

/** A figure with no unit after it still counts something when its clause points back to one. */
function pointedUnit(document: Document, figure: Figure, earlier: QuantityFinding[]): string | null | undefined {
  // Quotation marks do not cut the lead: 'put the number of Russians at "several thousand."'
  const sentenceStart = sentenceAt(document, figure.start)?.start ?? 0;
  const lead = afterLastStop(document.folded.slice(Math.max(sentenceStart, figure.spanStart - 120), figure.spanStart));
  const numberOf = lead.match(/\bnumber of ((?:[a-z-]+ ?){1,3})/);
  if (numberOf)
    return (
      (numberOf[1] ?? "")
        .split(" ")
        .map((word) => unitNounAt(word, 0)?.unit ?? (normaliseUnit(word)?.measure ? normaliseUnit(word)?.unit : undefined))
        .find(Boolean) ?? null
    );
  // "the dead numbered 45", "detainees totalled 300": the counted group is the subject.
  const subject = lead.match(/\b([a-z]+)\s+(?:numbered|number|totall?ed|totals?|stood at|stand at|stands at|came to)\s+$/);
  const subjectUnit = subject?.[1]
    ? (unitNounAt(subject[1], 0)?.unit ?? (normaliseUnit(subject[1])?.measure ? normaliseUnit(subject[1])?.unit : undefined))
    : undefined;
  if (subjectUnit) return subjectUnit === "people" && normaliseUnit(subject?.[1])?.measure === "killed" ? "killed" : subjectUnit;
  const pointer = pointerWords.find(([pattern]) => pattern.test(lead));
  const justBefore = document.folded.slice(Math.max(0, figure.spanStart - 30), figure.start);
  const growth =
    /\b(?:rise[sn]?|rose|reach(?:ed)?|grow|increase[sd]?|number|hit|climbed|jumped|raised|st(?:oo|a)(?:d|nds) at)\s+(?:to\s+|at\s+)?$/.test(justBefore) ||
    /\b(?:rise|reach|grow|increase|number)\b/.test(document.folded.slice(figure.spanStart, figure.start)) ||
    // "revised upwards from 131 to 148": the new figure of a change counts what the old one did.
    /\bfrom\s+[\d,.]+\s+to\s+$/.test(justBefore);
  // "killed at least 117 people in Gansu and 31 in Qinghai": a bare figure joined to a counted one
  // and followed by a place, a verb or a stop leaves its noun out; it counts the same.
  const elliptical =
    /(?:\band|,|\bwhile|\bwith)\s+$/.test(lead) &&
    sameSentence(document, earlier.at(-1), figure) &&
    figure.start - (earlier.at(-1)?.end ?? 0) < 40 &&
    (verbAfterFigure.test(ahead(document.folded, figure.end, 20)) || participleAfter.test(ahead(document.folded, figure.end, 20)));
  // "Of the fatalities, 87 occurred in Kerr County": the group named before the comma.
  const ofGroup = lead.match(/\b(?:of|among) (?:the|those) ([a-z]+),?\s+$/);
  if (ofGroup?.[1]) {
    const named = unitNounAt(ofGroup[1], 0)?.unit ?? normaliseUnit(ofGroup[1])?.unit;
    if (named) return named === "people" && normaliseUnit(ofGroup[1])?.measure === "killed" ? "killed" : named;
  }
  const further = furtherBefore.test(lead) || furtherAfter.test(ahead(document.folded, figure.end, 20));
  const qualifiedBare = figure.qualifier !== "exact" && figure.qualifier !== "range" && verbAfterFigure.test(ahead(document.folded, figure.end, 20));
  // "Thousands gathered in downtown Chicago", "hundreds were listed as missing": a vague amount
  // as the subject of what people do counts people.
  if (figure.written === "vague" && crowdVerbAfter.test(ahead(document.folded, figure.end, 40))) return "people";
  // "has killed thousands", "forced millions from their homes", "prompted thousands to flee": a
  // vague amount as the object of what is done to people counts people.
  if (figure.written === "vague" && doneToPeople.test(lead) && !/^\s+of\b/.test(ahead(document.folded, figure.spanEnd, 10))) return "people";
  if (figure.written !== "vague" && tollObjectVerb.test(lead) && verbAfterFigure.test(ahead(document.folded, figure.end, 20))) return "people";
  // "between 75,000 and 100,000 showed up": a bare figure that turns out counts people.
  if (turnedOutAfter.test(ahead(document.folded, figure.spanEnd, 30))) return "people";
  // "The houses destroyed included 21 in Badimalika, three in Budhinanda": a breakdown by place
  // counts what the sentence named before it.
  const breakdown = breakdownUnit(document, figure, lead, earlier);
  if (breakdown) return breakdown;
  if (!pointer && !growth && !further && !qualifiedBare && !elliptical) return undefined;
  if (pointer?.[1]) return pointer[1];
  return unitEarlierInParagraph(document, figure, earlier);
}

function breakdownUnit(document: Document, figure: Figure, lead: string, earlier: readonly QuantityFinding[]): string | null {
  // "This includes 48 in 2015 and 14 in April 2016 (8 in Houston …)": by year or by place.
  const place = document.text.slice(figure.end, figure.end + 30).match(/^\s+(?:in|from)\s+(?:the\s+)?(?:\p{Lu}|(?:19|20)\d\d\b)/u);
  if (!place || !/(?:,|\(|\band|\bincluding|\binclude[sd]?|\bwere|\bwas)\s*$/.test(lead)) return null;
  const previous = earlier.at(-1);
  if (previous?.unit && sameSentence(document, previous, figure)) return previous.unit;
  const words = lead.split(/[^a-z-]+/).reverse();
  for (const word of words) {
    const unit = unitNounAt(word, 0)?.unit ?? (normaliseUnit(word)?.measure ? normaliseUnit(word)?.unit : undefined);
    if (unit && unit !== "others") return unit;
    if (/^[a-z]{3,}(?:ies|[^s'u]s)$/.test(word) && !/^(?:damages|injuries|this|its|was|has|is|does|includes)$/.test(word)) return word;
  }
  // "Texas had 62 flood deaths. This includes 48 in 2015": what the paragraph counted last.
  return /\binclud(?:es|ed|ing)\s+$/.test(lead) ? unitEarlierInParagraph(document, figure, earlier) : null;
}

function sameSentence(document: Document, found: QuantityFinding | undefined, figure: Figure): boolean {
  return found !== undefined && sentenceAt(document, found.start) === sentenceAt(document, figure.start);
}

function unitEarlierInParagraph(document: Document, figure: Figure, earlier: readonly QuantityFinding[]): string | null {
  const paragraph = sentenceAt(document, figure.start)?.paragraph;
  for (let index = earlier.length - 1; index >= 0; index--) {
    const found = earlier[index];
    if (!found || sentenceAt(document, found.start)?.paragraph !== paragraph) return null;
    if (found.unit) return found.unit;
  }
  return null;
}

function toFinding(figure: Figure, unit: string | null, end: number): QuantityFinding {
  return { start: figure.spanStart, end, value: figure.value, lower: figure.lower, upper: figure.upper, qualifier: figure.qualifier, unit };
}

/** "a further 1,000", "another six", "five more", "238 of them": the words that make it more of the same belong to the figure. */
function withFurtherWords(document: Document, figure: Figure): Figure {
  const lead = document.folded.slice(Math.max(0, figure.spanStart - 20), figure.spanStart).match(furtherBefore);
  const tail = ahead(document.folded, figure.spanEnd, 20).match(furtherAfter);
  return { ...figure, spanStart: figure.spanStart - (lead?.[0].length ?? 0), spanEnd: figure.spanEnd + (tail?.[0].length ?? 0) };
}

/** "four brigades, totaling 12,000 soldiers" is one claim: the head count, in its formations. */
function mergeFormations(document: Document, findings: QuantityFinding[]): QuantityFinding[] {
  const merged: QuantityFinding[] = [];
  for (const finding of findings) {
    const previous = merged.at(-1);
    const between = previous && finding.start - previous.end < 40 ? document.folded.slice(previous.end, finding.start) : "";
    const totalling = /^,?\s+(?:totall?ing|comprising|numbering|with a total of|amounting to|made up of|of|with)\s+$/.test(between);
    const grouped = /^\s+(?:in|across|organi[sz]ed in(?:to)?|forming|divided into)\s+$/.test(between);
    if (previous && totalling && formationUnits.has(previous.unit ?? "") && (finding.unit === "troops" || finding.unit === null)) {
      merged[merged.length - 1] = { ...finding, start: previous.start, unit: "troops" };
    } else if (previous && grouped && previous.unit === "troops" && formationUnits.has(finding.unit ?? "")) {
      merged[merged.length - 1] = { ...previous, end: finding.end };
    } else merged.push(finding);
  }
  return merged;
}

export function findQuantities(document: Document): QuantityFinding[] {
  const figures = findFigures(document.folded).filter((figure) => !notAClaim(document.folded, figure));
  const findings: QuantityFinding[] = [];
  for (let index = 0; index < figures.length; index++) {
    const current = figures[index];
    if (!current) continue;
    const range = readRange(document, current, figures[index + 1]);
    if (range) index++;
    const figure = range ?? readSingle(document, current);
    // A range in words ("two to four million") has no value: it is not "one".
    const single = figure.written === "words" && figure.value !== null && figure.value < 2;
    const found = single ? singleUnit(document, figure) : unitFor(document, figure);
    const staff = found?.noun === "personnel" && civilianPersonnel.test(document.folded.slice(figure.end, found.end)) ? { ...found, unit: "people" } : found;
    // "one soldier said" is not a figure; "one person was killed" is a toll.
    const lead = document.folded.slice(Math.max(0, figure.start - 30), figure.start);
    const casualty = single && staff !== null && singleCasualty.test(ahead(document.folded, staff.end, 50));
    // "one neighbour was shot and killed": whoever was killed, hurt or held is a person, however the text names them.
    const unit = casualty && staff && !countsPeople(staff.unit) && !tollNounSingle.test(staff.noun) ? { ...staff, unit: "people" } : staff;
    const counted =
      unit &&
      (casualty ||
        alongsideFigure.test(lead) ||
        partOfToll.test(lead) ||
        tollVerbBefore.test(lead) ||
        (tollNounSingle.test(unit.noun) && tollNounTail.test(ahead(document.folded, unit.end, 30))));
    if (single && !counted) continue;
    // "several journalists", "a few soldiers": a small vague count is a claim only about people.
    if (figure.written === "vague" && (figure.upper ?? 0) <= 9 && !countsPeople(unit?.unit ?? null)) continue;
    const whole = unit ? null : unitOfWhole(document, figure, figures[index + 1]);
    if (whole) {
      findings.push(toFinding(figure, whole, figure.spanEnd));
      continue;
    }
    if (unit) {
      // "1 to 2 people per square meter": a density, not a count.
      if (/^\s+per\s+(?:square|sq\b|cubic|capita)/.test(ahead(document.folded, unit.end, 20))) continue;
      findings.push(toFinding(figure, othersUnit(document, unit.unit, figure, findings), unit.end));
      continue;
    }
    // "between 1,000 to 1,200 or 1,200 to 1,600 enemy fighters": the first of two figures joined
    // by "or" / "and" counts what the second does.
    const joined = joinedUnit(document, figure, figures[index + 1], figures[index + 2]);
    if (joined) {
      findings.push(toFinding(figure, joined, figure.spanEnd));
      continue;
    }
    if (percentAfter(document.folded, figure.end) > 0) continue;
    const pointed = pointedUnit(document, figure, findings);
    const extended = withFurtherWords(document, figure);
    if (pointed !== undefined) findings.push(toFinding(extended, pointed, extended.spanEnd));
  }
  return mergeFormations(document, findings);
}
