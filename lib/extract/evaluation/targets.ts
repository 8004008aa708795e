// What the frozen test set must reach. `frozenTargets` are issue 10's goals; `frozenFloor` is
// what `npm test` enforces today: the first run's figures rounded down by 0.05, so a change
// that makes extraction worse on texts no rule was written against fails, while the targets
// stay visible beside it. Raise the floor as the figures rise; never lower it to pass.
import { type FieldName, type FieldScores, ratioOf } from "./fields";

export type Thresholds = Partial<Record<FieldName, number>>;

export const frozenTargets: Thresholds = {
  "quantity recall": 0.9,
  "full match": 0.75,
  "quantity precision": 0.85,
  modality: 0.85,
  "quote recall": 0.9,
  "quote speaker": 0.85,
  "location recall": 0.7,
};

/**
 * Raised after event places, quote speakers and figure spans landed (2026-11-29, last run:
 * recall 0.83, precision 0.79, full match 0.48, modality 0.85, quote recall 0.76, speaker 0.64,
 * location 0.20), less 0.05, rounded down. Raised again after quotation marks, passive agents
 * and relay tails (branch extract2, last run: quote recall 0.79, speaker 0.65, location 0.25;
 * the other fields did not rise and keep their floors). Raised again for location recall after
 * general place recognition and tied places (branch places, last run 0.48), for full match,
 * quote speaker and precision after subject phrases and attribution scope (branch attribution,
 * last run 0.57, 0.74, 0.80), and after the figures work (branch figures, last run on its own:
 * recall 0.86, precision 0.80, full match 0.50, modality 0.89, unit 0.94, measure 0.81, period
 * 0.82), for precision after the second figures work (branch figures2, last run 0.815), and for
 * full match, with an originator floor, after attribution round 2 (branch attribution2, last
 * run: full match 0.61, originator 0.72), for precision after the fourth figures work (branch
 * figures4, last run 0.838), and for location recall after places round 4 (branch places4, last
 * run 0.55) and round 5 (branch places5, last run 0.568), for period and modality after the
 * dates of several figures in one sentence and plans still talked of (branch periods5, last run
 * 0.885 and 0.897), and for measure and precision after the fifth figures work (branch figures5,
 * last run 0.864 and 0.846). The first run before any fix and every run since are in ADR 0005.
 * Re-based once when the frozen set grew from 20 to 40 texts (ADR 0013, "The frozen set grown
 * to 40 texts"): a floor the enlarged set's first run met stayed; quote recall, which it did not
 * meet (0.71 on 40 texts, 37/52), became that first run less 0.03, rounded down. That is a new
 * denominator, not a lower bar: the 20 earlier texts still read 0.79 (23/29) on the same engine.
 */
export const frozenFloor: Thresholds = {
  "quantity recall": 0.81,
  "full match": 0.56,
  originator: 0.67,
  "quantity precision": 0.79,
  modality: 0.84,
  unit: 0.89,
  measure: 0.81,
  period: 0.83,
  "quote recall": 0.68,
  "quote speaker": 0.69,
  "location recall": 0.51,
};

/** The frozen set must stay big enough for its figures to mean something (issue 10: at least 15). */
export const minimumFrozenTexts = 15;

/** Every field below its threshold, as "quantity recall 0.42 < 0.50". A field never judged passes. */
export function shortfalls(scores: FieldScores, thresholds: Thresholds): string[] {
  return Object.entries(thresholds).flatMap(([name, minimum]) => {
    const ratio = ratioOf(scores[name as FieldName]);
    return ratio !== null && minimum !== undefined && ratio < minimum ? [`${name} ${ratio.toFixed(2)} < ${minimum.toFixed(2)}`] : [];
  });
}
