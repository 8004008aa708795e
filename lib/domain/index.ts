// The comparison core's public API: pure functions over figures, chains and anchors.
export * from "./vocabulary";
export { asOfOf, pointValue, unitKey, usableNumber, type ChainHop, type Figure, type FigureNumbers } from "./figure";
export { describeScope, placeKey, scopeRelation, scopeKeys, storedScope, type FigureScope, type ScopeRelation } from "./scope";
export { isCumulative, measureFromUnit, measureRelation, measuresRelate, normaliseUnit, type MeasureRelation } from "./measure";
export { topicSummarySentence } from "./topic-summary";
export {
  APPROX_TOLERANCE,
  describeInterval,
  figureInterval,
  formatNumber,
  intervalIntersection,
  intervalsOverlap,
  isEmptyInterval,
  type FigureInterval,
} from "./interval";
export { describePeriod, figurePeriod, formatDay, periodsOverlap, type FigurePeriod } from "./period";
export {
  compareFigures,
  differenceReasons,
  explainAll,
  explainPair,
  verdicts,
  type DifferenceReason,
  type FigurePairExplanation,
  type FigureStanding,
  type FigureComparison,
  type Verdict,
} from "./comparison";
export { figureLabel, figureWords } from "./wording";
export {
  countIndependentOrigins,
  independentOrigins,
  originKey,
  originatorOf,
  type IndependentOrigin,
  type OriginRelay,
} from "./origins";
export { figureSpread, type FigureSpread } from "./spread";
export {
  checkAnchor,
  highlightSegments,
  makeAnchor,
  type AnchorCheck,
  type HighlightAnchor,
  type HighlightSegment,
  type TextAnchor,
} from "./anchor";
export {
  chainProblemCodes,
  describeChain,
  originatorIndex,
  validateChain,
  type ChainProblem,
  type ChainProblemCode,
  type HopToValidate,
} from "./attribution";
