// judgeCode (pair-judge.ts) read as a function of facts about a pair rather than of the pair
// itself. The counting sweep (comparison-sweep.ts) never visits a pair: it counts how many
// partners of a figure share each combination of these facts, then asks this function the
// verdict once per combination. The property test in comparison-sweep.test.ts holds this
// mirror to judgeCode on random figure sets.
import { measuresRelate, type MeasureRelation } from "./measure";
import {
  containment,
  conflictCode,
  differsCode,
  agreesCode,
  echoCode,
  echoBit,
  measureBit,
  modalityBit,
  periodBit,
  qualifierBit,
  reasonBits,
  revisedDownBit,
  scopeBit,
  type Traits,
  unitBit,
  updateBit,
} from "./pair-judge";
import { scopeRelation, type ScopeRelation } from "./scope";

/** What holds for every pair of figures from two kinds (see comparison-sweep.ts' kindKey). */
export type KindFacts = {
  measure: MeasureRelation;
  scope: ScopeRelation;
  modalityDiffers: boolean;
  unitsDiffer: boolean;
  /** Both figures give a number. */
  numbers: boolean;
  bothCumulative: boolean;
  /** Both cumulative and both dated: compared by as-of day, not by period. */
  byAsOf: boolean;
};

/** What depends on the two figures' own numbers, days and origins. */
export type NumberFacts = {
  /** Periods overlap (or, by as-of, the same day). */
  sameTime: boolean;
  /** By as-of day: -1 when b is earlier, 1 when b is later, 0 otherwise. */
  later: number;
  overlap: boolean;
  aAbove: boolean;
  bAbove: boolean;
  /** Sign of b's point minus a's, when the intervals overlap (0 otherwise). */
  pointOrder: number;
  sameOrigin: boolean;
};

/** The facts shared by a figure of kind `a` and any figure of kind `b`, from one member of each. */
export function kindFacts(a: Traits, b: Traits): KindFacts {
  const { modality: ma } = a.figure;
  const { modality: mb } = b.figure;
  const bothCumulative = a.cumulative && b.cumulative;
  return {
    measure: measuresRelate(a.measure, b.measure),
    scope: scopeRelation(a.scope, b.scope),
    modalityDiffers: ma !== mb && ma !== "unknown" && mb !== "unknown",
    unitsDiffer: a.unit !== null && b.unit !== null && a.unit !== b.unit,
    numbers: a.interval !== null && b.interval !== null,
    bothCumulative,
    byAsOf: bothCumulative && a.asOfDay !== null && b.asOfDay !== null,
  };
}

/** judgeCode's verdict and reasons, step for step, from the facts it reads. */
export function decideCode(kind: KindFacts, pair: NumberFacts): number {
  let reasons = 0;
  const { measure, scope } = kind;
  if (measure === "unrelated") reasons |= measureBit;
  if (scope === "separate") reasons |= scopeBit;
  if (kind.modalityDiffers) reasons |= modalityBit;
  if (kind.unitsDiffer) {
    if (!pair.sameTime) reasons |= periodBit;
    return differsCode | unitBit | reasons | (pair.sameOrigin ? echoBit : 0);
  }
  if (!kind.numbers) return differsCode;
  const { overlap, later } = pair;
  const sameThing = measure === "same" && scope === "same";
  if (later !== 0) {
    const earlyAbove = later > 0 ? pair.aAbove : pair.bAbove;
    const lateAbove = later > 0 ? pair.bAbove : pair.aAbove;
    const latePointHigher = later > 0 ? pair.pointOrder > 0 : pair.pointOrder < 0;
    if (!sameThing) reasons |= updateBit;
    else if (earlyAbove) reasons |= updateBit | revisedDownBit;
    else if (lateAbove || latePointHigher) reasons |= updateBit;
  } else if (!kind.bothCumulative && !pair.sameTime) {
    reasons |= periodBit;
  }
  const sameTime = (reasons & (periodBit | updateBit)) === 0;
  if (!sameThing) {
    const direction = measure === "unrelated" || scope === "separate" ? 0 : containment(measure, scope);
    const partAbove = direction !== 0 && (direction > 0 ? pair.aAbove : pair.bAbove);
    if (!(sameTime && partAbove)) reasons |= (measure === "same" ? 0 : measureBit) | (scope === "same" ? 0 : scopeBit);
  }
  if (sameThing && overlap && pair.pointOrder !== 0 && (reasons & updateBit) === 0) reasons |= qualifierBit;
  const explained = (reasons & reasonBits) !== 0;
  if (pair.sameOrigin) reasons |= echoBit;
  if (explained) return differsCode | reasons;
  if (!sameThing || !overlap) return conflictCode | reasons;
  return (pair.sameOrigin ? echoCode : agreesCode) | reasons;
}
