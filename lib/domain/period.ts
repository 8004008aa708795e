// The time a figure refers to. Figures of different times are not in conflict: 1,500 in
// October and 3,000 in December can both be true. Times are compared by whole UTC days,
// the precision analysts enter them with.
import type { Figure } from "./figure";

const DAY_MS = 86_400_000;

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * Inclusive UTC day numbers (days since 1970-01-01); ±Infinity for an open end.
 * `basis` says whether the figure stated its period or the day it was claimed stands in.
 */
export type FigurePeriod = { firstDay: number; lastDay: number; basis: "period" | "claimed" };

function dayOf(date: Date | null): number | null {
  if (date === null) return null;
  const time = date.getTime();
  return Number.isFinite(time) ? Math.floor(time / DAY_MS) : null;
}

/**
 * The figure's period: [periodStart, periodEnd] when either is set (a missing end is open),
 * else the day it was claimed, else null: an unknown time, which overlaps every other.
 */
export function figurePeriod(figure: Pick<Figure, "claimedAt" | "periodStart" | "periodEnd">): FigurePeriod | null {
  const start = dayOf(figure.periodStart);
  const end = dayOf(figure.periodEnd);
  if (start !== null || end !== null) {
    const first = start ?? -Infinity;
    const last = end ?? Infinity;
    // A period entered the wrong way round still covers the same days.
    return { firstDay: Math.min(first, last), lastDay: Math.max(first, last), basis: "period" };
  }
  const claimed = dayOf(figure.claimedAt);
  return claimed === null ? null : { firstDay: claimed, lastDay: claimed, basis: "claimed" };
}

/** Whether two periods share a day; an unknown period (null) overlaps everything. */
export function periodsOverlap(a: FigurePeriod | null, b: FigurePeriod | null): boolean {
  if (a === null || b === null) return true;
  return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;
}

/** "18 October 2024", from a UTC day number. */
export function formatDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "claimed on 18 October 2024", "1 October 2024 to 31 October 2024", "from …", "until …". */
export function describePeriod(period: FigurePeriod): string {
  if (period.basis === "claimed") return `claimed on ${formatDay(period.firstDay)}`;
  if (period.firstDay === -Infinity) return `until ${formatDay(period.lastDay)}`;
  if (period.lastDay === Infinity) return `from ${formatDay(period.firstDay)}`;
  if (period.firstDay === period.lastDay) return formatDay(period.firstDay);
  return `${formatDay(period.firstDay)} to ${formatDay(period.lastDay)}`;
}
