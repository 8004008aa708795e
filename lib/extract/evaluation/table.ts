// The eval's field table: one row per field, one column per set of texts, each cell the
// ratio and its counts ("0.83 (10/12)"), then the frozen set's target and enforced floor.
import { type FieldScores, fieldNames, ratioOf, type Share } from "./fields";
import type { Thresholds } from "./targets";

export type Column = { title: string; scores: FieldScores };

export function cell(value: Share): string {
  const ratio = ratioOf(value);
  return ratio === null ? "–" : `${ratio.toFixed(2)} (${value.correct}/${value.judged})`;
}

export function fieldTable(columns: readonly Column[], targets: Thresholds, floor: Thresholds): string[] {
  const width = Math.max(14, ...columns.map((column) => column.title.length));
  const header = ["field".padEnd(20), ...columns.map((column) => column.title.padStart(width)), "target".padStart(7), "floor".padStart(6)].join("  ");
  const rows = fieldNames.map((name) => {
    const threshold = (set: Thresholds) => (set[name] === undefined ? "" : (set[name] as number).toFixed(2));
    return [
      name.padEnd(20),
      ...columns.map((column) => cell(column.scores[name]).padStart(width)),
      threshold(targets).padStart(7),
      threshold(floor).padStart(6),
    ].join("  ");
  });
  return [header, ...rows];
}
