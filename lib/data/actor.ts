// Who is asking, and what they may do. Every function in lib/data that reads or writes
// takes an Actor and checks it here, so a route, a server action or a script cannot skip
// the check by forgetting it in the UI or the proxy.
import { config } from "../config";
import type { Role } from "../domain/vocabulary";
import { AppError } from "../errors";

export { type Role, roles } from "../domain/vocabulary";

export type Actor =
  | { kind: "user"; userId: string; role: Role; via: "session" | "token" }
  | { kind: "anonymous" }
  /** The app itself: the demo seed, migrations, command-line tools run on the server. */
  | { kind: "system" };

export const anonymous: Actor = { kind: "anonymous" };
export const system: Actor = { kind: "system" };

const rank: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

function hasRole(actor: Actor, role: Role) {
  return actor.kind === "system" || (actor.kind === "user" && rank[actor.role] >= rank[role]);
}

/** Reading is open to anonymous visitors only when PUBLIC_READ=1. */
export function canRead(actor: Actor, publicRead = config().PUBLIC_READ) {
  return actor.kind !== "anonymous" || publicRead;
}
export const canWrite = (actor: Actor) => hasRole(actor, "editor");
export const canAdminister = (actor: Actor) => hasRole(actor, "admin");

export function assertCanRead(actor: Actor) {
  if (!canRead(actor)) throw new AppError("unauthenticated", "Sign in to read the tracker");
}

export function assertCanWrite(actor: Actor) {
  if (actor.kind === "anonymous") throw new AppError("unauthenticated", "Sign in to make changes");
  if (!canWrite(actor)) throw new AppError("forbidden", "Your role may read but not change records");
}

export function assertCanAdminister(actor: Actor) {
  if (actor.kind === "anonymous") throw new AppError("unauthenticated", "Sign in as an administrator");
  if (!canAdminister(actor)) throw new AppError("forbidden", "Only administrators may do this");
}

/** The user id a revision records: null for the system. */
export function authorOf(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
