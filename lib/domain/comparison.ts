// The heart of the product: why two figures differ. 12,000 planned and 1,500 arrived are not
// a contradiction; they count different things. Two figures conflict only when nothing else
// explains the gap: same modality, overlapping periods, and no number both allow.
// See DESIGN.md "How figures are compared" and docs/decisions/0004-figure-intervals.md.
import { pointValue, unitKey, type Figure } from "./figure";
import { figureInterval, intervalIntersection } from "./interval";
import { originKey, originatorOf } from "./origins";
import { figurePeriod, periodsOverlap } from "./period";
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

type Difference = DifferenceClause & { reason: DifferenceReason };

/** Why figures a and b differ, or that they conflict, agree or echo one origin. */
export function explainPair(a: Figure, b: Figure): FigurePairExplanation {
  const ids = { a: a.id, b: b.id };
  const unitA = unitKey(a.unit);
  const unitB = unitKey(b.unit);
  if (unitA !== null && unitB !== null && unitA !== unitB) {
    return { ...ids, verdict: "differs", reasons: ["unit"], sentence: unitSentence(a, b, unitA, unitB) };
  }
  const intervalA = figureInterval(a);
  const intervalB = figureInterval(b);
  if (intervalA === null || intervalB === null) {
    return { ...ids, verdict: "differs", reasons: [], sentence: noNumberSentence(a, b, intervalA !== null, intervalB !== null) };
  }

  const differences: Difference[] = [];
  // An unknown modality could be any: it never explains a gap away, so it compares as equal.
  const sameKind = a.modality === b.modality || a.modality === "unknown" || b.modality === "unknown";
  if (!sameKind) differences.push({ reason: "modality", ...modalityClause(a.modality, b.modality) });
  const periodA = figurePeriod(a);
  const periodB = figurePeriod(b);
  if (periodA !== null && periodB !== null && !periodsOverlap(periodA, periodB)) {
    differences.push({ reason: "period", ...periodClause(periodA, periodB) });
  }
  const shared = intervalIntersection(intervalA, intervalB);
  // Different numbers that both fit: only the qualifiers ("up to", "about") reconcile them.
  if (shared !== null && pointValue(a) !== pointValue(b)) {
    differences.push({ reason: "qualifier", ...qualifierClause(shared) });
  }

  const reasons = differences.map((difference) => difference.reason);
  const further = differences.slice(1).map((difference) => difference.also);
  const sameOrigin = originKey(a) === originKey(b);
  const echo = echoClause(originatorOf(a)?.sourceName ?? null);
  if (sameOrigin) {
    reasons.push("echo");
    further.push(echo.also);
  }

  const [main] = differences;
  if (main !== undefined) return { ...ids, verdict: "differs", reasons, sentence: pairSentence(a, b, main.main, further) };
  if (shared === null) {
    return { ...ids, verdict: "conflict", reasons, sentence: pairSentence(a, b, conflictClause(intervalA, intervalB), further) };
  }
  if (sameOrigin) return { ...ids, verdict: "echo", reasons, sentence: pairSentence(a, b, echo.main) };
  return { ...ids, verdict: "agrees", reasons, sentence: pairSentence(a, b, agreementClause) };
}

const verdictOrder: Record<Verdict, number> = { conflict: 0, differs: 1, agrees: 2, echo: 3 };

/**
 * Every pair of figures, each once (a before b in the order given): conflicts first, then
 * differences, then agreements, then echoes; within each, in the order of the figures given.
 */
export function explainAll(figures: readonly Figure[]): FigurePairExplanation[] {
  const pairs: FigurePairExplanation[] = [];
  figures.forEach((a, index) => {
    figures.forEach((b, other) => {
      if (other > index) pairs.push(explainPair(a, b));
    });
  });
  // Array.prototype.sort is stable, so pairs keep their order within a verdict.
  return pairs.sort((p, q) => verdictOrder[p.verdict] - verdictOrder[q.verdict]);
}
