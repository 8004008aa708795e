// How numbers and dates read in the views: "12,000", "18 Oct 2024" (dates are days, in UTC).
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
