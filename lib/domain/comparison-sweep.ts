// Every pair's verdict counted without judging every pair (issue 14: a topic of 4,210 figures
// spent 46% of its page's CPU judging 8.86M pairs). Figures fall into kinds: the same unit,
// measure, area, modality, and whether they give a number, count what only grows and are dated.
// All pairs of two kinds share the facts judgeCode reads from those (kindFacts); what is left
// depends on a pair's days (before, same time, after), its numbers (partner wholly below,
// wholly above, overlapping higher, equal or lower point) and whether one origin is behind both.
// Sorted counts (partner-counts.ts) give each figure how many partners fall in each of those
// 30 cells, and decideCode names the verdict of each cell once. Work: n log n per pair of kinds
// that holds many pairs; small pairs of kinds are judged pair by pair, which is cheaper there.
// See docs/decisions/0022-comparison-by-counting.md.
import { isEmptyInterval } from "./interval";
import { decideCode, type KindFacts, kindFacts } from "./pair-decision";
import { judgeCode, reasonBits, revisedDownBit, type Traits, verdictShift } from "./pair-judge";
import { cellsOf, cellsPerFigure, type Member, valueCells } from "./partner-cells";

export type ComparisonCounts = {
  /** How many pairs got each code (verdict, reasons and revision bits of pair-judge.ts). */
  codes: Map<number, number>;
  /** Per figure: its pairs' reasons (bits 0–7), revised down by a later figure (8), each verdict it takes part in (takesPartBit). */
  flags: Uint16Array;
};

/** The flag saying a figure is in at least one pair of the verdict with this index. */
export const takesPartBit = (verdictIndex: number) => 1 << (9 + verdictIndex);

export type SweepOptions = {
  /** Pairs of kinds holding at most this many pairs are judged pair by pair (0: count every pair of kinds). */
  pairwiseUpTo?: number;
};

type TimeMode = "period" | "asOf" | "none";

function timeMode(facts: KindFacts): TimeMode {
  if (facts.unitsDiffer) return "period";
  if (!facts.numbers) return "none";
  if (facts.byAsOf) return "asOf";
  return facts.bothCumulative ? "none" : "period";
}

function kindKey(t: Traits): string {
  const { unit, measure, scope, interval, cumulative, asOfDay } = t;
  return JSON.stringify([unit, measure, scope?.name ?? null, scope?.within ?? null, t.figure.modality, interval === null, cumulative, asOfDay === null]);
}

