// Which proposed claims are ticked "in the topic" by default. A figure belongs to a topic only
// when it counts what the topic compares: "10,000 soldiers" fits a topic in troops, "300
// buildings" or "40 tents" do not. Ticking every figure made analysts untick them one by one.
import { measureRelation, normaliseUnit } from "../domain/measure";
import type { ClaimKind, Measure } from "../domain/vocabulary";

/**
 * Whether a figure in `unit` (counting `measure`, when known) fits a topic compared in
 * `topicUnit`. Units compare by their normal word (soldiers → troops, bodies → people);
 * when both sides carry a measure, killed fits a topic of casualties, but not one of injured.
 * A topic without a unit says nothing to match, so nothing is ticked for it.
 */
export function figureFitsTopic(unit: string | null, measure: Measure | null, topicUnit: string | null): boolean {
  const topic = normaliseUnit(topicUnit);
  const figure = normaliseUnit(unit);
  if (topic === null || figure === null) return false;
  if (topic.unit !== figure.unit) return false;
  const figureMeasure = measure ?? figure.measure;
  if (topic.measure === null || figureMeasure === null) return true;
  return measureRelation(figureMeasure, topic.measure) !== "unrelated";
}

/** The default tick: places go on the topic's map; figures only when they fit its unit. */
export function inTopicByDefault(claim: { kind: ClaimKind; unit: string | null; measure: Measure | null }, topicUnit: string | null): boolean {
  if (claim.kind === "location") return true;
  if (claim.kind === "quantity") return figureFitsTopic(claim.unit, claim.measure, topicUnit);
  return false;
}
