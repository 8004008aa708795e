// The heart of the product: why two figures differ. 12,000 planned and 1,500 arrived are not
// a contradiction; they count different things. Two figures conflict only when nothing else
// explains the gap: the same measure (or a part above its whole), the same area (or a part
// above its whole), the same time, the same modality, and no number both allow.
// See docs/decisions/0004-figure-intervals.md and 0015-comparison-rule.md.
import type { Figure } from "./figure";
import { type FigureInterval, intervalIntersection } from "./interval";
import { pairWords } from "./pair-wording";
import {
  type DifferenceReason,
  differenceReasons,
  judgeCode,
  reasonBits,
  reasonsOfCode,
  revisedDownBit,
  type Traits,
  traitsOf,
  unitBit,
  type Verdict,
  verdictOfCode,
  verdicts,
} from "./pair-judge";

export { differenceReasons, type DifferenceReason, type Traits, type Verdict, verdicts };

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
