// The comparison in the analyst's words: each figure named with its number, what it counts
// and who says it, and each difference as a clause that fits into one sentence.
import { describeChain } from "./attribution";
import { usableNumber, type Figure } from "./figure";
import { describeInterval, figureInterval, formatNumber, type FigureInterval } from "./interval";
import { describePeriod, formatDay, type FigurePeriod } from "./period";
import { describeScope, type FigureScope } from "./scope";
import { type Measure, measureLabels, modalityLabels, qualifierLabels, type Modality } from "./vocabulary";

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

/** What a figure counts, after its number: "163 killed"; troops sent say it in their unit. */
const measureWords: Record<Measure, string> = {
  deployed: "",
  killed: "killed",
  injured: "injured",
  casualties: "casualties",
  missing: "missing",
  displaced: "displaced",
  participants: "participants",
  detained: "detained",
  other: "",
};

/**
 * "12,000 (planned, National Intelligence Service via Yonhap News Agency)",
 * "163 killed (Turkey, Disaster agency)": the number with what it counts, then its modality
 * (a toll is something that happened, so that goes unsaid), the area it covers and its chain.
 */
export function figureLabel(figure: Figure): string {
  const details = [describeChain(figure.chain)];
  if (figure.scope !== null) details.unshift(figure.scope.name);
  const counted = figure.measure === null ? "" : measureWords[figure.measure];
  const saysModality = figure.modality !== "unknown" && !(figure.modality === "completed" && counted !== "");
  if (saysModality) details.unshift(modalityLabels[figure.modality]);
  return `${figureWords(figure)}${counted ? ` ${counted}` : ""} (${details.join(", ")})`;
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

/** Measures that are not parts of one another: killed versus displaced. */
export function measureClause(a: Measure, b: Measure): DifferenceClause {
  const things = `${measureLabels[a]} versus ${measureLabels[b]}`;
  return { main: `count different measures: ${things}`, also: `they also count different measures (${things})` };
}

/** `partIsFirst`: which figure counts the part ("killed" of "casualties"). */
export function partMeasureClause(part: Measure, whole: Measure, partIsFirst: boolean): DifferenceClause {
  const which = partIsFirst ? "the first" : "the second";
  const relation = `${measureLabels[part]} are part of ${measureLabels[whole]}`;
  return { main: `count a part and its whole: ${relation}, so ${which} may be the smaller`, also: `${which} counts a part of the other (${relation})` };
}

export function scopeClause(a: FigureScope, b: FigureScope): DifferenceClause {
  const areas = `${describeScope(a)} versus ${describeScope(b)}`;
  return { main: `cover different areas: ${areas}`, also: `they also cover different areas (${areas})` };
}

export function partScopeClause(part: FigureScope, whole: FigureScope, partIsFirst: boolean): DifferenceClause {
  const which = partIsFirst ? "the first" : "the second";
  const relation = `${part.name} lies in ${whole.name}`;
  return { main: `cover a part and its whole: ${relation}, so ${which} may be the smaller`, also: `${which} covers a part of the other's area (${relation})` };
}

/** Two days a count holds at (UTC day numbers); `revisedDown` when the later figure is lower. */
export function updateClause(a: number, b: number, revisedDown: boolean): DifferenceClause {
  const later = b > a ? "second" : "first";
  const days = `as of ${formatDay(a)} versus as of ${formatDay(b)}`;
  if (revisedDown) {
    return {
      main: `are a count revised down: the ${later}, later, is lower, though the count only grows (${days})`,
      also: `the ${later}, later, revises the count down (${days})`,
    };
  }
  return { main: `are an update of a count that only grows: the ${later} is later (${days})`, also: `the ${later} updates the count later (${days})` };
}

export function unitClause(unitA: string, unitB: string): DifferenceClause {
  return { main: `cannot be compared: one counts ${unitA}, the other ${unitB}`, also: `they also count in different units (${unitA} versus ${unitB})` };
}

/** A part above its whole at the same time: `why` says how one holds the other. */
export function partAboveWholeClause(part: FigureInterval, whole: FigureInterval, partIsFirst: boolean, why: string): string {
  const which = partIsFirst ? "the first" : "the second";
  return `conflict: ${which} counts a part of the other (${why}), yet ${describeInterval(part)} is more than ${describeInterval(whole)} allows`;
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

export function noNumberSentence(a: Figure, b: Figure, aHasNumber: boolean, bHasNumber: boolean): string {
  const missing = !aHasNumber && !bHasNumber ? "neither gives a number" : aHasNumber ? "the second gives no number" : "the first gives no number";
  return pairSentence(a, b, `cannot be compared: ${missing}`);
}
