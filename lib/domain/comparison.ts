// The heart of the product: why two figures differ. 12,000 planned and 1,500 arrived are not
// a contradiction; they count different things. Two figures conflict only when nothing else
// explains the gap: the same measure (or a part above its whole), the same area (or a part
// above its whole), the same time, the same modality, and no number both allow.
// See docs/decisions/0004-figure-intervals.md and 0015-comparison-rule.md.
import { pointValue, type Figure } from "./figure";
import { figureInterval, type FigureInterval, intervalIntersection, intervalsOverlap } from "./interval";
import { isCumulative, measuresRelate, normaliseUnit, type MeasureRelation } from "./measure";
import { originKey } from "./origins";
import { figurePeriod, type FigurePeriod, periodsOverlap } from "./period";
import { type ScopeKeys, scopeKeys, type ScopeRelation, scopeRelation } from "./scope";
import type { Measure } from "./vocabulary";
import { pairWords } from "./pair-wording";

export const verdicts = ["conflict", "differs", "agrees", "echo"] as const;
/**
 * conflict: no reason explains the gap. differs: a named reason does (or the pair cannot be
 * compared). agrees: independent origins allow the same number. echo: one origin, repeated.
 */
export type Verdict = (typeof verdicts)[number];

/** In the order a sentence names them: the main reason first, echo last. */
export const differenceReasons = ["unit", "measure", "modality", "scope", "period", "update", "qualifier", "echo"] as const;
export type DifferenceReason = (typeof differenceReasons)[number];

export type FigurePairExplanation = {
  /** Figure ids. */
  a: string;
  b: string;
  verdict: Verdict;
  /** Main reason first (see differenceReasons); [] for a conflict or a pair where a figure has no number. */
  reasons: DifferenceReason[];
  /** A count that only grows, lower at the later date: shown with the update, never a conflict. */
  revisedDown: boolean;
  /** One plain-English sentence naming both figures and the reason. */
  sentence: string;
};

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

