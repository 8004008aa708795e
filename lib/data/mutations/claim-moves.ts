import "server-only";
// Moving a selection of claims into a topic, all or none: each claim is changed from the
// version the analyst saw (a claim changed meanwhile stops the whole move with 409) and each
// gets its own revision, as if it had been refiled on its edit form.
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { type Actor, assertCanWrite } from "../actor";
import { claimEntity } from "./claims";
import type { ClaimRecord } from "./records";
import { changeVersioned } from "./versioning";

export async function moveClaimsToTopic(actor: Actor, claims: readonly { id: string; version: number }[], topicId: string): Promise<ClaimRecord[]> {
  assertCanWrite(actor);
  if (claims.length === 0) throw new AppError("validation_failed", "Select at least one claim to move", [{ path: "claimId", message: "No claim selected" }]);
  return db().writeTransaction(async (tx) => {
    const topic = await tx.topic.findFirst({ where: { id: topicId, deletedAt: null }, select: { id: true } });
    if (!topic)
      throw new AppError("validation_failed", "The topic does not exist (or was deleted)", [{ path: "topicId", message: `No topic with id ${topicId}` }]);
    const moved: ClaimRecord[] = [];
    for (const claim of claims)
      moved.push(await changeVersioned(tx, actor, claimEntity, claim.id, claim.version, { action: "update", from: "live", data: { topicId } }));
    return moved;
  });
}
