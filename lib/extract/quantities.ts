// Quantity claims: a figure, its qualifier and what it counts, anchored on the words as
// stated ("about 10,000 soldiers", "could rise to 12,000", "four brigades, totaling 12,000
// soldiers"). Who says it and what it describes are decided later, from the sentence around it.
import type { Qualifier } from "../domain/vocabulary";
import { notAClaim, percentAfter } from "./not-claims";
import { findFigures, type NumberMatch } from "./numbers";
import { boundsFor, qualifierAfter, qualifierBefore } from "./qualifiers";
import { clauseAround, type Document, sentenceAt } from "./text";
import { formationUnits, unitAfter, unitNounAt, type UnitMatch } from "./units";

export type QuantityFinding = {
  start: number;
  end: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier;
  unit: string | null;
};

type Figure = NumberMatch & { qualifier: Qualifier; spanStart: number; spanEnd: number };

const scaleWords: Array<[RegExp, number]> = [[/billion$/, 1e9], [/million$/, 1e6], [/thousand$/, 1e3], [/\dk$/, 1e3]];

function scaleOf(written: string): number {
  return scaleWords.find(([pattern]) => pattern.test(written))?.[1] ?? 1;
}

/** "11,000–12,000", "between 20,000 and 30,000", "from 1.5 to 2 million". */
function readRange(document: Document, low: NumberMatch, high: NumberMatch | undefined): Figure | null {
  if (!high || low.value === null || high.value === null) return null;
  const { folded } = document;
  const connector = folded.slice(low.end, high.start);
  const opener = folded.slice(Math.max(0, low.start - 8), low.start).match(/(between|from) $/);
  const joined = /^\s*[\u2013\u2014-]\s*$|^ to $/.test(connector) || (opener?.[1] === "between" && connector === " and ");
  if (!joined) return null;
  const highScale = scaleOf(folded.slice(high.start, high.end));
  const lowValue = low.value * highScale > low.value && low.value * highScale <= high.value ? low.value * highScale : low.value;
  if (lowValue >= high.value) return null;
  const spanStart = opener ? low.start - opener[0].length : low.start;
  return { ...high, start: low.start, value: null, lower: lowValue, upper: high.value, qualifier: "range", spanStart, spanEnd: high.end };
}

function readSingle(document: Document, figure: NumberMatch): Figure {
  const before = qualifierBefore(document.folded, figure.start);
  const after = before ? null : qualifierAfter(document.folded, figure.end);
  const qualifier: Qualifier = figure.written === "vague" ? "range" : (before?.qualifier ?? after?.qualifier ?? "exact");
  const bounds = figure.value === null ? { lower: figure.lower, upper: figure.upper } : boundsFor(qualifier, figure.value);
  return { ...figure, ...bounds, qualifier, spanStart: before?.start ?? figure.start, spanEnd: after?.end ?? figure.end };
}

/** What the figure counts: a noun after it, "-strong force", or a share "of the troops". */
function unitFor(document: Document, figure: Figure): UnitMatch | null {
  const { text, folded } = document;
  const strong = folded.slice(figure.end).match(/^-strong\s+(?:[a-z]+\s+)?(?:force|contingent|army|group|corps|brigade|division|battalion|unit)\b/);
  if (strong) return { unit: "troops", noun: strong[0], end: figure.end + strong[0].length };
  const percent = percentAfter(folded, figure.end);
  if (percent > 0) {
    const share = folded.slice(figure.end + percent).match(/^\s+of\s+(?:the\s+|its\s+|their\s+)?/);
    const unit = share ? unitNounAt(folded, figure.end + percent + share[0].length) : null;
    return unit ? { ...unit, unit: `percent of ${unit.unit}` } : null;
  }
  return unitAfter(text, folded, figure.spanEnd) ?? unitAfter(text, folded, figure.end);
}

// Words that point back to an earlier figure: "the number could rise to 12,000".
const pointerWords: Array<[RegExp, string | null]> = [
  [/\b(?:death toll|toll)\b/, "killed"],
  [/\b(?:losses|casualties)\b/, "casualties"],
  [/\b(?:the|that|this|its|their) (?:number|figure|total|tally|count|strength)\b/, null],
  [/\b(?:of them|of those)\b/, null],
];

/** A figure with no unit after it still counts something when its clause points back to one. */
function pointedUnit(document: Document, figure: Figure, earlier: QuantityFinding[]): string | null | undefined {
  const clause = clauseAround(document, { start: figure.spanStart, end: figure.end });
  const lead = document.folded.slice(clause.start, figure.spanStart);
  const numberOf = lead.match(/\bnumber of (?:[a-z-]+ ){0,2}?([a-z]+)\b/);
  if (numberOf) return unitNounAt(numberOf[1] ?? "", 0)?.unit ?? null;
  const pointer = pointerWords.find(([pattern]) => pattern.test(lead));
  const growth = /\b(?:rise|reach|grow|increase|number)\b/.test(document.folded.slice(figure.spanStart, figure.start));
  if (!pointer && !growth) return undefined;
  if (pointer?.[1]) return pointer[1];
  const paragraph = sentenceAt(document, figure.start)?.paragraph;
  const previous = earlier.filter((found) => found.unit && sentenceAt(document, found.start)?.paragraph === paragraph).at(-1);
  return previous?.unit ?? null;
}

function toFinding(figure: Figure, unit: string | null, end: number): QuantityFinding {
  return { start: figure.spanStart, end, value: figure.value, lower: figure.lower, upper: figure.upper, qualifier: figure.qualifier, unit };
}

/** "four brigades, totaling 12,000 soldiers" is one claim: the head count, in its formations. */
function mergeFormations(document: Document, findings: QuantityFinding[]): QuantityFinding[] {
  const merged: QuantityFinding[] = [];
  for (const finding of findings) {
    const previous = merged.at(-1);
    const between = previous ? document.folded.slice(previous.end, finding.start) : "";
    const totalling = /^,?\s+(?:totall?ing|comprising|numbering|with a total of|amounting to|made up of|of|with)\s+$/.test(between);
    const grouped = /^\s+(?:in|across|organi[sz]ed in(?:to)?|forming|divided into)\s+$/.test(between);
    if (previous && totalling && formationUnits.has(previous.unit ?? "") && (finding.unit === "troops" || finding.unit === null)) {
      merged[merged.length - 1] = { ...finding, start: previous.start, unit: "troops" };
    } else if (previous && grouped && previous.unit === "troops" && formationUnits.has(finding.unit ?? "")) {
      merged[merged.length - 1] = { ...previous, end: finding.end };
    } else merged.push(finding);
  }
  return merged;
}

export function findQuantities(document: Document): QuantityFinding[] {
  const figures = findFigures(document.folded).filter((figure) => !notAClaim(document.folded, figure));
  const findings: QuantityFinding[] = [];
  for (let index = 0; index < figures.length; index++) {
    const current = figures[index];
    if (!current) continue;
    const range = readRange(document, current, figures[index + 1]);
    if (range) index++;
    const figure = range ?? readSingle(document, current);
    if (figure.written === "words" && (figure.value ?? 0) < 2) continue; // "one soldier said": not a figure
    const unit = unitFor(document, figure);
    if (unit) {
      findings.push(toFinding(figure, unit.unit, unit.end));
      continue;
    }
    if (percentAfter(document.folded, figure.end) > 0) continue;
    const pointed = pointedUnit(document, figure, findings);
    if (pointed !== undefined) findings.push(toFinding(figure, pointed, figure.spanEnd));
  }
  return mergeFormations(document, findings);
}
