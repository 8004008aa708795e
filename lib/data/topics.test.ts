import { expect, test } from "vitest";
import { explainAll } from "../domain/comparison";
import { seedDemoData } from "./seed";
import { getTopicComparison, listTopicSummaries } from "./topics";

test("the founding topic has five figures from three independent origins and no conflict", async () => {
  await seedDemoData();
  const [summary] = await listTopicSummaries();
  expect(summary).toMatchObject({ figureCount: 5, independentOrigins: 3, reportCount: 1, spread: { min: 1500, max: 12000, ratio: 8 } });

  const comparison = await getTopicComparison("north-korean-troops-sent-to-russia");
  expect(comparison?.figures.map((figure) => figure.value)).toEqual([12000, 12000, 10000, 1500, 12000]);
  const explanations = explainAll(comparison!.figures);
  expect(explanations.filter((explanation) => explanation.verdict === "conflict")).toEqual([]);
  const plannedVsArrived = explanations.find(
    (explanation) =>
      [explanation.a, explanation.b].sort().join() ===
      comparison!.figures.filter((figure) => figure.asStated === "12,000 troops" || figure.value === 1500).map((figure) => figure.id).sort().join(),
  );
  expect(plannedVsArrived?.reasons).toContain("modality");
});

test("a topic that does not exist is null, not an error", async () => {
  expect(await getTopicComparison("no-such-topic")).toBeNull();
});
