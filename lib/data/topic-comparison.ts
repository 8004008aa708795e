import "server-only";
// A topic's comparison as the API answers it: every live figure, every pair counted (n log n,
// ADR 0022), a page of pairs judged and put in words, and the one-sentence answer the topic
// page leads with.
import { db } from "../db/client";
import { comparisonOf, explained, judgementOf, pairPage } from "../domain/comparison";
import { countComparison } from "../domain/comparison-sweep";
import { type Traits, traitsOf } from "../domain/pair-judge";
import { AppError } from "../errors";
import { countIndependentOrigins, originatorOf } from "../domain/origins";
import { topicSummarySentence } from "../domain/topic-summary";
import { encodePairCursor, maxPairsPerAnswer, type TopicComparison, type TopicComparisonQuery } from "../schemas/topic-comparison";
import { type Actor, assertCanRead } from "./actor";
import { claimsWithChains, type TopicFigure, toFigure } from "./claim-rows";

const live = { deletedAt: null };

/**
 * The comparison of the live topic with this id, with the page of pairs the query asks for and
 * the cursor of the next page (null on the last); null when there is no such topic.
 */
export async function getTopicComparisonById(
  actor: Actor,
  id: string,
  query: TopicComparisonQuery = { size: maxPairsPerAnswer },
): Promise<{ comparison: TopicComparison; next: string | null } | null> {
  assertCanRead(actor);
  const topic = await db().read.topic.findFirst({ where: { id, ...live }, select: { id: true } });
  if (!topic) return null;
  const claims = await claimsWithChains({ topicId: topic.id, kind: "quantity", ...live, report: live }, [
    { claimedAt: "asc" },
    { anchorStart: "asc" },
    { id: "asc" },
  ]);
  const figures = claims.map(toFigure);
  // Counted once: the summary and the page of pairs both read it.
  const traits = figures.map(traitsOf);
  const counted = countComparison(traits);
  const comparison = comparisonOf(figures, traits, counted, 1);
  const page = pageOfPairs(figures, traits, counted.flags, query);
  const result: TopicComparison = {
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
    pairs: page.pairs,
  };
  return { comparison: result, next: page.next };
}

function pageOfPairs(figures: TopicFigure[], traits: Traits[], flags: Uint16Array, { verdict, size, after }: TopicComparisonQuery) {
  const position = new Map(figures.map((figure, index) => [figure.id, index]));
  const from = after && { verdict: after.verdict, a: position.get(after.a) ?? -1, b: position.get(after.b) ?? -1 };
  if (from && (from.a < 0 || from.b < 0)) throw new AppError("validation_failed", "The cursor names a figure no longer in this topic: start again without it");
  const { pairs, next } = pairPage(traits, flags, { verdict, after: from, size });
  return {
    pairs: pairs.map(({ a, b, code }) => {
      const { verdict: judged, reasons, sentence } = explained(traits[a]!, traits[b]!, judgementOf(traits[a]!, traits[b]!, code));
      return { a: figures[a]!.id, b: figures[b]!.id, verdict: judged, reasons, sentence };
    }),
    next: next && encodePairCursor({ verdict: next.verdict, a: figures[next.a]!.id, b: figures[next.b]!.id }),
  };
}