function traitsOf(figure: Figure): Traits {
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
const reasonBit = (reason: DifferenceReason) => 1 << differenceReasons.indexOf(reason);
const [unitBit, measureBit, modalityBit, scopeBit, periodBit, updateBit, qualifierBit, echoBit] = differenceReasons.map(reasonBit) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const reasonBits = 0xff;
const revisedDownBit = 1 << 8;
const verdictShift = 9;
const verdictCode = (verdict: Verdict) => verdicts.indexOf(verdict) << verdictShift;
const [conflictCode, differsCode, agreesCode, echoCode] = verdicts.map(verdictCode) as [number, number, number, number];

/** Whether every number `a` allows is above every number `b` allows. */
function wholeyAbove(a: FigureInterval, b: FigureInterval, overlap: boolean): boolean {
  return !overlap && a.low >= b.high;
}

/** 1 when a's count is part of b's (by measure, area or both), -1 when b's is part of a's, 0 when neither holds the other. */
function containment(measure: MeasureRelation, scope: ScopeRelation): number {
  const aInB = (measure === "same" || measure === "part") && (scope === "same" || scope === "part");
  const bInA = (measure === "same" || measure === "whole") && (scope === "same" || scope === "whole");
  return aInB ? 1 : bInA ? -1 : 0;
}

function judgeCode(a: Traits, b: Traits): number {
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

const verdictOfCode = (code: number): Verdict => verdicts[code >> verdictShift]!;
const reasonsOfCode = (code: number) => differenceReasons.filter((reason) => (code & reasonBit(reason)) !== 0);

/** A pair's verdict and reasons, without the sentence (which costs more than the judging). */
export type Judgement = { verdict: Verdict; reasons: DifferenceReason[]; revisedDown: boolean; shared: FigureInterval | null };

function judgementOf(a: Traits, b: Traits, code: number): Judgement {
  const shared = a.interval !== null && b.interval !== null && !(code & unitBit) ? intervalIntersection(a.interval, b.interval) : null;
  return { verdict: verdictOfCode(code), reasons: reasonsOfCode(code), revisedDown: (code & revisedDownBit) !== 0, shared };
}

function explained(a: Traits, b: Traits, judgement: Judgement = judgementOf(a, b, judgeCode(a, b))): FigurePairExplanation {
  const { verdict, reasons, revisedDown } = judgement;
  return { a: a.figure.id, b: b.figure.id, verdict, reasons, revisedDown, sentence: pairWords(a, b, judgement) };
}

/** Why figures a and b differ, or that they conflict, agree or echo one origin. */
export function explainPair(a: Figure, b: Figure): FigurePairExplanation {
  return explained(traitsOf(a), traitsOf(b));
}

const verdictOrder: Record<Verdict, number> = { conflict: 0, differs: 1, agrees: 2, echo: 3 };

/**
 * Every pair of figures, each once (a before b in the order given): conflicts first, then
 * differences, then agreements, then echoes; within each, in the order of the figures given.
 */
export function explainAll(figures: readonly Figure[]): FigurePairExplanation[] {
  const traits = figures.map(traitsOf);
  const pairs: FigurePairExplanation[] = [];
  traits.forEach((a, index) => {
    for (const b of traits.slice(index + 1)) pairs.push(explained(a, b));
  });
  // Array.prototype.sort is stable, so pairs keep their order within a verdict.
  return pairs.sort((p, q) => verdictOrder[p.verdict] - verdictOrder[q.verdict]);
}

/**
 * What the pairs say about one figure: whether it conflicts with any, every reason it differs,
 * whether it repeats another's origin (an echo), and whether a later figure revised it down.
 */
export type FigureStanding = { conflicts: boolean; reasons: Set<DifferenceReason>; echoed: boolean; revisedDown: boolean };

export type FigureComparison = {
  /** How many pairs got each verdict. */
  counts: Record<Verdict, number>;
  /** The first `listed` pairs of each verdict, in explainAll's order, with their sentences. */
  listed: Record<Verdict, FigurePairExplanation[]>;
  /** By figure id. */
  standings: Map<string, FigureStanding>;
};

const conflictFlag = 1 << 9;
const echoedFlag = 1 << 10;

/**
 * Every pair judged, but only the first `listed` of each verdict put in words: a topic of 600
 * figures has 180,000 pairs, which no one reads and which would take seconds to phrase. Counts
 * and each figure's standing cover every pair.
 */
export function compareFigures(figures: readonly Figure[], listed: number): FigureComparison {
  const traits = figures.map(traitsOf);
  const counts: Record<Verdict, number> = { conflict: 0, differs: 0, agrees: 0, echo: 0 };
  const lists: Record<Verdict, FigurePairExplanation[]> = { conflict: [], differs: [], agrees: [], echo: [] };
  // Per figure: its reasons (bits 0–7), revised down (8), in a conflict (9), in an echo (10).
  const flags = new Uint16Array(traits.length);
  traits.forEach((a, index) => {
    for (let other = index + 1; other < traits.length; other += 1) {
      const b = traits[other]!;
      const code = judgeCode(a, b);
      const verdict = verdictOfCode(code);
      counts[verdict] += 1;
      if (lists[verdict].length < listed) lists[verdict].push(explained(a, b, judgementOf(a, b, code)));
      const shared = (code & reasonBits) | (verdict === "conflict" ? conflictFlag : 0) | (verdict === "echo" ? echoedFlag : 0);
      flags[index]! |= shared;
      flags[other]! |= shared;
      // The earlier of a pair revised down is the one the later figure revised.
      if (code & revisedDownBit) flags[(a.asOfDay ?? 0) < (b.asOfDay ?? 0) ? index : other]! |= revisedDownBit;
    }
  });
  const standings = new Map<string, FigureStanding>(
    figures.map((figure, index) => {
      const own = flags[index]!;
      return [
        figure.id,
        {
          conflicts: (own & conflictFlag) !== 0,
          reasons: new Set(reasonsOfCode(own)),
          echoed: (own & echoedFlag) !== 0,
          revisedDown: (own & revisedDownBit) !== 0,
        },
      ];
    }),
  );
  return { counts, listed: lists, standings };
}
