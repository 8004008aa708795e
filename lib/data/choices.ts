import "server-only";
// Topics and sources for pickers, a few at a time: those whose name (title) contains the typed
// words, names starting with them first. One bounded query per call, on both engines.
import { db } from "../db/client";
import type { Choice, ChoiceQuery, SourceChoice, TopicChoice } from "../schemas/choices";
import { type Actor, assertCanRead } from "./actor";

/** LIKE patterns for "contains" and "starts with", the user's %, _ and \ taken literally. */
function patterns(words: string | undefined) {
  const literal = (words ?? "").toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`);
  return { contains: `%${literal}%`, startsWith: `${literal}%` };
}

/** With each source's version: the merge form posts the version the duplicate was offered at. */
export async function findSourceChoices(actor: Actor, query: ChoiceQuery): Promise<SourceChoice[]> {
  assertCanRead(actor);
  const { contains, startsWith } = patterns(query.q);
  const rows = await db().read.$queryRaw<(Omit<SourceChoice, "version"> & { version: number | bigint })[]>`
    SELECT "id", "slug", "name" AS "label", "version" FROM "Source"
    WHERE "deletedAt" IS NULL AND lower("name") LIKE ${contains} ESCAPE '\\'
    ORDER BY CASE WHEN lower("name") LIKE ${startsWith} ESCAPE '\\' THEN 0 ELSE 1 END, "name", "id"
    LIMIT ${query.limit}`;
  return rows.map((row) => ({ ...row, version: Number(row.version) }));
}

/** With each topic's unit and measure: the review screen ticks into the chosen topic only figures of its unit. */
export async function findTopicChoices(actor: Actor, query: ChoiceQuery): Promise<TopicChoice[]> {
  assertCanRead(actor);
  const { contains, startsWith } = patterns(query.q);
  return db().read.$queryRaw<TopicChoice[]>`
    SELECT "id", "slug", "title" AS "label", "unit", "measure" FROM "Topic"
    WHERE "deletedAt" IS NULL AND lower("title") LIKE ${contains} ESCAPE '\\'
    ORDER BY CASE WHEN lower("title") LIKE ${startsWith} ESCAPE '\\' THEN 0 ELSE 1 END, "title", "id"
    LIMIT ${query.limit}`;
}

/** A topic or source named in a filter, and whether it is live. */
export type ChosenRecord = Choice & { live: boolean };

/** The topic and source named in a filter, by slug, deleted ones too (the URL may be old). */
export async function chosenBySlug(
  actor: Actor,
  chosen: { topic?: string; source?: string },
): Promise<{ topic: ChosenRecord | null; source: ChosenRecord | null }> {
  assertCanRead(actor);
  const [topic, source] = await Promise.all([
    chosen.topic ? db().read.topic.findUnique({ where: { slug: chosen.topic }, select: { id: true, slug: true, title: true, deletedAt: true } }) : null,
    chosen.source ? db().read.source.findUnique({ where: { slug: chosen.source }, select: { id: true, slug: true, name: true, deletedAt: true } }) : null,
  ]);
  return {
    topic: topic && { id: topic.id, slug: topic.slug, label: topic.title, live: topic.deletedAt === null },
    source: source && { id: source.id, slug: source.slug, label: source.name, live: source.deletedAt === null },
  };
}

/** A topic as a picker shows it, by id (a claim's topic, deleted or not); null for none. */
export async function topicChoiceById(actor: Actor, id: string | null): Promise<Choice | null> {
  assertCanRead(actor);
  if (!id) return null;
  const topic = await db().read.topic.findUnique({ where: { id }, select: { id: true, slug: true, title: true } });
  return topic ? { id: topic.id, slug: topic.slug, label: topic.title } : null;
}

/** Sources as pickers show them, by id (a claim's chain, deleted ones too); those not found are left out. */
export async function sourceChoicesByIds(actor: Actor, ids: readonly string[]): Promise<SourceChoice[]> {
  assertCanRead(actor);
  if (ids.length === 0) return [];
  const sources = await db().read.source.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, slug: true, name: true, version: true } });
  return sources.map((source) => ({ id: source.id, slug: source.slug, label: source.name, version: source.version }));
}
