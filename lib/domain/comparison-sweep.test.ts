// The counting sweep must give what judging every pair gives: the same pairs per verdict, per
// reason (per code), and the same standing for every figure. Random topics mix every rule of
// ADR 0015: units and their synonyms, nested measures and areas, modalities, qualifiers with
// shared and open ends, periods and as-of days, shared originators, figures without numbers.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareFigures } from "./comparison";
import { compareFiguresPairwise } from "./comparison-pairwise";
import { type ComparisonCounts, countComparison, takesPartBit } from "./comparison-sweep";
import type { ChainHop, Figure } from "./figure";
import { judgeCode, reasonBits, revisedDownBit, traitsOf, verdictShift } from "./pair-judge";
import type { FigureScope } from "./scope";
import { figure, hop } from "./test-support/figures";
import { modalities, qualifiers } from "./vocabulary";

/** Every pair judged, as compareFigures did before the sweep. */
function pairwise(figures: readonly Figure[]): ComparisonCounts {
  const traits = figures.map(traitsOf);
  const codes = new Map<number, number>();
  const flags = new Uint16Array(traits.length);
  traits.forEach((a, i) => {
    traits.slice(i + 1).forEach((b, offset) => {
      const j = i + 1 + offset;
      const code = judgeCode(a, b);
      codes.set(code, (codes.get(code) ?? 0) + 1);
      const shared = (code & reasonBits) | takesPartBit(code >> verdictShift);
      flags[i]! |= shared;
      flags[j]! |= shared;
      if (code & revisedDownBit) flags[(a.asOfDay ?? 0) < (b.asOfDay ?? 0) ? i : j]! |= revisedDownBit;
    });
  });
  return { codes, flags };
}

const turkey: FigureScope = { name: "Turkey", level: "country", within: [] };
const türkiye: FigureScope = { name: "Türkiye", level: "country", within: [] };
const malatya: FigureScope = { name: "Malatya", level: "region", within: ["Turkey"] };
const hatay: FigureScope = { name: "Hatay", level: "region", within: ["Turkey"] };
const battalgazi: FigureScope = { name: "Battalgazi", level: "city", within: ["Malatya", "Turkey"] };
const camp: FigureScope = { name: "camp 4", level: null, within: [] };
const day = (n: number) => new Date(Date.UTC(2023, 1, n, 9));

const arbitraryFigure = fc.record({
  value: fc.constantFrom(null, 0, 90, 100, 110, 163, 214, 300, 1_200),
  lower: fc.constantFrom(null, null, 90, 100, 200),
  upper: fc.constantFrom(null, null, 110, 300),
  qualifier: fc.constantFrom(null, ...qualifiers),
  unit: fc.constantFrom(null, "troops", "soldiers", "people", "dead", "bodies", "injured", "brigades"),
  measure: fc.constantFrom(null, null, "killed", "injured", "casualties", "deployed", "missing", "other"),
  scope: fc.constantFrom(null, turkey, türkiye, malatya, hatay, battalgazi, camp),
  modality: fc.constantFrom(...modalities),
  claimedAt: fc.constantFrom(null, day(7), day(8), day(9)),
  periodStart: fc.constantFrom(null, null, null, day(6), day(8)),
  periodEnd: fc.constantFrom(null, null, null, day(7), day(9)),
  chain: fc.constantFrom<ChainHop[]>([], [hop("Ministry")], [hop("Agency")], [hop("Relay", "relay"), hop("Ministry")], [hop("Governor")]),
  reportId: fc.constantFrom("report-1", "report-2"),
});

function expectSameCounts(drawn: Partial<Figure>[], pairwiseUpTo: number) {
  const figures = drawn.map((overrides, index) => figure({ ...overrides, id: `f${index}` }));
  const expected = pairwise(figures);
  const counted = countComparison(figures.map(traitsOf), { pairwiseUpTo });
  expect(new Map([...counted.codes].sort(([x], [y]) => x - y))).toEqual(new Map([...expected.codes].sort(([x], [y]) => x - y)));
  expect([...counted.flags]).toEqual([...expected.flags]);
}

describe("countComparison", () => {
  test("counts every verdict, reason and standing as judging every pair does, on random topics", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFigure, { maxLength: 40 }), (drawn) => expectSameCounts(drawn, 0)),
      { numRuns: 1_500 },
    );
  });

  test("the same on topics of few kinds, where the counting cells fill up (ties, shared days, one origin)", () => {
    const fewKinds = fc.record({
      value: fc.constantFrom(90, 100, 110, 121),
      qualifier: fc.constantFrom(null, "exact", "more_than", "at_least", "up_to", "at_most"),
      unit: fc.constantFrom(null, "people"),
      measure: fc.constantFrom("killed", "casualties"),
      scope: fc.constantFrom(turkey, malatya),
      modality: fc.constantFrom("completed", "unknown"),
      claimedAt: fc.constantFrom(null, day(7), day(8)),
      periodEnd: fc.constantFrom(null, null, day(9)),
      chain: fc.constantFrom<ChainHop[]>([], [hop("Ministry")], [hop("Agency")]),
    });
    fc.assert(
      fc.property(fc.array(fewKinds, { minLength: 10, maxLength: 80 }), (drawn) => expectSameCounts(drawn, 0)),
      { numRuns: 500 },
    );
  });

  test("with the default split between counting and judging pair by pair", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFigure, { maxLength: 120 }), (drawn) => expectSameCounts(drawn, 2048)),
      { numRuns: 200 },
    );
  });

  test("compareFigures gives what judging every pair gives: counts, reason counts, standings, and the same pairs worded first", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFigure, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (drawn, listed) => {
        const figures = drawn.map((overrides, index) => figure({ ...overrides, id: `f${index}` }));
        expect(compareFigures(figures, listed, { pairwiseUpTo: 0 })).toEqual(compareFiguresPairwise(figures, listed));
      }),
      { numRuns: 500 },
    );
  });
});
