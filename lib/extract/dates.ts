// When a claim was made and what period it is about, from the words of its sentence
// ("said on Friday", "last week", "in October"), resolved against the publication date with
// chrono-node. Only the detailed proposals carry dates, so plain extraction never pays for it.
import * as chrono from "chrono-node";
import type { Span } from "./text";

export type ClaimDates = { claimedAt: string | null; periodStart: string | null; periodEnd: string | null };

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

// A news report looks back: "on Sunday" is the Sunday just past (or the report's own day), never
// one after it, unless the sentence points forward ("will", "next", "plans to").
const futureCue = /\b(?:will|would|shall|next|coming|upcoming|is to|are to|scheduled|plans?|planned|expected to|due to)\b/i;

/** A date found in a sentence: where, its words, and the day or days they name. */
type Found = Pick<chrono.ParsedResult, "index" | "text" | "start" | "end">;

/** Days to move a bare weekday back so it does not fall after the reference day. */
function pastShift(result: Found, reference: Date, sentenceText: string): number {
  const bareWeekday = result.start.isCertain("weekday") && !result.start.isCertain("day");
  return bareWeekday && result.start.date().getTime() > reference.getTime() + 43_200_000 && !futureCue.test(sentenceText) ? -7 : 0;
}

// "the first week of June", "the last week of May": a week of a named month, not the month.
const weekOfMonth = /\b(first|second|third|fourth|last|final)\s+week\s+of\s+$/i;

function weekOf(ordinal: string, month: Date): { start: string; end: string } {
  const year = month.getUTCFullYear();
  const index = month.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, index + 1, 0, 12)).getUTCDate();
  const first = /^(?:last|final)$/i.test(ordinal) ? lastDay - 6 : 1 + 7 * ["first", "second", "third", "fourth"].indexOf(ordinal.toLowerCase());
  return { start: isoDay(new Date(Date.UTC(year, index, first, 12))), end: isoDay(new Date(Date.UTC(year, index, first + 6, 12))) };
}

/** "last week" is the whole week, "in October" the whole month: a period, not a day. */
function periodOf(result: Found, shift: number, before = ""): { start: string; end: string } {
  const start = addDays(result.start.date(), shift);
  if (result.end) return { start: isoDay(start), end: isoDay(addDays(result.end.date(), shift)) };
  if (/\bweek\b/i.test(result.text)) {
    const monday = addDays(start, -((start.getUTCDay() + 6) % 7));
    return { start: isoDay(monday), end: isoDay(addDays(monday, 6)) };
  }
  if (!result.start.isCertain("day") && result.start.isCertain("month")) {
    const ordinal = weekOfMonth.exec(before)?.[1];
    if (ordinal) return weekOf(ordinal, start);
    const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1, 12));
    const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0, 12));
    return { start: isoDay(first), end: isoDay(last) };
  }
  return { start: isoDay(start), end: isoDay(start) };
}

/**
 * A date within a few words of the attribution verb ("said on Friday") is when the claim was
 * made; any other date in the sentence is the period the claim is about.
 */
// "The 1999 quake near Izmit killed 17,000", "in 2015, 3,000 died", "the 2023 Maui fire": a
// named earlier year is the period of a background figure, not the report's week. Where a
// sentence names two ("a 1970 quake killed 15,000 … and one killed 1,400 in 1974"), the year
// nearest the figure is its own. "since 2014" is where a count starts, not a background year.
const earlierYear = /\b(the|in|during|since|of|a|an)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)/gi;

const sinceEvent = /\b(?:when|after|since|following)\b[^,;]*$/i;

