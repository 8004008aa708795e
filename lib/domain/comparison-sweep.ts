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
import { cellsByOrigin, cellsPerFigure, equalPointCell, type Member, pushTo, valueCells } from "./partner-cells";
import { scopeRelation } from "./scope";

export type ComparisonCounts = {
  /** How many pairs got each code (verdict, reasons and revision bits of pair-judge.ts). */
  codes: Map<number, number>;
  /** Per figure: its pairs' reasons (bits 0–7), revised down by a later figure (8), each verdict it takes part in (takesPartBit). */
  flags: Uint16Array;
};

/** The flag saying a figure is in at least one pair of the verdict with this index. */
export const takesPartBit = (verdictIndex: number) => 1 << (9 + verdictIndex);

export type SweepOptions = {
  /** Topics of at most this many pairs are judged pair by pair, which is quicker there (0: always count). */
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

/** Counts and standings of every pair, as judging each pair (compareFiguresPairwise) would give them. */
export function countComparison(traits: readonly Traits[], { pairwiseUpTo = 2048 }: SweepOptions = {}): ComparisonCounts {
  // Codes are below 2^11 (pair-judge.ts): counting in an array beats a map on a hot path.
  const codeCounts = new Float64Array(1 << 12);
  const flags = new Uint16Array(traits.length);
  const note = (figure: number, code: number, count: number, earlier: boolean) => {
    flags[figure]! |= (code & reasonBits) | takesPartBit(code >> verdictShift) | (earlier && code & revisedDownBit ? revisedDownBit : 0);
    codeCounts[code]! += count;
  };
  const judge = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const code = judgeCode(traits[a]!, traits[b]!);
    const aEarlier = (traits[a]!.asOfDay ?? 0) < (traits[b]!.asOfDay ?? 0);
    note(a, code, 1, aEarlier);
    note(b, code, 0, !aEarlier);
  };
  if ((traits.length * (traits.length - 1)) / 2 <= pairwiseUpTo) {
    for (let i = 0; i < traits.length; i += 1) for (let j = i + 1; j < traits.length; j += 1) judge(i, j);
    return { codes: countsByCode(codeCounts), flags };
  }
  // A figure allowing no number at all ("up to 0") breaks the rule that two figures either
  // overlap or one lies wholly above the other; such figures are rare and judged pair by pair.
  const odd: number[] = [];
  const kinds = new Map<string, number[]>();
  traits.forEach((t, index) => {
    if (t.interval !== null && isEmptyInterval(t.interval)) odd.push(index);
    else pushTo(kinds, kindKey(t), index);
  });
  const oddSet = new Set(odd);
  for (const i of odd) {
    for (let j = 0; j < traits.length; j += 1) if (j !== i && (!oddSet.has(j) || j > i)) judge(i, j);
  }
  const keysOf = intervalKeys(traits);
  const memberCache: Record<TimeMode, (Member | undefined)[]> = { period: [], asOf: [], none: [] };
  const membersOf = (indexes: readonly number[], mode: TimeMode) =>
    indexes.map((index) => (memberCache[mode][index] ??= memberOf(traits[index]!, index, mode, keysOf(traits[index]!))));
  // Every pair is seen from both of its figures, so each sighting counts half.
  /** Notes each figure's cells; `rows` says where in `cells` each figure's row is (default: in order). */
  const noteCells = (
    figures: readonly Member[],
    cells: { all: Int32Array; same: Int32Array },
    codesOfCells: Int32Array,
    mode: TimeMode,
    rows: readonly number[] | null = null,
    subtract?: Int32Array,
  ) => {
    figures.forEach((member, position) => {
      const row = (rows ? rows[position]! : position) * cellsPerFigure;
      for (let cell = 0; cell < cellsPerFigure; cell += 1) {
        const sameCount = cells.same[row + cell]! - (subtract ? subtract[cellsPerFigure * 2 * position + cellsPerFigure + cell]! : 0);
        const otherCount = cells.all[row + cell]! - cells.same[row + cell]! - (subtract ? subtract[cellsPerFigure * 2 * position + cell]! : 0);
        // The partner is later (time cell 2) when this figure is the one a revision went below.
        const earlier = mode === "asOf" && cell >= 2 * valueCells;
        // Every pair is seen from both of its figures, so each sighting counts half.
        if (otherCount > 0) note(member.index, codesOfCells[cell]!, otherCount / 2, earlier);
        if (sameCount > 0) note(member.index, codesOfCells[cellsPerFigure + cell]!, sameCount / 2, earlier);
      }
    });
  };
  const kindList = [...kinds.values()].map((indexes) => {
    const sample = traits[indexes[0]!]!;
    return { indexes, sample, coarse: coarseKey(sample) };
  });
  type Kind = (typeof kindList)[number];
  const coarse = new Map<string, number[]>();
  for (const kind of kindList) for (const index of kind.indexes) pushTo(coarse, kind.coarse, index);
  const related = relatedKinds(kindList);
  const rowInCoarse = new Map<number, number>();
  for (const indexes of coarse.values()) {
    indexes.forEach((index, row) => {
      rowInCoarse.set(index, row);
    });
  }
  // Cells of every figure of one coarse kind against all of another, by time and origin only: once per pair of coarse kinds.
  const coarseCells = new Map<string, { all: Int32Array; same: Int32Array }>();
  const cellsBetweenCoarse = (from: string, to: string, mode: TimeMode) => {
    const key = JSON.stringify([from, to]);
    let cells = coarseCells.get(key);
    if (!cells) {
      cells = cellsByOrigin(membersOf(coarse.get(from)!, mode), membersOf(coarse.get(to)!, mode), { timed: mode !== "none", valued: false, self: from === to });
      coarseCells.set(key, cells);
    }
    return cells;
  };
  for (const kind of kindList) {
    // Kinds in areas related to this one (the same, nested, or unknown): counted cell by cell.
    const relatedKindsOf = related(kind);
    const relatedSizes = new Map<string, number>();
    for (const other of relatedKindsOf) relatedSizes.set(other.coarse, (relatedSizes.get(other.coarse) ?? 0) + other.indexes.length);
    // Kinds with the same facts are counted as one list; those of a coarse kind only partly
    // related stay apart, as the separate rest of that coarse kind is counted by subtraction.
    const partlyRelated = (coarseKind: string) => relatedSizes.get(coarseKind)! < coarse.get(coarseKind)!.length;
    const asked = new Map<string, Kind[]>();
    for (const other of relatedKindsOf) {
      pushTo(asked, `${JSON.stringify(kindFacts(kind.sample, other.sample))}|${partlyRelated(other.coarse) ? other.coarse : ""}`, other);
    }
    const relatedCells = new Map<string, Int32Array>();
    for (const group of asked.values()) {
      const facts = kindFacts(kind.sample, group[0]!.sample);
      const mode = timeMode(facts);
      const figures = membersOf(kind.indexes, mode);
      const self = group.includes(kind);
      const partners = membersOf(
        group.flatMap((other) => other.indexes),
        mode,
      );
      const cells = cellsByOrigin(figures, partners, { timed: mode !== "none", valued: facts.numbers && !facts.unitsDiffer, self });
      noteCells(figures, cells, cellCodes(facts, mode), mode);
      // What these partners take from the coarse kind's count, in its cells (one value cell).
      if (!partlyRelated(group[0]!.coarse)) continue;
      const taken = relatedCells.get(group[0]!.coarse) ?? new Int32Array(figures.length * cellsPerFigure * 2);
      relatedCells.set(group[0]!.coarse, taken);
      for (let position = 0; position < figures.length; position += 1) {
        for (let cell = 0; cell < cellsPerFigure; cell += 1) {
          const at = position * cellsPerFigure + cell;
          const slot = position * cellsPerFigure * 2 + Math.floor(cell / valueCells) * valueCells + equalPointCell;
          taken[slot]! += cells.all[at]! - cells.same[at]!;
          taken[slot + cellsPerFigure]! += cells.same[at]!;
        }
      }
    }
    // Every other partner lies in a separate area: counted by time and origin alone, as all
    // partners of a coarse kind less the related ones, since numbers cannot matter there.
    for (const [key, indexes] of coarse) {
      // Nothing is left when every partner of that coarse kind was related.
      if ((relatedSizes.get(key) ?? 0) === indexes.length) continue;
      const sample = traits[indexes[0]!]!;
      const facts: KindFacts = { ...kindFacts(kind.sample, sample), scope: "separate" };
      const mode = timeMode(facts);
      const figures = membersOf(kind.indexes, mode);
      const rows = kind.indexes.map((index) => rowInCoarse.get(index)!);
      noteCells(figures, cellsBetweenCoarse(kind.coarse, key, mode), cellCodes(facts, mode), mode, rows, relatedCells.get(key));
    }
  }
  return { codes: countsByCode(codeCounts), flags };
}

