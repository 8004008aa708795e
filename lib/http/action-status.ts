// The HTTP status of a server action's answer. Next answers every action 200 and gives an
// action no way to choose (only 401/403/404, by throwing through unauthorized() & co.), so a
// refused action would look like a success to anything watching statuses: proxies, logs,
// scanners. scripts/serve.ts, which serves the app in front of Next's handler, runs each
// action request in a context of its own and writes the status recorded here, if any, in
// place of Next's 200. The client is unaffected: Next's client reads an action's answer by its
// content type, whatever the status. Without serve.ts (`next dev`) the answer stays 200.
// docs/decisions/0016.
import { AsyncLocalStorage } from "node:async_hooks";

type ActionAnswer = { status?: number };

// On globalThis: serve.ts and Next's bundles load this module apart, in one process.
const globalForActions = globalThis as typeof globalThis & { claimTrackerActionAnswers?: AsyncLocalStorage<ActionAnswer> };

export function actionAnswers(): AsyncLocalStorage<ActionAnswer> {
  globalForActions.claimTrackerActionAnswers ??= new AsyncLocalStorage<ActionAnswer>();
  return globalForActions.claimTrackerActionAnswers;
}

/** Records the status this action's answer goes out with (the first refusal wins). */
export function answerActionWith(status: number): void {
  const answer = actionAnswers().getStore();
  if (answer && answer.status === undefined) answer.status = status;
}
