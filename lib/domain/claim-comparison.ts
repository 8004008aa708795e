// One figure against every other figure of its topic: each pair judged once (n pairs, not n²),
// counted by verdict, and the most useful few picked for the claim page to put in words:
// conflicts first, then agreements, echoes of one origin and differences with a reason; within
// each, the figures nearest in time to this one first. See docs/decisions/0026-claim-page-bounded.md.
import type { Figure } from "./figure";
import { judgeCode, traitsOf, type Verdict, verdictOfCode, verdicts } from "./pair-judge";

/** The claim page's order of verdicts: what an analyst checking this figure needs first. */
export const claimVerdictOrder: readonly Verdict[] = ["conflict", "agrees", "echo", "differs"];

export type ClaimComparisonPick = {
  /** How many other figures stand in each verdict with this one. */
  counts: Record<Verdict, number>;
  total: number;
  /** Ids of the figures to list, in the order to list them (at most `limit`). */
  listed: string[];
};

/** Every other figure judged against `figure`; the `limit` most relevant listed. */
export function pickComparisons(figure: Figure, others: readonly Figure[], limit: number): ClaimComparisonPick {
  const own = traitsOf(figure);
  const counts = Object.fromEntries(verdicts.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  const judged = others
    .filter((other) => other.id !== figure.id)
    .map((other) => {
      const traits = traitsOf(other);
      const verdict = verdictOfCode(judgeCode(own, traits));
      counts[verdict] += 1;
      const distance = own.asOfDay === null || traits.asOfDay === null ? Number.POSITIVE_INFINITY : Math.abs(own.asOfDay - traits.asOfDay);
      return { id: other.id, rank: claimVerdictOrder.indexOf(verdict), distance };
    });
  judged.sort((a, b) => a.rank - b.rank || a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { counts, total: judged.length, listed: judged.slice(0, Math.max(0, limit)).map((entry) => entry.id) };
}
