// The heart of the product: why two figures differ. 12,000 planned and 1,500 arrived are not
// a contradiction; they count different things. Two figures conflict only when nothing else
// explains the gap: the same measure (or a part above its whole), the same area (or a part
// above its whole), the same time, the same modality, and no number both allow.
// See docs/decisions/0004-figure-intervals.md and 0015-comparison-rule.md; a topic's pairs are
// counted, not judged one by one (comparison-sweep.ts, 0022-comparison-by-counting.md).
import { type ComparisonCounts, countComparison, type SweepOptions, takesPartBit } from "./comparison-sweep";
import type { Figure } from "./figure";
import { type FigureInterval, intervalIntersection } from "./interval";
import { pairWords } from "./pair-wording";
import {
  type DifferenceReason,
  differenceReasons,
  judgeCode,
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

export function judgementOf(a: Traits, b: Traits, code: number): Judgement {
  const shared = a.interval !== null && b.interval !== null && !(code & unitBit) ? intervalIntersection(a.interval, b.interval) : null;
  return { verdict: verdictOfCode(code), reasons: reasonsOfCode(code), revisedDown: (code & revisedDownBit) !== 0, shared };
}

export function explained(a: Traits, b: Traits, judgement: Judgement = judgementOf(a, b, judgeCode(a, b))): FigurePairExplanation {
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
  /** How many pairs name each reason (a pair may name several). */
  reasonCounts: Record<DifferenceReason, number>;
  /** The first `listed` pairs of each verdict, in explainAll's order, with their sentences. */
  listed: Record<Verdict, FigurePairExplanation[]>;
  /** By figure id. */
  standings: Map<string, FigureStanding>;
  /**
   * The topic's first conflict, when `listed` holds only the pairs of some figures (`shown`):
   * the summary names it whichever figures a page shows.
   */
  firstConflict?: FigurePairExplanation;
};

/**
 * The pairs of one verdict in explainAll's order (a before b in the order given), after the
 * pair at positions `after` when given. Only figures whose standing shows the verdict
 * (`flags`, from countComparison) are paired, so a rare verdict costs its figures' rows, not
 * every pair.
 */
export function* pairsOfVerdict(
  traits: readonly Traits[],
  flags: Uint16Array,
  verdict: Verdict,
  after: { a: number; b: number } | null = null,
  involving: readonly number[] | null = null,
): Generator<{ a: number; b: number; code: number }> {
  const bit = takesPartBit(verdicts.indexOf(verdict));
  // With `involving` (positions, ascending), a pair is given only when a figure of it is among
  // them: a row outside them is walked over those positions only, not over every figure.
  const among = involving ? new Set(involving) : null;
  for (let a = after?.a ?? 0; a < traits.length; a += 1) {
    if (!(flags[a]! & bit)) continue;
    const from = a === after?.a ? after.b + 1 : a + 1;
    const partners = !involving || among!.has(a) ? null : involving.slice(firstAtLeast(involving, from));
    const count = partners ? partners.length : traits.length - from;
    for (let k = 0; k < count; k += 1) {
      const b = partners ? partners[k]! : from + k;
      if (!(flags[b]! & bit)) continue;
      const code = judgeCode(traits[a]!, traits[b]!);
      if (verdictOfCode(code) === verdict) yield { a, b, code };
    }
  }
}

/** The index of the first value at least `value` in ascending `values` (their length if none). */
function firstAtLeast(values: readonly number[], value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first `limit` of a generator's values. */
export function firstOf<T>(values: Iterable<T>, limit: number): T[] {
  const taken: T[] = [];
  if (limit <= 0) return taken;
  for (const value of values) {
    taken.push(value);
    if (taken.length >= limit) break;
  }
  return taken;
}

/**
 * Every pair counted, but only the first `listed` of each verdict judged one by one and put in
 * words: a topic of 5,000 figures has 12.5M pairs, which no one reads. Counts, reason counts
 * and each figure's standing cover every pair (countComparison, n log n; ADR 0022). With
 * `shown` (figure ids), only pairs with one of those figures are put in words (a page of the
 * topic's table); everything counted still covers every figure.
 */
export function compareFigures(figures: readonly Figure[], listed: number, options?: SweepOptions & { shown?: ReadonlySet<string> }): FigureComparison {
  const traits = figures.map(traitsOf);
  return comparisonOf(figures, traits, countComparison(traits, options), listed, options?.shown);
}

/** compareFigures from counts already made (countComparison over `traits`, the figures' traits in order). */
export function comparisonOf(
  figures: readonly Figure[],
  traits: readonly Traits[],
  { codes, flags }: ComparisonCounts,
  listed: number,
  shown?: ReadonlySet<string>,
): FigureComparison {
  const counts: Record<Verdict, number> = { conflict: 0, differs: 0, agrees: 0, echo: 0 };
  const reasonCounts = Object.fromEntries(differenceReasons.map((reason) => [reason, 0])) as Record<DifferenceReason, number>;
  for (const [code, count] of codes) {
    counts[verdictOfCode(code)] += count;
    for (const reason of reasonsOfCode(code)) reasonCounts[reason] += count;
  }
  const involving = shown ? figures.flatMap((figure, index) => (shown.has(figure.id) ? [index] : [])) : null;
  const worded = ({ a, b, code }: { a: number; b: number; code: number }) => explained(traits[a]!, traits[b]!, judgementOf(traits[a]!, traits[b]!, code));
  const lists = Object.fromEntries(
    verdicts.map((verdict) => [verdict, firstOf(pairsOfVerdict(traits, flags, verdict, null, involving), listed).map(worded)]),
  ) as Record<Verdict, FigurePairExplanation[]>;
  const standings = new Map<string, FigureStanding>(
    figures.map((figure, index) => {
      const own = flags[index]!;
      return [
        figure.id,
        {
          conflicts: (own & takesPartBit(0)) !== 0,
          reasons: new Set(reasonsOfCode(own)),
          echoed: (own & takesPartBit(verdicts.indexOf("echo"))) !== 0,
          revisedDown: (own & revisedDownBit) !== 0,
        },
      ];
    }),
  );
  const comparison: FigureComparison = { counts, reasonCounts, listed: lists, standings };
  if (involving && counts.conflict > 0) {
    const [first] = firstOf(pairsOfVerdict(traits, flags, "conflict"), 1);
    if (first) comparison.firstConflict = worded(first);
  }
  return comparison;
}

/** Where a page of pairs ends: the verdict and the figures' positions of its last pair. */
export type PairPosition = { verdict: Verdict; a: number; b: number };

/**
 * Up to `size` pairs in explainAll's order (only those of `verdict` when given), after the
 * pair at `after`; `next` is the last pair given when more follow. Costs the pairs given plus
 * the rows skipped to find them (pairsOfVerdict), never every pair.
 */
export function pairPage(
  traits: readonly Traits[],
  flags: Uint16Array,
  { verdict, after, size }: { verdict?: Verdict; after?: PairPosition | null; size: number },
): { pairs: { a: number; b: number; code: number }[]; next: PairPosition | null } {
  const asked = verdict ? [verdict] : verdicts.filter((one) => !after || verdicts.indexOf(one) >= verdicts.indexOf(after.verdict));
  const pairs: { a: number; b: number; code: number; verdict: Verdict }[] = [];
  for (const one of asked) {
    const from = after?.verdict === one ? after : null;
    for (const pair of firstOf(pairsOfVerdict(traits, flags, one, from), size + 1 - pairs.length)) pairs.push({ ...pair, verdict: one });
    if (pairs.length > size) break;
  }
  const last = pairs.length > size ? pairs[size - 1]! : null;
  return { pairs: pairs.slice(0, size), next: last && { verdict: last.verdict, a: last.a, b: last.b } };
}
