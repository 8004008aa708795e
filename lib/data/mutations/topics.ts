import "server-only";
// Creating, changing, deleting and restoring topics.
import { db, type Transaction } from "../../db/client";
import { AppError } from "../../errors";
import type { TopicCreate, TopicUpdate } from "../../schemas/topic";
import { type Actor, assertCanAdminister, assertCanWrite } from "../actor";
import { assertSomethingSent, chooseSlug, sentColumns } from "./fields";
import { readTopic, type TopicRecord } from "./records";
import { changeVersioned, deletion, type Entity, recordCreation, restoration } from "./versioning";

export const topicEntity: Entity<TopicRecord> = { type: "topic", label: "topic", read: readTopic };

export async function createTopic(actor: Actor, input: TopicCreate): Promise<TopicRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    const { slug: askedSlug, ...columns } = input;
    const slug = await chooseSlug(tx, "topic", askedSlug, input.title);
    const created = await tx.topic.create({ data: { ...columns, slug } });
    await recordCreation(tx, actor, "topic", created);
    return created;
  });
}

export async function updateTopic(actor: Actor, id: string, version: number, input: TopicUpdate): Promise<TopicRecord> {
  assertCanWrite(actor);
  assertSomethingSent(input);
  return db().writeTransaction(async (tx) => {
    if (input.slug !== undefined) await chooseSlug(tx, "topic", input.slug, "", id);
    return changeVersioned(tx, actor, topicEntity, id, version, { action: "update", from: "live", data: sentColumns(input) });
  });
}

/** Claims filed under a topic would be left pointing at a deleted one: refile them first. */
async function assertNoLiveClaims(tx: Transaction, id: string) {
  const claims = await tx.claim.count({ where: { topicId: id, deletedAt: null, report: { deletedAt: null } } });
  if (claims) throw new AppError("conflict", `${claims} claim(s) are still filed under this topic: file them elsewhere (or delete them) first`);
}

export async function deleteTopic(actor: Actor, id: string, version: number): Promise<TopicRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    await assertNoLiveClaims(tx, id);
    return changeVersioned(tx, actor, topicEntity, id, version, deletion());
  });
}

export async function restoreTopic(actor: Actor, id: string, version: number): Promise<TopicRecord> {
  assertCanAdminister(actor);
  return db().writeTransaction((tx) => changeVersioned(tx, actor, topicEntity, id, version, restoration()));
}
