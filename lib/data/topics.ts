import "server-only";
import { db } from "../db/client";
import { countIndependentOrigins } from "../domain/origins";
import { figureSpread } from "../domain/spread";
import { claimWithChain, type TopicFigure, toFigure } from "./claim-rows";

const live = { deletedAt: null };

/** The figures of some topics: their live quantity claims in live reports, oldest first. */
async function figuresOfTopics(topicIds: string[]) {
  const claims = await db().read.claim.findMany({
    where: { topicId: { in: topicIds }, kind: "quantity", ...live, report: live },
    include: claimWithChain,
    orderBy: [{ claimedAt: "asc" }, { anchorStart: "asc" }, { id: "asc" }],
  });
  const byTopic = new Map<string, TopicFigure[]>(topicIds.map((id) => [id, []]));
  for (const claim of claims) byTopic.get(claim.topicId!)?.push(toFigure(claim));
  return byTopic;
}

export async function listTopicSummaries() {
  const topics = await db().read.topic.findMany({ where: live, orderBy: { title: "asc" } });
  const figures = await figuresOfTopics(topics.map((topic) => topic.id));
  return topics.map((topic) => {
    const topicFigures = figures.get(topic.id) ?? [];
    return {
      topic,
      figureCount: topicFigures.length,
      spread: figureSpread(topicFigures),
      independentOrigins: countIndependentOrigins(topicFigures),
      reportCount: new Set(topicFigures.map((figure) => figure.reportId)).size,
    };
  });
}

export async function getTopicComparison(slug: string) {
  const topic = await db().read.topic.findFirst({ where: { slug, ...live } });
  if (!topic) return null;
  const figures = await figuresOfTopics([topic.id]);
  return { topic, figures: figures.get(topic.id) ?? [] };
}
