// Judging one pair of figures, packed in one number: the rule of ADR 0015 as code. Kept apart
// from comparison.ts so that the pairwise judge and the counting sweep (comparison-sweep.ts)
// share one definition of a verdict and its reasons. See docs/decisions/0015-comparison-rule.md.
import { pointValue, type Figure } from "./figure";
import { figureInterval, type FigureInterval, intervalsOverlap } from "./interval";
import { isCumulative, measuresRelate, normaliseUnit, type MeasureRelation } from "./measure";
import { originKey } from "./origins";
import { figurePeriod, type FigurePeriod, periodsOverlap } from "./period";
import { type ScopeKeys, scopeKeys, type ScopeRelation, scopeRelation } from "./scope";
import type { Measure } from "./vocabulary";

export const verdicts = ["conflict", "differs", "agrees", "echo"] as const;
/**
 * conflict: no reason explains the gap. differs: a named reason does (or the pair cannot be
 * compared). agrees: independent origins allow the same number. echo: one origin, repeated.
 */
export type Verdict = (typeof verdicts)[number];

/** In the order a sentence names them: the main reason first, echo last. */
export const differenceReasons = ["unit", "measure", "modality", "scope", "period", "update", "qualifier", "echo"] as const;
export type DifferenceReason = (typeof differenceReasons)[number];

/** What a pair's verdict depends on, worked out once per figure rather than once per pair. */
export type Traits = {
  figure: Figure;
  unit: string | null;
  measure: Measure | null;
  scope: ScopeKeys;
  interval: FigureInterval | null;
  period: FigurePeriod | null;
  /** The as-of day (days since 1970), null when unknown. */
  asOfDay: number | null;
  cumulative: boolean;
  point: number | null;
  origin: string;
};

const DAY_MS = 86_400_000;

export function traitsOf(figure: Figure): Traits {
  const normal = normaliseUnit(figure.unit);
  const measure = figure.measure ?? normal?.measure ?? null;
  const asOf = figure.asOf?.getTime();
  return {
    figure,
    unit: normal?.unit ?? null,
    measure,
    scope: scopeKeys(figure.scope),
    interval: figureInterval(figure),
    period: figurePeriod(figure),
    asOfDay: asOf !== undefined && Number.isFinite(asOf) ? Math.floor(asOf / DAY_MS) : null,
    cumulative: measure !== null && isCumulative(measure, figure.modality),
    point: pointValue(figure),
    origin: originKey(figure),
  };
}

// A verdict and its reasons packed in one number: a topic of 600 figures has 180,000 pairs,
// and judging them without allocating keeps the page's time in the judging, not the garbage
// collector. Bits 0–7 are the reasons (in differenceReasons' order), bit 8 a revision down,
// the rest the verdict.
export const reasonBit = (reason: DifferenceReason) => 1 << differenceReasons.indexOf(reason);
export const [unitBit, measureBit, modalityBit, scopeBit, periodBit, updateBit, qualifierBit, echoBit] = differenceReasons.map(reasonBit) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
export const reasonBits = 0xff;
export const revisedDownBit = 1 << 8;
export const verdictShift = 9;
const verdictCode = (verdict: Verdict) => verdicts.indexOf(verdict) << verdictShift;
export const [conflictCode, differsCode, agreesCode, echoCode] = verdicts.map(verdictCode) as [number, number, number, number];

/** Whether every number `a` allows is above every number `b` allows. */
export function wholeyAbove(a: FigureInterval, b: FigureInterval, overlap: boolean): boolean {
  return !overlap && a.low >= b.high;
}

/** 1 when a's count is part of b's (by measure, area or both), -1 when b's is part of a's, 0 when neither holds the other. */
export function containment(measure: MeasureRelation, scope: ScopeRelation): number {
  const aInB = (measure === "same" || measure === "part") && (scope === "same" || scope === "part");
  const bInA = (measure === "same" || measure === "whole") && (scope === "same" || scope === "whole");
  return aInB ? 1 : bInA ? -1 : 0;
}

export function judgeCode(a: Traits, b: Traits): number {
  let reasons = 0;
  const measure = measuresRelate(a.measure, b.measure);
  const scope = scopeRelation(a.scope, b.scope);
  if (measure === "unrelated") reasons |= measureBit;
  if (scope === "separate") reasons |= scopeBit;
  // An unknown modality could be any: it never explains a gap away, so it compares as equal.
  const { modality: ma } = a.figure;
  const { modality: mb } = b.figure;
  if (ma !== mb && ma !== "unknown" && mb !== "unknown") reasons |= modalityBit;
  const sameOrigin = a.origin === b.origin;
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) {
    if (!periodsOverlap(a.period, b.period)) reasons |= periodBit;
    return differsCode | unitBit | reasons | (sameOrigin ? echoBit : 0);
  }
  if (a.interval === null || b.interval === null) return differsCode;
  const overlap = intervalsOverlap(a.interval, b.interval);
  const sameThing = measure === "same" && scope === "same";
  // Counts that only grow are compared by the day they hold at: a later, higher one updates
  // the earlier; a later, lower one revises it down. Other figures by their periods.
  const later = a.cumulative && b.cumulative && a.asOfDay !== null && b.asOfDay !== null ? Math.sign(b.asOfDay - a.asOfDay) : 0;
  if (later !== 0) {
    const [early, late] = later > 0 ? [a, b] : [b, a];
    if (!sameThing) reasons |= updateBit;
    else if (wholeyAbove(early.interval!, late.interval!, overlap)) reasons |= updateBit | revisedDownBit;
    // The same count a day later, unchanged, needs no update to explain it.
    else if (wholeyAbove(late.interval!, early.interval!, overlap) || late.point! > early.point!) reasons |= updateBit;
  } else if (!(a.cumulative && b.cumulative) && !periodsOverlap(a.period, b.period)) {
    reasons |= periodBit;
  }
  const sameTime = (reasons & (periodBit | updateBit)) === 0;
  if (!sameThing) {
    // A part (killed of casualties, a province of its country) may be smaller than its whole,
    // never larger, at the same time: only then does it explain the gap.
    const direction = measure === "unrelated" || scope === "separate" ? 0 : containment(measure, scope);
    const [part, whole] = direction > 0 ? [a, b] : [b, a];
    const partAbove = direction !== 0 && wholeyAbove(part.interval!, whole.interval!, overlap);
    if (!(sameTime && partAbove)) reasons |= (measure === "same" ? 0 : measureBit) | (scope === "same" ? 0 : scopeBit);
  }
  // Different numbers that both fit: only the qualifiers ("up to", "about") reconcile them.
  if (sameThing && overlap && a.point !== b.point && (reasons & updateBit) === 0) reasons |= qualifierBit;
  const explained = (reasons & reasonBits) !== 0;
  if (sameOrigin) reasons |= echoBit;
  if (explained) return differsCode | reasons;
  if (!sameThing || !overlap) return conflictCode | reasons;
  return (sameOrigin ? echoCode : agreesCode) | reasons;
}

export const verdictOfCode = (code: number): Verdict => verdicts[code >> verdictShift]!;
export const reasonsOfCode = (code: number) => differenceReasons.filter((reason) => (code & reasonBit(reason)) !== 0);
