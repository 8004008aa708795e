// The heart of the product: why two figures differ. 12,000 planned and 1,500 arrived are not
// a contradiction; they count different things. Two figures conflict only when nothing else
// explains the gap: same modality, overlapping periods, and no number both allow.
// See DESIGN.md "How figures are compared" and docs/decisions/0004-figure-intervals.md.
import { pointValue, unitKey, type Figure } from "./figure";
import { figureInterval, type FigureInterval, intervalIntersection, intervalsOverlap } from "./interval";
import { originKey, originatorOf } from "./origins";
import { figurePeriod, type FigurePeriod, periodsOverlap } from "./period";
import {
  agreementClause,
  conflictClause,
  echoClause,
  modalityClause,
  noNumberSentence,
  pairSentence,
  periodClause,
  qualifierClause,
  unitSentence,
  type DifferenceClause,
} from "./wording";

export const verdicts = ["conflict", "differs", "agrees", "echo"] as const;
/**
 * conflict: no reason explains the gap. differs: a named reason does (or the pair cannot be
 * compared). agrees: independent origins allow the same number. echo: one origin, repeated.
 */
export type Verdict = (typeof verdicts)[number];

export const differenceReasons = ["modality", "period", "qualifier", "echo", "unit"] as const;
export type DifferenceReason = (typeof differenceReasons)[number];

export type FigurePairExplanation = {
  /** Figure ids. */
  a: string;
  b: string;
  verdict: Verdict;
  /**
   * Main reason first: modality, period, qualifier, then echo when both share an originator.
   * ["unit"] alone for figures in different units; [] for a pair where a figure has no number.
   */
  reasons: DifferenceReason[];
  /** One plain-English sentence naming both figures, their modalities and sources. */
  sentence: string;
};

/** What a pair's verdict depends on, worked out once per figure rather than once per pair. */
type Traits = {
  figure: Figure;
  unit: string | null;
  interval: FigureInterval | null;
  period: FigurePeriod | null;
  point: number | null;
  origin: string;
};

function traitsOf(figure: Figure): Traits {
  return {
    figure,
    unit: unitKey(figure.unit),
    interval: figureInterval(figure),
    period: figurePeriod(figure),
    point: pointValue(figure),
    origin: originKey(figure),
  };
}

/** A pair's verdict and reasons, without the sentence (which costs more than the judging). */
type Judgement = { verdict: Verdict; reasons: DifferenceReason[]; shared: FigureInterval | null };

// A verdict and its reasons packed in one number: a topic of 600 figures has 180,000 pairs,
// and judging them without allocating keeps the page's time in the judging, not the garbage
// collector. Bits 0–4 are the reasons (in differenceReasons' order), the rest the verdict.
const reasonBit = (reason: DifferenceReason) => 1 << differenceReasons.indexOf(reason);
const modalityBit = reasonBit("modality");
const periodBit = reasonBit("period");
const qualifierBit = reasonBit("qualifier");
const echoBit = reasonBit("echo");
const unitBit = reasonBit("unit");
const reasonBits = 0b11111;
const verdictShift = 5;
const verdictCode = (verdict: Verdict) => verdicts.indexOf(verdict) << verdictShift;
const [conflictCode, differsCode, agreesCode, echoCode] = verdicts.map(verdictCode) as [number, number, number, number];

function judgeCode(a: Traits, b: Traits): number {
  if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return differsCode | unitBit;
  if (a.interval === null || b.interval === null) return differsCode;
  let reasons = 0;
  // An unknown modality could be any: it never explains a gap away, so it compares as equal.
  const { modality: ma } = a.figure;
  const { modality: mb } = b.figure;
  if (ma !== mb && ma !== "unknown" && mb !== "unknown") reasons |= modalityBit;
  if (a.period !== null && b.period !== null && !periodsOverlap(a.period, b.period)) reasons |= periodBit;
  const overlap = intervalsOverlap(a.interval, b.interval);
  // Different numbers that both fit: only the qualifiers ("up to", "about") reconcile them.
  if (overlap && a.point !== b.point) reasons |= qualifierBit;
  const explained = reasons !== 0;
  const sameOrigin = a.origin === b.origin;
  if (sameOrigin) reasons |= echoBit;
  if (explained) return differsCode | reasons;
  if (!overlap) return conflictCode | reasons;
  return (sameOrigin ? echoCode : agreesCode) | reasons;
}