function countsByCode(counts: Float64Array): Map<number, number> {
  const codes = new Map<number, number>();
  counts.forEach((count, code) => {
    if (count) codes.set(code, count);
  });
  return codes;
}

/** Without the area: kinds that differ only in where they count. */
function coarseKey(t: Traits): string {
  const { unit, measure, interval, cumulative, asOfDay } = t;
  return JSON.stringify([unit, measure, t.figure.modality, interval === null, cumulative, asOfDay === null]);
}

/** For a kind, the kinds whose area is not separate from its own: the same, nested, or unknown. */
function relatedKinds<K extends { sample: Traits }>(kinds: readonly K[]): (kind: K) => K[] {
  const named = new Map<string, K[]>();
  const within = new Map<string, K[]>();
  const unknown: K[] = [];
  for (const kind of kinds) {
    const scope = kind.sample.scope;
    if (scope === null) unknown.push(kind);
    else {
      pushTo(named, scope.name, kind);
      for (const container of scope.within) pushTo(within, container, kind);
    }
  }
  return (kind) => {
    const scope = kind.sample.scope;
    if (scope === null) return [...kinds];
    const candidates = new Set([
      ...(named.get(scope.name) ?? []),
      ...scope.within.flatMap((name) => named.get(name) ?? []),
      ...(within.get(scope.name) ?? []),
      ...unknown,
    ]);
    return [...candidates].filter((other) => scopeRelation(scope, other.sample.scope) !== "separate");
  };
}