/** Interval ends as integers: low p and high q get keys with p.low <= q.high exactly when p starts before q ends. */
function intervalKeys(traits: readonly Traits[]): (t: Traits) => { low: number; high: number } {
  const ends = [...new Set(traits.flatMap((t) => (t.interval ? [t.interval.low, t.interval.high] : [])))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const rank = new Map(ends.map((end, index) => [end, 3 * index + 1]));
  return (t) =>
    t.interval
      ? { low: rank.get(t.interval.low)! + (t.interval.lowOpen ? 1 : 0), high: rank.get(t.interval.high)! - (t.interval.highOpen ? 1 : 0) }
      : { low: 0, high: 0 };
}

function memberOf(t: Traits, index: number, mode: TimeMode, keys: { low: number; high: number }): Member {
  const asOf = mode === "asOf";
  const first = asOf ? t.asOfDay! : (t.period?.firstDay ?? -Infinity);
  const last = asOf ? t.asOfDay! : (t.period?.lastDay ?? Infinity);
  return { index, first, last, low: keys.low, high: keys.high, point: t.point ?? 0, origin: t.origin };
}

/** The code of each cell: [same origin][time][value], from the facts of the pair of kinds. */
function cellCodes(facts: KindFacts, mode: TimeMode): Int32Array {
  const codes = new Int32Array(2 * cellsPerFigure);
  for (let sameOrigin = 0; sameOrigin < 2; sameOrigin += 1) {
    for (let time = 0; time < 3; time += 1) {
      for (let value = 0; value < valueCells; value += 1) {
        const later = mode === "asOf" ? time - 1 : 0;
        codes[sameOrigin * cellsPerFigure + time * valueCells + value] = decideCode(facts, {
          sameTime: time === 1,
          later,
          overlap: value >= 2,
          aAbove: value === 0,
          bAbove: value === 1,
          pointOrder: value === 2 ? 1 : value === 4 ? -1 : 0,
          sameOrigin: sameOrigin === 1,
        });
      }
    }
  }
  return codes;
}

function byOrigin(members: readonly Member[]): Map<string, Member[]> {
  const groups = new Map<string, Member[]>();
  for (const member of members) groups.set(member.origin, [...(groups.get(member.origin) ?? []), member]);
  return groups;
}

/** Counts and standings of every pair, as judging each pair (compareFiguresPairwise) would give them. */
export function countComparison(traits: readonly Traits[], { pairwiseUpTo = 4096 }: SweepOptions = {}): ComparisonCounts {
  const codes = new Map<number, number>();
  const flags = new Uint16Array(traits.length);
  const note = (figure: number, code: number, count: number, earlier: boolean) => {
    flags[figure]! |= (code & reasonBits) | takesPartBit(code >> verdictShift) | (earlier && code & revisedDownBit ? revisedDownBit : 0);
    if (count) codes.set(code, (codes.get(code) ?? 0) + count);
  };
  const judge = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const code = judgeCode(traits[a]!, traits[b]!);
    const aEarlier = (traits[a]!.asOfDay ?? 0) < (traits[b]!.asOfDay ?? 0);
    note(a, code, 1, aEarlier);
    note(b, code, 0, !aEarlier);
  };
  // A figure allowing no number at all ("up to 0") breaks the rule that two figures either
  // overlap or one lies wholly above the other; such figures are rare and judged pair by pair.
  const odd: number[] = [];
  const kinds = new Map<string, number[]>();
  traits.forEach((t, index) => {
    if (t.interval !== null && isEmptyInterval(t.interval)) odd.push(index);
    else kinds.set(kindKey(t), [...(kinds.get(kindKey(t)) ?? []), index]);
  });
  const oddSet = new Set(odd);
  for (const i of odd) {
    for (let j = 0; j < traits.length; j += 1) if (j !== i && (!oddSet.has(j) || j > i)) judge(i, j);
  }
  const keysOf = intervalKeys(traits);
  const groups = [...kinds.values()];
  groups.forEach((a, p) => {
    for (const b of groups.slice(p)) {
      const self = a === b;
      const pairs = self ? (a.length * (a.length - 1)) / 2 : a.length * b.length;
      if (pairs <= pairwiseUpTo) {
        a.forEach((i, position) => {
          for (const j of self ? a.slice(position + 1) : b) judge(i, j);
        });
        continue;
      }
      tally(a, b, self);
      if (!self) tally(b, a, false, false);
    }
  });
  // Each pair within one kind was counted from both of its figures.
  function tally(figureIndexes: number[], partnerIndexes: number[], self: boolean, counting = true) {
    const facts = kindFacts(traits[figureIndexes[0]!]!, traits[partnerIndexes[0]!]!);
    const mode = timeMode(facts);
    const figures = figureIndexes.map((index) => memberOf(traits[index]!, index, mode, keysOf(traits[index]!)));
    const partners = self ? figures : partnerIndexes.map((index) => memberOf(traits[index]!, index, mode, keysOf(traits[index]!)));
    const shape = { timed: mode !== "none", valued: facts.numbers && !facts.unitsDiffer, self };
    const all = cellsOf(figures, partners, shape);
    const same = new Int32Array(all.length);
    const partnersByOrigin = self ? null : byOrigin(partners);
    const positionOf = new Map(figures.map((member, position) => [member, position]));
    for (const [origin, members] of byOrigin(figures)) {
      const others = partnersByOrigin ? partnersByOrigin.get(origin) : members;
      if (!others) continue;
      const counted = cellsOf(members, others, shape);
      members.forEach((member, position) => {
        const at = positionOf.get(member)!;
        same.set(counted.subarray(position * cellsPerFigure, (position + 1) * cellsPerFigure), at * cellsPerFigure);
      });
    }
    const codesOfCells = cellCodes(facts, mode);
    const weight = counting ? (self ? 0.5 : 1) : 0;
    figures.forEach((member, position) => {
      for (let cell = 0; cell < cellsPerFigure; cell += 1) {
        const sameCount = same[position * cellsPerFigure + cell]!;
        const otherCount = all[position * cellsPerFigure + cell]! - sameCount;
        // The partner is later (time cell 2) when this figure is the one a revision went below.
        const earlier = mode === "asOf" && cell >= 2 * valueCells;
        if (otherCount > 0) note(member.index, codesOfCells[cell]!, otherCount * weight, earlier);
        if (sameCount > 0) note(member.index, codesOfCells[cellsPerFigure + cell]!, sameCount * weight, earlier);
      }
    });
  }
  return { codes, flags };
}