const verdictOfCode = (code: number): Verdict => verdicts[code >> verdictShift]!;

function judgementOf(a: Traits, b: Traits, code: number): Judgement {
  const reasons = differenceReasons.filter((reason) => (code & reasonBit(reason)) !== 0);
  const shared = a.interval !== null && b.interval !== null && !(code & unitBit) ? intervalIntersection(a.interval, b.interval) : null;
  return { verdict: verdictOfCode(code), reasons, shared };
}

function judge(a: Traits, b: Traits): Judgement {
  return judgementOf(a, b, judgeCode(a, b));
}

/** The judgement in one plain-English sentence: the main reason, then the others. */
function sentenceFor(a: Traits, b: Traits, { verdict, reasons, shared }: Judgement): string {
  const [x, y] = [a.figure, b.figure];
  if (reasons[0] === "unit") return unitSentence(x, y, a.unit!, b.unit!);
  if (a.interval === null || b.interval === null) return noNumberSentence(x, y, a.interval !== null, b.interval !== null);
  const clauses = reasons.flatMap((reason): DifferenceClause[] => {
    if (reason === "modality") return [modalityClause(x.modality, y.modality)];
    if (reason === "period") return [periodClause(a.period!, b.period!)];
    if (reason === "qualifier") return [qualifierClause(shared!)];
    return [];
  });
  const echo = echoClause(originatorOf(x)?.sourceName ?? null);
  const further = clauses.slice(1).map((clause) => clause.also);
  if (reasons.includes("echo")) further.push(echo.also);
  const [main] = clauses;
  if (main !== undefined) return pairSentence(x, y, main.main, further);
  if (verdict === "conflict") return pairSentence(x, y, conflictClause(a.interval, b.interval), further);
  return pairSentence(x, y, verdict === "echo" ? echo.main : agreementClause);
}

function explained(a: Traits, b: Traits, judgement: Judgement = judge(a, b)): FigurePairExplanation {
  return { a: a.figure.id, b: b.figure.id, verdict: judgement.verdict, reasons: judgement.reasons, sentence: sentenceFor(a, b, judgement) };
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

/** What the pairs say about one figure: whether it conflicts with any, and every reason it differs. */
export type FigureStanding = { conflicts: boolean; reasons: Set<DifferenceReason> };

export type FigureComparison = {
  /** How many pairs got each verdict. */
  counts: Record<Verdict, number>;
  /** The first `listed` pairs of each verdict, in explainAll's order, with their sentences. */
  listed: Record<Verdict, FigurePairExplanation[]>;
  /** By figure id. */
  standings: Map<string, FigureStanding>;
};

/**
 * Every pair judged, but only the first `listed` of each verdict put in words: a topic of 600
 * figures has 180,000 pairs, which no one reads and which would take seconds to phrase. Counts
 * and each figure's standing cover every pair.
 */
export function compareFigures(figures: readonly Figure[], listed: number): FigureComparison {
  const traits = figures.map(traitsOf);
  const counts: Record<Verdict, number> = { conflict: 0, differs: 0, agrees: 0, echo: 0 };
  const lists: Record<Verdict, FigurePairExplanation[]> = { conflict: [], differs: [], agrees: [], echo: [] };
  const conflicting = new Uint8Array(traits.length);
  const reasonsOf = new Uint8Array(traits.length);
  traits.forEach((a, index) => {
    for (let other = index + 1; other < traits.length; other += 1) {
      const b = traits[other]!;
      const code = judgeCode(a, b);
      const verdict = verdictOfCode(code);
      counts[verdict] += 1;
      if (lists[verdict].length < listed) lists[verdict].push(explained(a, b, judgementOf(a, b, code)));
      if (verdict === "conflict") conflicting[index] = conflicting[other] = 1;
      reasonsOf[index]! |= code & reasonBits;
      reasonsOf[other]! |= code & reasonBits;
    }
  });
  const standings = new Map<string, FigureStanding>(
    figures.map((figure, index) => [
      figure.id,
      { conflicts: conflicting[index] === 1, reasons: new Set(differenceReasons.filter((reason) => (reasonsOf[index]! & reasonBit(reason)) !== 0)) },
    ]),
  );
  return { counts, listed: lists, standings };
}
