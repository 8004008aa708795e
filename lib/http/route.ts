// Every route handler is parse → authorise → query → respond; this wrapper gives each the
// same error handling and, for state-changing methods, the Origin check.
import { assertSameOrigin } from "./request";
import { errorResponse } from "./respond";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      if (stateChanging.has(request.method)) assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
