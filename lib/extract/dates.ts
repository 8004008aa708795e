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
export function datesFor(sentenceText: string, sentenceStart: number, verbSpans: readonly Span[], publishedAt: string | undefined): ClaimDates {
  const reference = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : undefined;
  const fallback = { claimedAt: publishedAt ?? null, periodStart: null, periodEnd: null };
  if (!reference || Number.isNaN(reference.getTime())) return fallback;
  const results = chrono.parse(sentenceText, { instant: reference, timezone: 0 });
  const dates: ClaimDates = { ...fallback };
  for (const result of results) {
    const start = sentenceStart + result.index;
    const end = start + result.text.length;
    const nearVerb = verbSpans.some((verb) => Math.max(verb.start - end, start - verb.end) <= 12);
    if (nearVerb && dates.claimedAt === publishedAt) dates.claimedAt = isoDay(result.start.date());
    else if (!dates.periodStart) {
      const period = periodOf(result);
      dates.periodStart = period.start;
      dates.periodEnd = period.end;
    }
  }
  return dates;
}
