// The comparison as it was computed before ADR 0022: every pair judged, one by one. Quadratic,
// so no page uses it; it is the reference the counting sweep is held to (comparison tests) and
// the baseline `npm run bench:comparison` times it against.
import {
  type DifferenceReason,
  differenceReasons,
  explained,
  type FigureComparison,
  type FigurePairExplanation,
  type FigureStanding,
  judgementOf,
  type Verdict,
} from "./comparison";
import type { Figure } from "./figure";
import { judgeCode, reasonBits, reasonsOfCode, revisedDownBit, traitsOf, verdictOfCode } from "./pair-judge";

const conflictFlag = 1 << 9;
const echoedFlag = 1 << 10;

/** compareFigures' answer, by judging all n(n−1)/2 pairs. */
export function compareFiguresPairwise(figures: readonly Figure[], listed: number): FigureComparison {
  const traits = figures.map(traitsOf);
  const counts: Record<Verdict, number> = { conflict: 0, differs: 0, agrees: 0, echo: 0 };
  const reasonCounts = Object.fromEntries(differenceReasons.map((reason) => [reason, 0])) as Record<DifferenceReason, number>;
  const lists: Record<Verdict, FigurePairExplanation[]> = { conflict: [], differs: [], agrees: [], echo: [] };
  // Per figure: its reasons (bits 0–7), revised down (8), in a conflict (9), in an echo (10).
  const flags = new Uint16Array(traits.length);
  traits.forEach((a, index) => {
    for (let other = index + 1; other < traits.length; other += 1) {
      const b = traits[other]!;
      const code = judgeCode(a, b);
      const verdict = verdictOfCode(code);
      counts[verdict] += 1;
      for (const reason of reasonsOfCode(code)) reasonCounts[reason] += 1;
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
  return { counts, reasonCounts, listed: lists, standings };
}
