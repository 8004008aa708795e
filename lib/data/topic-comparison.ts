import "server-only";
// A topic's comparison as the API answers it: every live figure, every pair judged and put in
// words, and the one-sentence answer the topic page leads with.
import { db } from "../db/client";
import { compareFigures, explainAll } from "../domain/comparison";
import { countIndependentOrigins, originatorOf } from "../domain/origins";
import { topicSummarySentence } from "../domain/topic-summary";
import type { TopicComparison } from "../schemas/topic-comparison";
import { type Actor, assertCanRead } from "./actor";
import { claimWithChain, toFigure } from "./claim-rows";

const live = { deletedAt: null };

/** The comparison of the live topic with this id; null when there is none. */
export async function getTopicComparisonById(actor: Actor, id: string): Promise<TopicComparison | null> {
  assertCanRead(actor);
  const topic = await db().read.topic.findFirst({ where: { id, ...live }, select: { id: true } });
  if (!topic) return null;
  const claims = await db().read.claim.findMany({
    where: { topicId: topic.id, kind: "quantity", ...live, report: live },
    include: claimWithChain,
    orderBy: [{ claimedAt: "asc" }, { anchorStart: "asc" }, { id: "asc" }],
  });
  const figures = claims.map(toFigure);
  const comparison = compareFigures(figures, 1);
  return {
    summary: {
      sentence: topicSummarySentence(figures, comparison),
      figures: figures.length,
      conflicts: comparison.counts.conflict,
      independentOrigins: countIndependentOrigins(figures),
    },
    figures: figures.map((figure) => {
      const originator = originatorOf(figure);
      return {
        claimId: figure.claimId,
        value: figure.value,
        lower: figure.lower,
        upper: figure.upper,
        measure: figure.measure,
        unit: figure.unit,
        scope: figure.scope && { name: figure.scope.name, level: figure.scope.level, within: [...figure.scope.within] },
        asOf: figure.asOf?.toISOString() ?? null,
        modality: figure.modality,
        originator: originator && { id: originator.sourceId, name: originator.sourceName },
      };
    }),
    pairs: explainAll(figures).map(({ a, b, verdict, reasons, sentence }) => ({ a, b, verdict, reasons, sentence })),
  };
}