function backgroundYear(sentenceText: string, figureAt: number, publishedAt: string | undefined): ClaimDates | null {
  let nearest: { year: string; distance: number } | null = null;
  for (const match of sentenceText.matchAll(earlierYear)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    const between = at > figureAt ? sentenceText.slice(figureAt, at) : sentenceText.slice(end, figureAt);
    // "one of the largest since Syria's civil war began in 2011": a year after "since" is where a
    // count starts; "since 1989, when a million marched" names the earlier event the figure is about.
    const startsCount = match[1]?.toLowerCase() === "since" ? !/^,?\s+when\b/i.test(sentenceText.slice(end)) : /\bsince\b/i.test(between);
    const distance = at > figureAt ? at - figureAt : figureAt - end;
    if (!nearest || distance < nearest.distance) nearest = { year: startsCount ? "" : (match[2] ?? ""), distance };
  }
  const year = nearest?.year;
  if (!year || (publishedAt && Number(year) >= Number(publishedAt.slice(0, 4)))) return null;
  return { claimedAt: publishedAt ?? null, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

// A clock time is written as one: "5:00", "9.30pm", "5 p.m.", "0500 GMT", "5 o'clock", "noon",
// "10 in the morning". A bare number after "at" is a count or a measure ("put the crowd at 5,000",
// "flew at 5,000 feet", "stood at 12"), which chrono reads as an hour ("at 5").
const timeForm =
  /\d[:.]\d\d|\d\s*[ap]\.?m\b|\d\s*(?:hrs?|hours|gmt|utc|local time)\b|o['’]?clock|\b(?:noon|midday|midnight|morning|afternoon|evening|night|tonight|dawn|dusk)\b/i;

/** A result whose only certain part is an hour that is not written as a time: a figure, not a date. */
function readsCountAsHour(result: chrono.ParsedResult): boolean {
  const start = result.start;
  if (!start.isCertain("hour") || timeForm.test(result.text)) return false;
  return !start.isCertain("day") && !start.isCertain("weekday") && !start.isCertain("month");
}

/**
 * "1.03 million" or "7.48" read as a day of the month is a number, not a date; nor is "the
 * march" or "may" in lower case a month.
 */
function isDate(result: chrono.ParsedResult): boolean {
  if (/\b(?:march|may)\b/.test(result.text)) return false;
  if (readsCountAsHour(result)) return false;
  return /[a-z]/i.test(result.text) || /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?$/.test(result.text.trim());
}

/** "Since May 1, 66 soldiers have died": two digits after the day's comma are the next figure, not a year. */
function withoutFigureAsYear(result: chrono.ParsedResult, reference: Date): Found {
  if (!/\d,\s*\d{2}$/.test(result.text)) return result;
  const [repaired] = chrono.parse(result.text.replace(/,\s*\d{2}$/, ""), { instant: reference, timezone: 0 });
  return repaired ? { index: result.index, text: repaired.text, start: repaired.start, end: repaired.end } : result;
}

export function datesFor(
  sentenceText: string,
  sentenceStart: number,
  verbSpans: readonly Span[],
  publishedAt: string | undefined,
  figureStart = sentenceStart,
  dateLine?: string,
): ClaimDates {
  // Without a publication date a date line resolves the days a sentence names ("said on
  // Friday"), but is not itself the claim's date: a sentence that names none stays undated.
  const day = publishedAt ?? dateLine;
  const reference = day ? new Date(`${day}T12:00:00Z`) : undefined;
  const fallback = { claimedAt: publishedAt ?? null, periodStart: null, periodEnd: null };
  const background = backgroundYear(sentenceText, figureStart - sentenceStart, publishedAt);
  if (!reference || Number.isNaN(reference.getTime())) return background ?? fallback;
  const results = chrono
    .parse(sentenceText, { instant: reference, timezone: 0 })
    .filter(isDate)
    .map((result) => withoutFigureAsYear(result, reference));
  const dates: ClaimDates = { ...fallback };
  for (const result of background ? [] : results) {
    const start = sentenceStart + result.index;
    const end = start + result.text.length;
    const shift = pastShift(result, reference, sentenceText);
    // "said on Thursday", "On Thursday, the ministry said": the claim's date follows the verb or
    // opens the sentence; "struck early on Monday, the ministry said" is the event's date.
    const nearVerb = verbSpans.some((verb) => (start >= verb.start && start - verb.end <= 12) || (result.index <= 3 && verb.start - end <= 12));
    if (nearVerb && dates.claimedAt === fallback.claimedAt) dates.claimedAt = isoDay(addDays(result.start.date(), shift));
    else if (!dates.periodStart) {
      const period = periodOf(result, shift, sentenceText.slice(0, result.index));
      dates.periodStart = period.start;
      // "killed when the quake struck on Monday", "since Monday's quake": the date is the event's;
      // a toll counted since then holds as of the report, so the period runs to the claim's date.
      dates.periodEnd = sinceEvent.test(sentenceText.slice(0, result.index)) ? "" : period.end;
    }
  }
  const toldOn = dates.claimedAt ?? day;
  if (dates.periodEnd === "") dates.periodEnd = toldOn && toldOn > (dates.periodStart ?? "") ? toldOn : dates.periodStart;
  // "thus far this month", "this year": a figure told in the past holds up to the day it is told.
  if (toldOn && dates.periodStart && dates.periodEnd && dates.periodEnd > toldOn && !futureCue.test(sentenceText))
    dates.periodEnd = [dates.periodStart, toldOn].sort()[1] ?? toldOn;
  return background ?? dates;
}

type Dated = { kind: string; start: number; sentence: { start: number; end: number }; periodStart: string | null; periodEnd: string | null };

const samePeriod = /\b(?:(?:during|in|over|for|within) (?:the same|that|this) (?:period|time|span)|(?:during|in) the same (?:days|weeks|months))\b/;

/** "the number of injured during the same period rose to 40,652": the period of the figure before it. */
export function withSamePeriods<T extends Dated>(folded: string, candidates: readonly T[]): T[] {
  let previous: T | undefined;
  return candidates.map((candidate) => {
    if (candidate.kind !== "quantity") return candidate;
    const inherits = candidate.periodStart === null && previous?.periodStart && samePeriod.test(folded.slice(candidate.sentence.start, candidate.sentence.end));
    const dated = inherits && previous ? { ...candidate, periodStart: previous.periodStart, periodEnd: previous.periodEnd } : candidate;
    previous = dated;
    return dated;
  });
}

// A date line: the report's own date where no publication date is given. A short line that holds a
// whole date with its year ("Tuesday, August 26, 2003", "May 24, 2015 2:31 PM by News Staff",
// "22 May 2022") or a photo caption that ends with one before its credit ("… Ukraine February
// 25, 2022. REUTERS/Maksim Levin"). A whole date inside a sentence of the story ("a quake struck
// on April 25, 2015") is an event, not the report's date, and is not read here.
const monthName =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const wholeDate = new RegExp(`\\b(?:${monthName}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d|\\d{1,2}\\s+${monthName},?\\s+(?:19|20)\\d\\d)\\b`);
const captionCredit = /^[.,]?\s+[A-Z]{2,}(?:\s[A-Z]{2,})*\/[A-Z]/;
const shortLine = 80;

/** The report's date the nearest date line before `position` gives, or undefined. */
export function dateLineBefore(text: string, position: number): string | undefined {
  let found: string | undefined;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const match = wholeDate.exec(line);
    const isDateLine = match && (line.trim().length <= shortLine || captionCredit.test(line.slice(match.index + match[0].length)));
    const day = isDateLine
      ? chrono.parseDate(match[0].replace(/(\d)(?:st|nd|rd|th)\b/, "$1"), new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })
      : null;
    if (day) {
      if (lineStart <= position) found = isoDay(new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), 12)));
    }
    lineStart += line.length + 1;
  }
  return found;
}

