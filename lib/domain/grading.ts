// The Admiralty (NATO) grade of a figure as desks write it: the reliability of its source
// (A–F) and the credibility of the information (1–6), side by side: "B2". The source graded
// is the claim's originator: a relay passes a claim on, it does not vouch for it (ADR 0019).
import type { HopRole, ReliabilityGrade } from "./vocabulary";

/** "B2"; a part not graded reads "–" ("B–"); null when neither is graded. */
export function admiraltyGrade(reliability: ReliabilityGrade | null | undefined, credibility: number | null | undefined): string | null {
  if (!reliability && !credibility) return null;
  return `${reliability ?? "–"}${credibility ?? "–"}`;
}

/** The originator's reliability: the first originator of the chain, else its first hop. */
export function originatorReliability(chain: readonly { role: HopRole; reliability: ReliabilityGrade | null }[]): ReliabilityGrade | null {
  return (chain.find((hop) => hop.role === "originator") ?? chain[0])?.reliability ?? null;
}

/**
 * A conflict's grades as desks say them: "A1 vs E5". A figure nobody graded reads "ungraded"
 * (not F6: the Admiralty "cannot be judged" is a desk's judgement, never a default); null when
 * neither figure is graded, so the sentence says nothing about grades.
 */
export function gradesAgainst(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a && !b) return null;
  return `${a || "ungraded"} vs ${b || "ungraded"}`;
}
