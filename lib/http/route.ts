// Every route handler is parse → authorise → query → respond; this wrapper gives each the
// same error handling, for state-changing methods the Origin check, and one log line per
// request: its id (also sent back as X-Request-Id), route, status and duration.
import { randomUUID } from "node:crypto";
import { log } from "../log";
import { assertSameOrigin } from "./request";
import { errorResponse } from "./respond";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** A caller's own request id is kept when it looks like one, so a proxy's logs and ours line up. */
const requestIdPattern = /^[\w.:-]{1,100}$/;

export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const given = request.headers.get("x-request-id");
    const requestId = given && requestIdPattern.test(given) ? given : randomUUID();
    let response: Response;
    try {
      if (stateChanging.has(request.method)) assertSameOrigin(request);
      response = await handler(request, context);
    } catch (error) {
      // An unexpected error's stack is logged by errorResponse; the caller sees only the error shape.
      response = errorResponse(error);
    }
    const line = {
      requestId,
      method: request.method,
      route: new URL(request.url).pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
    };
    if (response.status >= 500) log.error(line, "request failed");
    else log.info(line, "request");
    return withRequestId(response, requestId);
  };
}

function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set("x-request-id", requestId);
    return response;
  } catch {
    // Redirects and fetched responses have immutable headers: copy them once.
    const headers = new Headers(response.headers);
    headers.set("x-request-id", requestId);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