// A report dates its event once ("marched on the Capitol on Saturday", "were killed Sunday") and
// counts it in later sentences that name no day ("An intelligence official said six soldiers were
// wounded"): such a figure takes the period last given to an event before it, by a figure of its
// own or by a sentence without one. A sentence that names any date keeps its own reading; a
// background year never becomes the story's date; a running total ("so far", "the toll", "in
// all") holds as of the report, not as of the event.
const runningTotal = /\b(?:so far|thus far|to date|in all|altogether|toll|tally|cumulative|since)\b/i;

// Only a sentence that points back to the dated event takes its date: a definite event noun
// ("in this attack", "during the operation", "the crowd") or a share of a group already counted
// ("Four of the soldiers", "three of them"). A figure that names no event may be a standing count.
const pointsBack =
  /\b(?:(?:the|this|that|these|those)\s+(?:same\s+)?(?:attacks?|operations?|raids?|protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|event|incident|clash(?:es)?|fighting|battle|ambush|blast|explosion|bombing|strikes?|quake|earthquake|floods?|flooding|storm|landslide|crackdown|crowd|day)\b|\b(?:of|among)\s+(?:the|them|those)\b)/i;

type Storied = Dated & { claimedAt: string | null };
type Period = { periodStart: string; periodEnd: string | null };

