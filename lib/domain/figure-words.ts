// A stored figure as a reader should see it: with the qualifier that says how precise the
// source was ("at least 214", not "214"), so a floor is never read as an exact count.
import { formatNumber } from "./format";
import { type Qualifier, qualifierLabels } from "./vocabulary";

export type StatedQuantity = { value: number | null; lower: number | null; upper: number | null; qualifier: Qualifier | null; unit: string | null };

/** "at least 214 people", "about 10,000 troops", "1,500–2,000 troops", "12,000 troops"; null without a number. */
export function quantityWords({ value, lower, upper, qualifier, unit }: StatedQuantity): string | null {
  const unitWords = unit?.trim() ? ` ${unit.trim()}` : "";
  if (qualifier === "range" || (value === null && lower !== null && upper !== null)) {
    if (lower !== null && upper !== null) return `${formatNumber(lower)}–${formatNumber(upper)}${unitWords}`;
  }
  const number = value ?? (qualifier === "up_to" || qualifier === "at_most" ? upper : lower) ?? upper;
  if (number === null) return null;
  const said = qualifier === null || qualifier === "exact" || qualifier === "unknown" || qualifier === "range" ? "" : `${qualifierLabels[qualifier]} `;
  return `${said}${formatNumber(number)}${unitWords}`;
}
