// Who is making the request. Sessions and API tokens are being built (issue 5, lib/auth);
// until they land, every request is anonymous, which can read only when PUBLIC_READ=1
// and can never write.
import "server-only";
import { type Actor, anonymous } from "../data/actor";

/** The actor of the current server component or server action. */
export async function currentActor(): Promise<Actor> {
  return anonymous;
}

/** The actor of a route handler's request. */
export async function actorFromRequest(_request: Request): Promise<Actor> {
  return anonymous;
}
