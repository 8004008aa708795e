// A judged pair in one plain-English sentence: both figures named, the main reason, then the
// others. Kept apart from the judging, which runs for every pair; this runs for those shown.
import type { Judgement, Traits } from "./comparison";
import { gradesAgainst } from "./grading";
import { measuresRelate } from "./measure";
import { originatorOf } from "./origins";
import { scopeRelation } from "./scope";
import {
  agreementClause,
  conflictClause,
  type DifferenceClause,
  echoClause,
  measureClause,
  modalityClause,
  noNumberSentence,
  pairSentence,
  partAboveWholeClause,
  partMeasureClause,
  partScopeClause,
  periodClause,
  qualifierClause,
  scopeClause,
  unitClause,
  updateClause,
} from "./wording";

function measureWords(a: Traits, b: Traits): DifferenceClause {
  const relation = measuresRelate(a.measure, b.measure);
  if (relation === "part") return partMeasureClause(a.measure!, b.measure!, true);
  if (relation === "whole") return partMeasureClause(b.measure!, a.measure!, false);
  return measureClause(a.measure!, b.measure!);
}

function scopeWords(a: Traits, b: Traits): DifferenceClause {
  const [x, y] = [a.figure.scope!, b.figure.scope!];
  const relation = scopeRelation(a.scope, b.scope);
  if (relation === "part") return partScopeClause(x, y, true);
  if (relation === "whole") return partScopeClause(y, x, false);
  return scopeClause(x, y);
}

/** Why a pair with no reason, same time and number apart, is still a conflict: the part is above its whole. */
function partAboveWhole(a: Traits, b: Traits): string | null {
  const measure = measuresRelate(a.measure, b.measure);
  const scope = scopeRelation(a.scope, b.scope);
  if (measure === "same" && scope === "same") return null;
  const partIsFirst = measure === "part" || scope === "part";
  const [part, whole] = partIsFirst ? [a, b] : [b, a];
  const why = [
    measure === "same" ? null : `${part.measure} are part of ${whole.measure}`,
    scope === "same" ? null : `${part.figure.scope!.name} lies in ${whole.figure.scope!.name}`,
  ].filter((words) => words !== null);
  return partAboveWholeClause(part.interval!, whole.interval!, partIsFirst, why.join("; "));
}

export function pairWords(a: Traits, b: Traits, { verdict, reasons, revisedDown, shared }: Judgement): string {
  const [x, y] = [a.figure, b.figure];
  if (!reasons.includes("unit") && (a.interval === null || b.interval === null)) {
    return noNumberSentence(x, y, a.interval !== null, b.interval !== null);
  }
  const clauses = reasons.flatMap((reason): DifferenceClause[] => {
    switch (reason) {
      case "unit":
        return [unitClause(a.unit!, b.unit!)];
      case "measure":
        return [measureWords(a, b)];
      case "modality":
        return [modalityClause(x.modality, y.modality)];
      case "scope":
        return [scopeWords(a, b)];
      case "period":
        return [periodClause(a.period!, b.period!)];
      case "update":
        return [updateClause(a.asOfDay!, b.asOfDay!, revisedDown)];
      case "qualifier":
        return [qualifierClause(shared!)];
      default:
        // echo has no clause of its own: it is said after the main reason.
        return [];
    }
  });
  const echo = echoClause(originatorOf(x)?.sourceName ?? null);
  const further = clauses.slice(1).map((clause) => clause.also);
  if (reasons.includes("echo")) further.push(echo.also);
  // A conflict is weighed by who says it: its grades ("graded A1 vs E5") close the sentence.
  const grades = verdict === "conflict" ? gradesAgainst(x.grade, y.grade) : null;
  if (grades) further.push(`graded ${grades}`);
  const [main] = clauses;
  if (main !== undefined) return pairSentence(x, y, main.main, further);
  if (verdict === "conflict") return pairSentence(x, y, partAboveWhole(a, b) ?? conflictClause(a.interval!, b.interval!), further);
  // An echo or an agreement is not weighed by grade; `further` holds nothing for them here.
  return pairSentence(x, y, verdict === "echo" ? echo.main : agreementClause);
}
