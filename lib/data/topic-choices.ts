import "server-only";
import { db } from "../db/client";
import { type Actor, assertCanRead } from "./actor";

/** Topics an analyst can file claims under, for pickers. */
export async function listTopicChoices(actor: Actor) {
  assertCanRead(actor);
  return db().read.topic.findMany({ where: { deletedAt: null }, select: { id: true, title: true, unit: true }, orderBy: { title: "asc" } });
}
