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

/** "last week" is the whole week, "in October" the whole month: a period, not a day. */
function periodOf(result: chrono.ParsedResult): { start: string; end: string } {
  const start = result.start.date();
  if (result.end) return { start: isoDay(start), end: isoDay(result.end.date()) };
  if (/\bweek\b/i.test(result.text)) {
    const monday = addDays(start, -((start.getUTCDay() + 6) % 7));
    return { start: isoDay(monday), end: isoDay(addDays(monday, 6)) };
  }
  if (!result.start.isCertain("day") && result.start.isCertain("month")) {
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

/** "1.03 million" or "7.48" read as a day of the month is a number, not a date. */
function isDate(result: chrono.ParsedResult): boolean {
  return /[a-z]/i.test(result.text) || /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?$/.test(result.text.trim());
}

export function datesFor(
  sentenceText: string,
  sentenceStart: number,
  verbSpans: readonly Span[],
  publishedAt: string | undefined,
  figureStart = sentenceStart,
): ClaimDates {
  const reference = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : undefined;
  const fallback = { claimedAt: publishedAt ?? null, periodStart: null, periodEnd: null };
  const background = backgroundYear(sentenceText, figureStart - sentenceStart, publishedAt);
  if (!reference || Number.isNaN(reference.getTime())) return background ?? fallback;
  const results = chrono.parse(sentenceText, { instant: reference, timezone: 0 }).filter(isDate);
  const dates: ClaimDates = { ...fallback };
  for (const result of background ? [] : results) {
    const start = sentenceStart + result.index;
    const end = start + result.text.length;
    // "said on Thursday", "On Thursday, the ministry said": the claim's date follows the verb or
    // opens the sentence; "struck early on Monday, the ministry said" is the event's date.
    const nearVerb = verbSpans.some((verb) => (start >= verb.start && start - verb.end <= 12) || (result.index <= 3 && verb.start - end <= 12));
    if (nearVerb && dates.claimedAt === publishedAt) dates.claimedAt = isoDay(result.start.date());
    else if (!dates.periodStart) {
      const period = periodOf(result);
      dates.periodStart = period.start;
      // "killed when the quake struck on Monday", "since Monday's quake": the date is the event's;
      // a toll counted since then holds as of the report, so the period runs to the claim's date.
      dates.periodEnd = sinceEvent.test(sentenceText.slice(0, result.index)) ? "" : period.end;
    }
  }
  if (dates.periodEnd === "") dates.periodEnd = dates.claimedAt && dates.claimedAt > (dates.periodStart ?? "") ? dates.claimedAt : dates.periodStart;
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
