// Words the analyst selected that hold a figure ("about 90 bodies") become a quantity claim
// with its number, qualifier and unit already filled in, read by the extractor's own number,
// qualifier and unit readers so a selection and a proposal read the same words the same way.
import { measureFromUnit } from "../domain/measure";
import type { Measure, Qualifier } from "../domain/vocabulary";
import { findFigures } from "../extract/numbers";
import { boundsFor, qualifierAfter, qualifierBefore } from "../extract/qualifiers";
import { fold } from "../extract/text";
import { unitAfter } from "../extract/units";

export type SelectedFigure = {
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier;
  unit: string | null;
  measure: Measure | null;
  asStated: string;
};

/** The first figure in the selected words, or null when they hold none. */
export function figureInWords(words: string): SelectedFigure | null {
  const folded = fold(words);
  const figure = findFigures(folded)[0];
  if (!figure) return null;
  const leading = qualifierBefore(folded, figure.start);
  const right = leading ? null : qualifierAfter(folded, figure.end);
  const unitFrom = right?.end ?? figure.end;
  const unitMatch = unitAfter(words, folded, unitFrom);
  const unit = unitMatch?.unit ?? nextWord(folded, unitFrom)?.word ?? null;
  const unitEnd = unitMatch?.end ?? nextWord(folded, unitFrom)?.end ?? unitFrom;
  // "10,000 troops or more": the trailing words may follow the unit.
  const trailing = right ?? (leading ? null : qualifierAfter(folded, unitEnd));
  const qualifier: Qualifier = (leading ?? trailing)?.qualifier ?? (figure.value === null ? "range" : "exact");
  const bounds = figure.value === null ? { lower: figure.lower, upper: figure.upper } : boundsFor(qualifier, figure.value);
  const start = leading?.start ?? figure.start;
  const end = Math.max(unitEnd, trailing?.end ?? 0);
  return {
    value: figure.value,
    ...bounds,
    qualifier,
    unit,
    measure: measureFromUnit(unit),
    asStated: words.slice(start, end).trim(),
  };
}

// A counted word the extractor's list does not know ("bodies", "tents") is still the unit
// the writer used: the word right after the figure, when one follows.
function nextWord(folded: string, position: number): { word: string; end: number } | null {
  const match = folded.slice(position).match(/^\s+([\p{L}][\p{L}'-]*)/u);
  return match?.[1] ? { word: match[1], end: position + match[0].length } : null;
}
