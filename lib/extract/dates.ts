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

// chrono is the dear part of dating: one extraction reads a sentence for each of its figures, for
// its repeats and for the story's periods. Inside `keepingDateReadings` each sentence is read once
// per reference day; the readings are only read after, never changed, and are dropped at its end.
let readings: Map<string, chrono.ParsedResult[]> | undefined;

/** Runs `work` with chrono's readings kept for its length (one extraction). */
export function keepingDateReadings<T>(work: () => T): T {
  const outer = readings;
  readings = new Map();
  try {
    return work();
  } finally {
    readings = outer;
  }
}

function parseDates(text: string, instant: Date): chrono.ParsedResult[] {
  if (!readings) return chrono.parse(text, { instant, timezone: 0 });
  const key = `${instant.getTime()}\u0000${text}`;
  let found = readings.get(key);
  if (!found) {
    found = chrono.parse(text, { instant, timezone: 0 });
    readings.set(key, found);
  }
  return found;
}

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

// "the past 24 hours", "the last three days", "the previous 10 years": a span that reaches back
// from the day the figure is told and ends on it (the caller closes it on that day).
const count = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)`;
const spanToNow = new RegExp(String.raw`\b(?:(?:past|previous|preceding)\s+(?:${count}\s+)?|last\s+${count}\s+)(?:hours?|days?|weeks?|months?|years?)\b`, "i");
const wholeYear = /\b(?:last|this|previous)\s+year\b/i;

/** "last week" is the whole week, "in October" the whole month: a period, not a day. */
function periodOf(result: Found, shift: number, before = ""): { start: string; end: string } {
  const start = addDays(result.start.date(), shift);
  if (result.end) return { start: isoDay(start), end: isoDay(addDays(result.end.date(), shift)) };
  // "last year", "this year": the whole calendar year, not the day a year before the report.
  if (wholeYear.test(result.text) && !result.start.isCertain("month")) {
    const year = start.getUTCFullYear();
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
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
const eventConsequence = /^[^.;]{0,40}?,\s*(?:resulting in|killing|leaving|injuring|wounding|claiming)\b(?:[^.;,]|,(?=\d)){0,60}$/i;

function backgroundYear(sentenceText: string, figureAt: number, publishedAt: string | undefined, mayDate: DateFilter = () => true): ClaimDates | null {
  let nearest: { year: string; distance: number } | null = null;
  for (const match of sentenceText.matchAll(earlierYear)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (!mayDate(at, end)) continue;
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

// "sent since May", "in May" told in December: a month named without its year is the one just
// past, not the next one chrono finds nearer, unless the sentence points forward; after "since"
// it is always past ("would join the troops sent since May").
function inThePast(result: Found, reference: Date, sentenceText: string): Found {
  const month = result.start.isCertain("month") && !result.start.isCertain("year");
  if (!month || result.start.date().getTime() <= reference.getTime() + 43_200_000) return result;
  const since = /\b(?:since|from)\s+(?:early\s+|mid-?\s*|late\s+)?$/i.test(sentenceText.slice(0, result.index));
  if (!since && futureCue.test(sentenceText)) return result;
  const yearBefore = new Date(Date.UTC(reference.getUTCFullYear() - 1, reference.getUTCMonth(), reference.getUTCDate(), 12));
  const [again] = parseDates(result.text, yearBefore);
  return again && again.start.date().getTime() <= reference.getTime() ? { index: result.index, text: result.text, start: again.start, end: again.end } : result;
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
  // "late in the day", "earlier in the day": the day told of, which chrono reads as the next one.
  if (/^(?:in )?the day$/i.test(result.text.trim())) return false;
  if (readsCountAsHour(result)) return false;
  return /[a-z]/i.test(result.text) || /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?$/.test(result.text.trim());
}

/** "Since May 1, 66 soldiers have died": two digits after the day's comma are the next figure, not a year. */
function withoutFigureAsYear(result: chrono.ParsedResult, reference: Date): Found {
  if (!/\d,\s*\d{2}$/.test(result.text)) return result;
  const [repaired] = parseDates(result.text.replace(/,\s*\d{2}$/, ""), reference);
  return repaired ? { index: result.index, text: repaired.text, start: repaired.start, end: repaired.end } : result;
}

// A sentence with several figures may give each its own date: "48 in 2015 and 14 in April 2016",
// "ranged from 29 in 2012 to 176 last year", "Nearly 200 people, including 14 in Texas last month
// alone, have died since January 2015". The sentence is cut into parts at commas, dashes, colons,
// semicolons and brackets. A date in a part that holds figures belongs to those figures; one that
// stands between two of them belongs to the first when the second has a date of its own after
// it. A date in a part without figures, or a year that names an event ("the 2023 fire"), is
// shared by every figure. A figure left without a date takes the nearest one before it: a later
// clause goes on in the time of the earlier one ("… on Sunday, while five militants died", "(8 in
// Houston and 6 in Palestine)"); a date after it in another figure's words is theirs ("120 have
// arrived, the first of 4,000 troops approved last year").
type DateFilter = (at: number, end: number) => boolean;
type Part = { start: number; end: number };
type Dating = { at: number; end: number; event?: boolean };

const partBreak = /,(?!\d)|[;:()\u2013\u2014]|\s-{1,2}\s/g;

function partsOf(sentenceText: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (const match of sentenceText.matchAll(partBreak)) {
    const at = match.index ?? 0;
    parts.push({ start, end: at });
    start = at + match[0].length;
  }
  parts.push({ start, end: sentenceText.length });
  return parts;
}

/** Ranks each date for the figure at `figureAt`: 0 its own, 1 shared, 2 the nearest before it, null another figure's. */
function dateRanks(sentenceText: string, figureAt: number, figures: readonly number[], dates: readonly Dating[]): (number | null)[] {
  const parts = partsOf(sentenceText);
  const partOf = (at: number) => parts.findIndex((part) => at >= part.start && at <= part.end);
  // Each figure's and date's part found once: looked up for every pair, it grew with the square of the sentence's figures.
  const figureParts = figures.map(partOf);
  const dateParts = dates.map((date) => partOf(date.at));
  const ranks = dates.map((date, index): number | null => {
    if (date.event) return 1;
    const part = dateParts[index];
    const inPart = figures.filter((_, at) => figureParts[at] === part);
    if (inPart.length === 0) return 1;
    if (!inPart.includes(figureAt)) return null;
    const before = inPart.filter((figure) => figure < date.at);
    const next = inPart.find((figure) => figure >= date.end);
    if (before.length === 0 || next === undefined) return 0;
    const afterNext = inPart.find((figure) => figure > next) ?? Number.POSITIVE_INFINITY;
    const nextHasOwn = dates.some((other, at) => dateParts[at] === part && other.at > next && other.at < afterNext);
    return !nextHasOwn || before.at(-1) === figureAt ? 0 : null;
  });
  if (!ranks.some((rank) => rank === 0 || rank === 1)) {
    const nearestBefore = dates.findLastIndex((date) => date.end <= figureAt);
    if (nearestBefore >= 0) ranks[nearestBefore] = 2;
  }
  return ranks;
}

export function datesFor(
  sentenceText: string,
  sentenceStart: number,
  verbSpans: readonly Span[],
  publishedAt: string | undefined,
  figureStart = sentenceStart,
  dateLine?: string,
  otherFigures: readonly number[] = [],
): ClaimDates {
  // Without a publication date a date line resolves the days a sentence names ("said on
  // Friday"), but is not itself the claim's date: a sentence that names none stays undated.
  const day = publishedAt ?? dateLine;
  const reference = day ? new Date(`${day}T12:00:00Z`) : undefined;
  const fallback = { claimedAt: publishedAt ?? null, periodStart: null, periodEnd: null };
  const figureAt = figureStart - sentenceStart;
  const figures = [...new Set([figureAt, ...otherFigures.map((at) => at - sentenceStart)])]
    .filter((at) => at >= 0 && at < sentenceText.length)
    .sort((a, b) => a - b);
  const several = figures.length > 1;
  const valid = reference !== undefined && !Number.isNaN(reference.getTime());
  const results = valid
    ? parseDates(sentenceText, reference)
        .filter(isDate)
        // "the last day of mobilization, February 16": the last day of something, not yesterday.
        .filter(
          (result) =>
            !(/^(?:the )?(?:last|first|final) day$/i.test(result.text.trim()) && /^\s+of\b/i.test(sentenceText.slice(result.index + result.text.length))),
        )
        .map((result) => inThePast(withoutFigureAsYear(result, reference), reference, sentenceText))
    : [];
  // Every date the sentence names, years and chrono's readings alike, to tell whose each one is.
  const datings = [
    ...[...sentenceText.matchAll(earlierYear)].map((match) => ({
      at: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      event: /^(?:the|a|an)$/i.test(match[1] ?? ""),
    })),
    ...results.map((result) => ({ at: result.index, end: result.index + result.text.length })),
  ];
  const ranks = several ? dateRanks(sentenceText, figureAt, figures, datings) : [];
  const rankOf = (at: number, end: number): number | null => {
    if (!several) return 0;
    const index = datings.findIndex((dating) => dating.at === at && dating.end === end);
    return index < 0 ? 0 : (ranks[index] ?? null);
  };
  const background = backgroundYear(sentenceText, figureAt, publishedAt, (at, end) => rankOf(at, end) !== null);
  if (!valid) return background ?? fallback;
  const dates: ClaimDates = { ...fallback };
  const periods: Found[] = [];
  for (const result of background ? [] : results) {
    const start = sentenceStart + result.index;
    const end = start + result.text.length;
    const shift = pastShift(result, reference, sentenceText);
    // "said on Thursday", "On Thursday, the ministry said": the claim's date follows the verb or
    // opens the sentence; "struck early on Monday, the ministry said" is the event's date.
    const nearVerb = verbSpans.some((verb) => (start >= verb.start && start - verb.end <= 12) || (result.index <= 3 && verb.start - end <= 12));
    if (nearVerb && dates.claimedAt === fallback.claimedAt) dates.claimedAt = isoDay(addDays(result.start.date(), shift));
    else periods.push(result);
  }
  // One figure takes the first date; among several, the one that dates its own part (above).
  let best: { found: Found; rank: number } | undefined;
  for (const found of periods) {
    const rank = rankOf(found.index, found.index + found.text.length);
    if (rank !== null && (!best || rank < best.rank)) best = { found, rank };
  }
  if (best) {
    const result = best.found;
    const before = sentenceText.slice(0, result.index);
    const period = periodOf(result, pastShift(result, reference, sentenceText), before);
    dates.periodStart = period.start;
    // "killed when the quake struck on Monday", "since Monday's quake": the date is the event's;
    // a toll counted since then holds as of the report, so the period runs to the claim's date;
    // so does a span that reaches back from it ("in the past 24 hours").
    // But a figure the dated event itself left ("after an attack on October 7, resulting in 1,200
    // deaths", "following the blast on Monday, killing nine") is that day's, not a running count.
    const consequence = figureAt > result.index && eventConsequence.test(sentenceText.slice(result.index + result.text.length, figureAt));
    dates.periodEnd =
      (sinceEvent.test(before) && !(consequence && /\b(?:after|following)\b[^,;]*$/i.test(before))) || spanToNow.test(result.text) ? "" : period.end;
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
  /\b(?:(?:the|this|that|these|those)\s+(?:same\s+)?(?:attacks?|operations?|raids?|protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|event|incident|clash(?:es)?|fighting|battle|ambush|blast|explosion|bombing|strikes?|quake|earthquake|floods?|flooding|storm|landslides?|mudslide|crackdown|crowd|day|fires?|blaze|wildfire|cyclone|typhoon|hurricane|tornado(?:es)?|tsunami|avalanche|eruption|stampede|collapse|crash|shelling|shooting)\b|\b(?:of|among)\s+(?:the|them|those)\b)/i;

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
  return parseDates(sentenceText, new Date(`${reference}T12:00:00Z`)).some((result) => isDate(result) && !isClockTime(result));
}

/**
 * A sentence without a figure dates the story's event only when it names one day and nothing
 * else ("marched on the Capitol on Saturday afternoon"): not a month or year ("the strongest
 * typhoon this year"), not two dates, not the report's own date line.
 */
function datesAnEvent(sentenceText: string, reference: string): boolean {
  if (sentenceText.trim().length <= shortLine && wholeDate.test(sentenceText)) return false;
  const found = parseDates(sentenceText, new Date(`${reference}T12:00:00Z`)).filter(isDate);
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
