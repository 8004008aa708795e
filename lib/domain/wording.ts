// The comparison in the analyst's words: each figure named with its number, what it counts
// and who says it, and each difference as a clause that fits into one sentence.
import { describeChain } from "./attribution";
import { usableNumber, type Figure } from "./figure";
import { describeInterval, figureInterval, formatNumber, type FigureInterval } from "./interval";
import { describePeriod, type FigurePeriod } from "./period";
import { modalityLabels, qualifierLabels, type Modality } from "./vocabulary";

/** What a modality counts, as the object of "count different things: … versus …". */
const modalityPhrases: Record<Modality, string> = {
  planned: "a plan",
  preparing: "preparations",
  underway: "something under way",
  completed: "what has already arrived or happened",
  possible: "a possibility",
  unknown: "something unstated",
};

/**
 * A figure's number with its qualifier: "12,000", "about 10,000", "up to 12,000",
 * "10,000–12,000". A figure without a number is its words as stated, or says it has none.
 */
export function figureWords(figure: Figure): string {
  const interval = figureInterval(figure);
  if (interval === null) {
    const stated = figure.asStated?.trim();
    return stated ? `“${stated}”` : "a figure without a number";
  }
  const value = usableNumber(figure.value);
  const qualifier = figure.qualifier ?? "unknown";
  if (value === null || qualifier === "range") return describeInterval(interval);
  if (qualifier === "exact" || qualifier === "unknown") return formatNumber(value);
  return `${qualifierLabels[qualifier]} ${formatNumber(value)}`;
}

/** "12,000 (planned, National Intelligence Service via Yonhap News Agency)". */
export function figureLabel(figure: Figure): string {
  const details = [describeChain(figure.chain)];
  if (figure.modality !== "unknown") details.unshift(modalityLabels[figure.modality]);
  return `${figureWords(figure)} (${details.join(", ")})`;
}

/** One way two figures differ, worded to lead a sentence (`main`) or to follow another (`also`). */
export type DifferenceClause = { main: string; also: string };

export function modalityClause(a: Modality, b: Modality): DifferenceClause {
  const things = `${modalityPhrases[a]} versus ${modalityPhrases[b]}`;
  return { main: `count different things: ${things}`, also: `they also count different things (${things})` };
}

export function periodClause(a: FigurePeriod, b: FigurePeriod): DifferenceClause {
  const earlier = a.lastDay < b.firstDay ? "first" : "second";
  const times = `${describePeriod(a)} versus ${describePeriod(b)}`;
  return {
    main: `refer to different times, the ${earlier} earlier: ${times}`,
    also: `they also refer to different times, the ${earlier} earlier (${times})`,
  };
}

export function qualifierClause(shared: FigureInterval): DifferenceClause {
  const allowed = describeInterval(shared);
  return {
    main: `differ only in qualifier: both allow ${allowed}`,
    also: `their qualifiers leave room for the same number (both allow ${allowed})`,
  };
}

/** `originName` is null when the shared origin is a report that names no source. */
export function echoClause(originName: string | null): DifferenceClause {
  const origin = originName ?? "the same report, which names no source";
  return {
    main: `are one origin repeated, not independent confirmation: both come from ${origin}`,
    also: `both come from ${origin}`,
  };
}

export function conflictClause(a: FigureInterval, b: FigureInterval): string {
  return (
    "conflict: nothing shows they count different things or different times, " +
    `yet ${describeInterval(a)} and ${describeInterval(b)} have no number in common`
  );
}

export const agreementClause = "agree, from independent origins";

/** One sentence: both figures named, the main clause, then any further clauses. */
export function pairSentence(a: Figure, b: Figure, main: string, further: readonly string[] = []): string {
  return `${figureLabel(a)} and ${figureLabel(b)} ${main}${further.map((clause) => `; ${clause}`).join("")}.`;
}

/** `unitA` and `unitB` as compared (see unitKey). */
export function unitSentence(a: Figure, b: Figure, unitA: string, unitB: string): string {
  return pairSentence(a, b, `cannot be compared: one counts ${unitA}, the other ${unitB}`);
}

export function noNumberSentence(a: Figure, b: Figure, aHasNumber: boolean, bHasNumber: boolean): string {
  const missing = !aHasNumber && !bHasNumber ? "neither gives a number" : aHasNumber ? "the second gives no number" : "the first gives no number";
  return pairSentence(a, b, `cannot be compared: ${missing}`);
}
