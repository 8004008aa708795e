// A quantity claim as the comparison reads it: independent of Prisma, so the data layer
// maps its rows to this shape and every comparison rule can be tested without a database.
import type { FigureScope } from "./scope";
import type { HopRole, Measure, Modality, Qualifier, ReviewStatus, Stance } from "./vocabulary";

/** One hop of an attribution chain: who passed the claim on, in what role, with which verb. */
export type ChainHop = {
  sourceId: string;
  sourceName: string;
  role: HopRole;
  /** The verb as written ("according to", "citing"); null when the text gives none. */
  verb: string | null;
};

export type Figure = {
  id: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** null is read as "unknown". */
  qualifier: Qualifier | null;
  unit: string | null;
  /** What the figure counts; null when nobody said (it then compares as the same measure). */
  measure: Measure | null;
  /** The area the figure covers; null when nobody said (it then compares as the same area). */
  scope: FigureScope | null;
  /** The figure's words as stated ("four brigades", "about 10,000"). */
  asStated: string | null;
  modality: Modality;
  stance: Stance;
  /** When the claim was made. */
  claimedAt: Date | null;
  /** The period the figure refers to; when both are null, the day it was claimed stands in. */
  periodStart: Date | null;
  periodEnd: Date | null;
  /** The day the figure holds at: the period's end, else the day it was claimed (see asOfOf). */
  asOf: Date | null;
  /** Originator first, then speakers and relays in the order the claim travelled. */
  chain: ChainHop[];
  reportId: string;
  reviewStatus: ReviewStatus;
  /** The Admiralty grade ("B2"): the originator's reliability, the claim's credibility; null or absent when neither is graded. */
  grade?: string | null;
};

/** The day a figure holds at: the end of its period, else the day it was claimed. */
export function asOfOf(figure: Pick<Figure, "periodEnd" | "claimedAt">): Date | null {
  return figure.periodEnd ?? figure.claimedAt;
}

/** The numeric fields of a figure, all a number reader needs. */
export type FigureNumbers = Pick<Figure, "value" | "lower" | "upper" | "qualifier">;

/** A number the comparison can use. NaN and ±Infinity are data errors, not figures. */
export function usableNumber(n: number | null | undefined): number | null {
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/**
 * The single value that stands for a figure on an axis or in a spread: the stated value;
 * for a range the midpoint of its bounds; when the value is missing, the bound the
 * qualifier points at (the ceiling of "up to", the floor of "at least"), else any bound.
 */
export function pointValue(figure: FigureNumbers): number | null {
  const value = usableNumber(figure.value);
  const lower = usableNumber(figure.lower);
  const upper = usableNumber(figure.upper);
  const midpoint = lower !== null && upper !== null ? (lower + upper) / 2 : null;
  switch (figure.qualifier) {
    case "range":
      return midpoint ?? value ?? lower ?? upper;
    case "up_to":
    case "at_most":
      return value ?? upper;
    case "at_least":
    case "more_than":
      return value ?? lower;
    default:
      return value ?? midpoint ?? lower ?? upper;
  }
}

export { unitKey } from "./measure";
