// The one place for how numbers and dates read, in the views, sentences and charts:
// "12,000", "18 Oct 2024", "14:05 UTC" (dates and times in UTC).
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

export function isoDay(date: Date | null | undefined): string | undefined {
  return date ? date.toISOString().slice(0, 10) : undefined;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const timeWithSecondsFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });

/** "14:05" (UTC), or "14:05:09" with seconds. */
export function formatTime(date: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return (seconds ? timeWithSecondsFormat : timeFormat).format(date);
}

/** "18 Oct 2024 14:05 UTC". */
export function formatDateTime(date: Date, options: { seconds?: boolean } = {}): string {
  return `${formatDate(date)} ${formatTime(date, options)} UTC`;
}