function isBackgroundYear(start: string, end: string | null, reference: string): boolean {
  return start.endsWith("-01-01") && end?.endsWith("-12-31") === true && start.slice(0, 4) < reference.slice(0, 4);
}

/** "put the crowd at 5,000" is a figure, not five o'clock: a clock time alone names no day. */
function isClockTime(result: chrono.ParsedResult): boolean {
  const names = (unit: "day" | "weekday" | "month") => result.start.isCertain(unit);
  return (
    result.start.isCertain("hour") && !names("day") && !names("weekday") && !names("month") && !/\b(?:today|tonight|yesterday|tomorrow)\b/i.test(result.text)
  );
}

function namesDate(sentenceText: string, reference: string): boolean {
  if (/\b(?:19|20)\d\d\b/.test(sentenceText)) return true;
  return chrono.parse(sentenceText, { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 }).some((result) => isDate(result) && !isClockTime(result));
}

/**
 * A sentence without a figure dates the story's event only when it names one day and nothing
 * else ("marched on the Capitol on Saturday afternoon"): not a month or year ("the strongest
 * typhoon this year"), not two dates, not the report's own date line.
 */
function datesAnEvent(sentenceText: string, reference: string): boolean {
  if (sentenceText.trim().length <= shortLine && wholeDate.test(sentenceText)) return false;
  const found = chrono.parse(sentenceText, { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 }).filter(isDate);
  const [only] = found;
  return found.length === 1 && only !== undefined && (only.start.isCertain("day") || only.start.isCertain("weekday"));
}

export function withStoryPeriods<T extends Storied>(
  text: string,
  sentences: readonly (Span & { paragraph: number })[],
  candidates: readonly T[],
  dateSentence: (sentence: Span, reference: string) => ClaimDates,
  referenceAt: (position: number) => string | undefined,
): T[] {
  const bySentence = new Map<number, T[]>();
  for (const candidate of candidates)
    if (candidate.kind === "quantity") bySentence.set(candidate.sentence.start, [...(bySentence.get(candidate.sentence.start) ?? []), candidate]);
  const inherited = new Map<T, Period>();
  // The first event the report dates is the story's; a later date holds to the end of its paragraph.
  let lead: Period | null = null;
  let local: Period | null = null;
  let paragraph = -1;
  const dates = (period: Period) => {
    if (lead) local = period;
    else lead = period;
  };
  for (const sentence of sentences) {
    const reference = referenceAt(sentence.start);
    if (sentence.paragraph !== paragraph) [local, paragraph] = [null, sentence.paragraph];
    if (!reference) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const figures = bySentence.get(sentence.start);
    if (!figures) {
      const dated = datesAnEvent(sentenceText, reference) ? dateSentence(sentence, reference) : null;
      if (dated?.periodStart && !isBackgroundYear(dated.periodStart, dated.periodEnd, reference))
        dates({ periodStart: dated.periodStart, periodEnd: dated.periodEnd });
      continue;
    }
    const total = runningTotal.test(sentenceText);
    const undated = !namesDate(sentenceText, reference) && !total && pointsBack.test(sentenceText);
    for (const figure of figures) {
      const story = local ?? lead;
      if (figure.periodStart) {
        if (!total && !isBackgroundYear(figure.periodStart, figure.periodEnd, reference))
          dates({ periodStart: figure.periodStart, periodEnd: figure.periodEnd });
      } else if (story && undated) inherited.set(figure, story);
    }
  }
  return candidates.map((candidate) => {
    const period = inherited.get(candidate);
    return period ? { ...candidate, ...period } : candidate;
  });
}
